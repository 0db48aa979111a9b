package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link HeaderValues} allows exactly what Spring Security's firewall pattern for header values allows (the oracle). */
class HeaderValuesTest {

    /** StrictServerWebExchangeFirewall's default pattern for header values. */
    private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void sameAnswerAsTheFirewallPatternForHandPickedValues() {
        String[] values = {"", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "a\tb", "a\nb", "a\rb", "a\u0000b", "a\u007fb",
            "a\u0085b", "星沙街道", "\ud83d\ude00", "\ud83d", "\ude00x", "\u0378", "\ufffe", "a\u2028b", "\u00a0"};
        for (String value : values) {
            assertThat(HeaderValues.allowed(value)).as(value).isEqualTo(SPRING.matcher(value).matches());
        }
        assertThat(HeaderValues.allowed(null)).isTrue();
        assertThat(HeaderValues.allowed("a\nb")).isFalse();
        assertThat(HeaderValues.allowed("星沙街道")).isTrue();
    }

    @Test
    void sameAnswerAsTheFirewallPatternForRandomValues() {
        Random random = new Random(20261202L);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                int kind = random.nextInt(4);
                int c = kind == 0 ? random.nextInt(0x100) : kind == 1 ? random.nextInt(0x10000) : kind == 2
                        ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x110000);
                value.appendCodePoint(c);
            }
            String s = value.toString();
            assertThat(HeaderValues.allowed(s)).as("%s", s.codePoints().boxed().toList()).isEqualTo(SPRING.matcher(s).matches());
        }
    }
}
