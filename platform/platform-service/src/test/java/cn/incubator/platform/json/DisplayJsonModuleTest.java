package cn.incubator.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class DisplayJsonModuleTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new DisplayJsonModule()).build();

    record Notice(Instant endsAt, OffsetDateTime checkedAt) {
    }

    record Money(BigDecimal amount) {
    }

    @Test
    void timesAreWrittenInShanghaiWithTheirOffset() {
        String written = json.writeValueAsString(Map.of("endsAt", Instant.parse("2026-12-09T05:40:53Z"),
                "checkedAt", OffsetDateTime.parse("2026-12-09T05:40:53Z")));

        assertThat(written).contains("\"endsAt\":\"2026-12-09T13:40:53+08:00\"")
                .contains("\"checkedAt\":\"2026-12-09T13:40:53+08:00\"");
    }

    @Test
    void timesWithoutAnOffsetAreReadInShanghaiAndWithOneAsTheySay() {
        Instant expected = Instant.parse("2026-12-09T05:40:00Z");

        assertThat(json.readValue("{\"endsAt\":\"2026-12-09T13:40\"}", Notice.class).endsAt()).isEqualTo(expected);
        assertThat(json.readValue("{\"endsAt\":\"2026-12-09T13:40:00+08:00\"}", Notice.class).endsAt())
                .isEqualTo(expected);
        assertThat(json.readValue("{\"endsAt\":\"2026-12-09T05:40:00Z\"}", Notice.class).endsAt()).isEqualTo(expected);
        assertThat(json.readValue("{\"checkedAt\":\"2026-12-09T13:40\"}", Notice.class).checkedAt().toInstant())
                .isEqualTo(expected);
    }

    @Test
    void aTimeInAnotherFormatIsRefusedNamingTheExpectedOne() {
        assertThatThrownBy(() -> json.readValue("{\"endsAt\":\"09/12/2026 13:40\"}", Notice.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining(DisplayJsonModule.EXPECTED_TIME);
        assertThatThrownBy(() -> json.readValue("{\"endsAt\":12345}", Notice.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void moneyHasTwoDecimalsExactlyAndMorePreciseDecimalsKeepTheirs() {
        assertThat(json.writeValueAsString(new Money(new BigDecimal("1036800.0")))).isEqualTo("{\"amount\":1036800.00}");
        assertThat(json.writeValueAsString(new Money(new BigDecimal("1.0368E+6")))).isEqualTo("{\"amount\":1036800.00}");
        assertThat(json.writeValueAsString(new Money(new BigDecimal("440000")))).isEqualTo("{\"amount\":440000.00}");
        assertThat(json.writeValueAsString(new Money(new BigDecimal("85.333")))).isEqualTo("{\"amount\":85.333}");
        assertThat(json.readValue("{\"amount\":1036800.00}", Money.class).amount()).isEqualTo(new BigDecimal("1036800.00"));
    }
}
