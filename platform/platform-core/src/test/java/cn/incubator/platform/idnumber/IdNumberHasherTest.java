package cn.incubator.platform.idnumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdNumberHasherTest {

    private static final String KEY = "a-test-key-of-sufficient-length";

    @Test
    void isHmacSha256OfTheNormalizedNumber() {
        // Computed independently: HMAC-SHA256(key, "43012119660606010X") in hex.
        assertThat(new IdNumberHasher(KEY, "key").hash(ResidentIdNumber.parse("43012119660606010x")))
                .isEqualTo("56ab7d91f2fdfe29261e3e6163dddfdec48d94cc486e345bc6c2684f753a8c31");
    }

    @Test
    void matchesTheSamePersonAndDependsOnTheKeyAndTheNumber() {
        IdNumberHasher hasher = new IdNumberHasher(KEY, "key");
        ResidentIdNumber upper = ResidentIdNumber.parse("43012119660606010X");

        assertThat(hasher.hash(upper)).hasSize(64)
                .isEqualTo(hasher.hash(ResidentIdNumber.parse("43012119660606010x")))
                .doesNotContain("43012119660606010X")
                .isNotEqualTo(new IdNumberHasher("another-key-of-sufficient-length", "key").hash(upper))
                .isNotEqualTo(hasher.hash(ResidentIdNumber.parse("430121198001010010")));
    }

    @Test
    void refusesAMissingOrShortKeyNamingTheSetting() {
        assertThatThrownBy(() -> new IdNumberHasher(null, "incubator.registry.id-hash-key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incubator.registry.id-hash-key").hasMessageContaining("16");
        assertThatThrownBy(() -> new IdNumberHasher("fifteen-chars-x", "s"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IdNumberHasher("sixteen-chars-xx", "s").hash(ResidentIdNumber.parse("43012119660606010X")))
                .hasSize(64);
    }
}
