package cn.incubator.registry.talent;

import cn.incubator.platform.idnumber.IdNumberHasher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The keyed hash under which the talent pool keeps ID numbers, keyed by {@code incubator.registry.id-hash-key}. */
@Configuration(proxyBeanMethods = false)
class IdNumberHashing {

    static final String KEY_SETTING = "incubator.registry.id-hash-key";

    @Bean
    IdNumberHasher idNumberHasher(@Value("${" + KEY_SETTING + ":}") String key) {
        return new IdNumberHasher(key, KEY_SETTING);
    }
}
