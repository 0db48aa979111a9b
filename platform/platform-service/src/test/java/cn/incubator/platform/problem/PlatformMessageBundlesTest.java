package cn.incubator.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every platform message (problem titles and details, field codes) exists in Chinese (default) and English. */
class PlatformMessageBundlesTest {

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("platform-messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("platform-messages.properties").stringPropertyNames());
    }

    @Test
    void theBadInputCodesHaveMessages() throws IOException {
        assertThat(bundle("platform-messages.properties")).containsKeys("JurisdictionCode", "JurisdictionCode.unknown",
                "CreditCode", "IdNumber", "Max", "Min", "Size", "TypeMismatch", "Unreadable",
                "problem.path-rejected.title", "problem.path-rejected.detail");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlatformMessageBundlesTest.class.getResourceAsStream("/incubator/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
