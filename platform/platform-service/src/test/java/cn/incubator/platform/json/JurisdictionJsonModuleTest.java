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
}
