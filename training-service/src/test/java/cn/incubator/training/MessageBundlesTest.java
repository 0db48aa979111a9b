package cn.incubator.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message the service answers with exists in Chinese (default) and English. */
class MessageBundlesTest {

    private static final Pattern SLUGS = Pattern.compile(
            "(?:ConflictException\\(|RuleViolationException\\(|ProblemException\\(HttpStatus\\.[A-Z_]+, )\"([a-z-]+)\"");
    private static final Pattern FIELD_CODES = Pattern.compile("FieldProblemException\\(\"[^\"]+\", \"([^\"]+)\"");
    private static final Set<String> PLATFORM_SLUGS = Set.of("forbidden", "not-found", "illegal-transition");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyProblemAndFieldCodeRaisedInTheSourceHasItsMessages() throws IOException {
        Properties chinese = bundle("messages.properties");
        String source;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            source = files.filter(f -> f.toString().endsWith(".java")).map(MessageBundlesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Matcher slugs = SLUGS.matcher(source);
        int found = 0;
        while (slugs.find()) {
            found++;
            if (!PLATFORM_SLUGS.contains(slugs.group(1))) {
                assertThat(chinese).containsKeys("problem." + slugs.group(1) + ".title",
                        "problem." + slugs.group(1) + ".detail");
            }
        }
        Matcher fields = FIELD_CODES.matcher(source);
        while (fields.find()) {
            found++;
            assertThat(chinese).containsKey(fields.group(1));
        }
        assertThat(found).isGreaterThan(5);
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
