package cn.incubator.registry.config;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Jurisdiction} in responses and on the timeline as its code, name, full name and tier, the shape
 * organization responses already use; the value type itself stays free of Jackson.
 */
@Component
class JurisdictionJsonModule extends SimpleModule {

    JurisdictionJsonModule() {
        super("jurisdiction");
        addSerializer(Jurisdiction.class, new StdSerializer<>(Jurisdiction.class) {
            @Override
            public void serialize(Jurisdiction value, JsonGenerator gen, SerializationContext context) {
                gen.writeStartObject();
                gen.writeStringProperty("code", value.code());
                gen.writeStringProperty("name", value.name());
                gen.writeStringProperty("fullName", value.fullName());
                gen.writeStringProperty("tier", value.tier().name());
                gen.writeEndObject();
            }
        });
    }
}
