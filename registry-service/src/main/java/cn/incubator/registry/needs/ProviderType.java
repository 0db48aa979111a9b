package cn.incubator.registry.needs;

import cn.incubator.registry.field.Labelled;

/** Who offers a resource. */
public enum ProviderType implements Labelled {
    /** 基金会. */
    FOUNDATION("基金会"),
    /** 企业. */
    ENTERPRISE("企业"),
    /** 其他 (government departments, communities, individuals). */
    OTHER("其他");

    private final String chinese;

    ProviderType(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
