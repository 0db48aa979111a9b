package cn.incubator.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    private static final String ID = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002";

    @Test
    void parsesAUuidAndGivesNullForAnythingElse() {
        assertThat(Uuids.parseOrNull(ID)).isEqualTo(UUID.fromString(ID));
        assertThat(Uuids.parseOrNull("not-a-uuid")).isNull();
        assertThat(Uuids.parseOrNull("")).isNull();
        assertThat(Uuids.parseOrNull(null)).isNull();
    }

    @Test
    void keepsOnlyTheUuidsInTheirOrder() {
        String other = "6d1e0000-0000-4000-8000-000000000001";
        assertThat(Uuids.validOnly(List.of(other, "x", ID))).containsExactly(UUID.fromString(other),
                UUID.fromString(ID));
    }
}
