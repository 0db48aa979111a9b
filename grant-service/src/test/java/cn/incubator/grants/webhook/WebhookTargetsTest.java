package cn.incubator.grants.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false);

    @Test
    void addressesInsideTheServicesNetworkAreRefused() {
        for (String url : new String[] {"http://127.0.0.1:8081/api", "http://localhost/hook", "http://10.0.0.7/hook",
                "http://192.168.1.20/hook", "http://172.16.0.1/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/hook"}) {
            assertThat(production.refusal(URI.create(url))).as(url).contains("Webhook.url.private");
        }
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAndNoCredentialsAreTaken() {
        assertThat(production.refusal(URI.create("ftp://203.0.113.9/hook"))).contains("Webhook.url");
        assertThat(production.refusal(URI.create("file:///etc/passwd"))).contains("Webhook.url");
        assertThat(production.refusal(URI.create("https://user:pw@203.0.113.9/hook"))).contains("Webhook.url");
        assertThat(production.refusal(URI.create("https://203.0.113.9/incubator-hooks"))).isEmpty();
    }

    @Test
    void aLocalPlatformMayAllowLoopbackReceivers() {
        assertThat(new WebhookTargets(true).refusal(URI.create("http://127.0.0.1:9999/hooks"))).isEmpty();
        assertThat(new WebhookTargets(true).refusal(URI.create("ftp://127.0.0.1/hooks"))).contains("Webhook.url");
    }

    @Test
    void publicAddressesAreNotPrivate() throws Exception {
        assertThat(WebhookTargets.isPrivate(InetAddress.getByName("203.0.113.9"))).isFalse();
        assertThat(WebhookTargets.isPrivate(InetAddress.getByName("2001:db8::1"))).isFalse();
    }
}
