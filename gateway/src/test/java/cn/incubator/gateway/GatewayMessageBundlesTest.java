package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every problem the gateway writes itself is in the platform's one catalogue ({@code incubator/platform-messages},
 * platform-core), in Chinese (default) and English.
 */
class GatewayMessageBundlesTest {

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("platform-messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("platform-messages.properties").stringPropertyNames());
    }

    @Test
    void theRefusalsHaveTitlesAndDetails() throws IOException {
        Properties chinese = bundle("platform-messages.properties");
        for (String slug : new String[] {"path-rejected", "uri-too-long", "headers-too-large", "unreadable-request",
                "payload-too-large", "http-400", "http-405", "http-406", "http-415", "unauthorized", "forbidden",
                "no-route", "rate-limited", "service-unavailable", "bad-gateway"}) {
            assertThat(chinese).containsKeys("problem." + slug + ".title", "problem." + slug + ".detail");
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GatewayMessageBundlesTest.class.getResourceAsStream("/incubator/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
