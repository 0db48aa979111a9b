package cn.incubator.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every user-facing message of the service exists in Chinese (default) and English, and each one formats. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyMessageWithArgumentsFormatsAndKeepsItsApostrophes() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (pattern.contains("{0}")) {
                    String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"A", "B"});
                    assertThat(formatted).as(bundle + " " + key).contains("A").doesNotContain("{0}");
                    assertThat(formatted.chars().filter(c -> c == '\'').count()).as(bundle + " " + key)
                            .isEqualTo(pattern.chars().filter(c -> c == '\'').count() / 2);
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
