package cn.incubator.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A recorded state is shown with its amounts as recorded: two decimals stay two decimals. */
class OperationLogDecimalsTest {

    @Test
    void moneyKeepsItsScaleThroughTheLog() {
        JsonMapper json = JsonMapper.builder().build();
        String recorded = "{\"budget\": 20000.00, \"amount\": 18333.33, \"count\": 3}";

        assertThat(json.writeValueAsString(json.readTree(recorded))).as("the default reading loses the scale")
                .contains("20000.0,");
        assertThat(json.writeValueAsString(OperationLogController.exactDecimals(json).readTree(recorded)))
                .isEqualTo("{\"budget\":20000.00,\"amount\":18333.33,\"count\":3}");
    }
}
