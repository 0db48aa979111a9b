package cn.incubator.registry.organization;

import cn.incubator.platform.text.Masking;

/** A named person with a phone: a legal representative (法定代表人) or contact (联系人). Personal data. */
public record Person(String name, String phone) {

    /** As shown in responses and on the timeline: name and phone masked. */
    public Person masked() {
        return new Person(Masking.personName(name), Masking.mobilePhone(phone));
    }

    static Person maskedOrNull(Person person) {
        return person == null ? null : person.masked();
    }
}
