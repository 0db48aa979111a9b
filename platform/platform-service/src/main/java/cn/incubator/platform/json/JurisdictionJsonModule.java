package cn.incubator.platform.json;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Jurisdiction} in every service's responses and on the audit timeline as one shape:
 * {@code {"code", "name", "fullName", "tier"}}. The code is what clients send back; the names spare them a lookup in
 * the division table. The value type itself stays free of Jackson; Jackson would otherwise write it as an empty
 * object. Read back from that shape (or from the bare code) where a service reads another node's answer (a federated
 * list). Registered by the platform auto-configuration.
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
        addDeserializer(Jurisdiction.class, new StdDeserializer<>(Jurisdiction.class) {
            @Override
            public Jurisdiction deserialize(JsonParser p, DeserializationContext context) {
                JsonNode node = context.readTree(p);
                String code = node.isObject() ? node.path("code").asString("") : node.asString("");
                if (!Jurisdiction.isValid(code)) {
                    return (Jurisdiction) context.handleWeirdStringValue(Jurisdiction.class, code,
                            "not a division code");
                }
                return Jurisdiction.of(code);
            }
        });
    }
}
