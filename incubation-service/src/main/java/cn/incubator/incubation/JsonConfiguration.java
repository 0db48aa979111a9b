package cn.incubator.incubation;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Writes a {@link Jurisdiction} as its 12-digit code in responses and on the audit timeline; Jackson would otherwise
 * write the accessor-only value type as an empty object.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule jurisdictionAsCode() {
        return new SimpleModule("jurisdiction-as-code").addSerializer(Jurisdiction.class, ToStringSerializer.instance);
    }
}
