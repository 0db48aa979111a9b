package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every problem the gateway writes itself exists in Chinese (default) and English. */
class GatewayMessageBundlesTest {

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void theRefusalsHaveTitlesAndDetails() throws IOException {
        Properties chinese = bundle("messages.properties");
        for (String slug : new String[] {"path-rejected", "uri-too-long", "headers-too-large", "unreadable-request",
                "payload-too-large", "http-400", "http-405", "http-415"}) {
            assertThat(chinese).containsKeys("problem." + slug + ".title", "problem." + slug + ".detail");
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GatewayMessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
