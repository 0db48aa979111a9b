package cn.incubator.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's loop accepts exactly what Spring Security's default pattern accepts. */
class FirewallTest {

    /** StrictHttpFirewall's default rule for header and parameter names and values. */
    private static final Pattern DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithTheDefaultPatternOnChosenStrings() {
        List<String> samples = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "星沙街道 协会",
                "tab\there", "nul\u0000", "del\u007f", "c1\u0085", "nbsp\u00a0", "unassigned\u0378", "emoji\ud83d\ude00",
                "lone\ud800surrogate", "zero-width\u200b", "bidi\u202e", "private\ue000", "line\u2028sep", "\r\n");
        for (String sample : samples) {
            assertThat(Firewall.ALLOWED.test(sample)).as(sample).isEqualTo(DEFAULT.matcher(sample).matches());
        }
    }

    @Test
    void agreesWithTheDefaultPatternOnRandomStrings() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                int codePoint = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> random.nextInt(0x800);
                    case 2 -> random.nextInt(0x10000);
                    default -> random.nextInt(0x110000);
                };
                text.appendCodePoint(codePoint);
            }
            String sample = text.toString();
            assertThat(Firewall.ALLOWED.test(sample)).as("%s", sample.codePoints().boxed().toList())
                    .isEqualTo(DEFAULT.matcher(sample).matches());
        }
    }
}
