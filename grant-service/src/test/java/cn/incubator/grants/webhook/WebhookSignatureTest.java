package cn.incubator.grants.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aReceiverAcceptsTheSignedBodyAndRejectsAChangedOneOrAnotherSecret() {
        String secret = WebhookSignature.newSecret();
        byte[] body = "{\"type\":\"award.made\",\"amount\":36666.67}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.sign(secret, body);

        assertThat(WebhookSignature.verify(secret, body, header)).isTrue();
        assertThat(WebhookSignature.verify(secret, "{\"type\":\"award.made\",\"amount\":99999.99}"
                .getBytes(StandardCharsets.UTF_8), header)).isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), body, header)).isFalse();
        assertThat(WebhookSignature.verify(secret, body, null)).isFalse();
    }

    @Test
    void everyNewSecretIsDifferent() {
        assertThat(WebhookSignature.newSecret()).startsWith("whsec_").hasSize(70)
                .isNotEqualTo(WebhookSignature.newSecret());
    }
}
