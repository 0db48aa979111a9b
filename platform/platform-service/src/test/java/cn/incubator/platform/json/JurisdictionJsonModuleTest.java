package cn.incubator.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JurisdictionJsonModuleTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new JurisdictionJsonModule()).build();

    @Test
    void aStreetIsWrittenWithItsCodeNamesAndTier() {
        JsonNode written = json.readTree(json.writeValueAsString(Map.of("street", Jurisdiction.of("430121001000"))))
                .get("street");

        assertThat(written.get("code").asString()).isEqualTo("430121001000");
        assertThat(written.get("name").asString()).isEqualTo("星沙街道");
        assertThat(written.get("fullName").asString()).contains("长沙县").endsWith("星沙街道");
        assertThat(written.get("tier").asString()).isEqualTo("STREET");
    }

    record Holder(Jurisdiction street) {
    }

    @Test
    void itIsReadBackFromThatShapeOrTheBareCodeAndAWrongCodeIsRefused() {
        Jurisdiction xingsha = Jurisdiction.of("430121001000");
        assertThat(json.readValue(json.writeValueAsString(new Holder(xingsha)), Holder.class).street())
                .isEqualTo(xingsha);
        assertThat(json.readValue("{\"street\": \"430121001000\"}", Holder.class).street()).isEqualTo(xingsha);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readValue("{\"street\": {\"code\": \"43\"}}",
                Holder.class)).isInstanceOf(tools.jackson.databind.DatabindException.class);
    }
}
