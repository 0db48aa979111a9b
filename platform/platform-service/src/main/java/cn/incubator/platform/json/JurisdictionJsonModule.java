package cn.incubator.platform.json;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Jurisdiction} in every service's responses and on the audit timeline as one shape:
 * {@code {"code", "name", "fullName", "tier"}}. The code is what clients send back; the names spare them a lookup in
 * the division table. The value type itself stays free of Jackson; Jackson would otherwise write it as an empty
 * object. Registered by the platform auto-configuration.
 */
public class JurisdictionJsonModule extends SimpleModule {

    public JurisdictionJsonModule() {
        super("incubator-jurisdiction");
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
