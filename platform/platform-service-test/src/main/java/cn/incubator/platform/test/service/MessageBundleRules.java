package cn.incubator.platform.test.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules every service's message bundles keep, as one test a service extends: Chinese ({@code messages.properties},
 * the default) and English have the same keys, every problem slug and field code raised in the service's source has
 * its messages (in the service's bundle or the platform's), and every message with arguments formats and keeps its
 * apostrophes.
 */
public abstract class MessageBundleRules {

    private static final Pattern SLUGS = Pattern.compile(
            "(?:ConflictException\\(|RuleViolationException\\(|ProblemException\\(HttpStatus\\.[A-Z_]+, )\"([a-z-]+)\"");
    private static final Pattern FIELD_CODES = Pattern.compile("FieldProblemException\\(\"[^\"]+\", \"([^\"]+)\"");
    /** Slugs whose messages the platform's own bundle holds. */
    private static final Set<String> PLATFORM_SLUGS = Set.of("forbidden", "not-found", "illegal-transition");

    /** How many slugs and field codes the source raises at least (so that a broken pattern cannot pass). */
    protected abstract int atLeastCodesRaised();

    /** Keys the service's messages must hold beyond those the source names literally (validator messages). */
    protected Set<String> requiredKeys() {
        return Set.of();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyProblemAndFieldCodeRaisedInTheSourceHasItsMessages() throws IOException {
        Properties chinese = bundle("messages.properties");
        String source;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            source = files.filter(f -> f.toString().endsWith(".java")).map(MessageBundleRules::read)
                    .collect(Collectors.joining("\n"));
        }
        int found = 0;
        Set<String> missing = new TreeSet<>();
        Matcher slugs = SLUGS.matcher(source);
        while (slugs.find()) {
            found++;
            if (!PLATFORM_SLUGS.contains(slugs.group(1))) {
                missing.add("problem." + slugs.group(1) + ".title");
                missing.add("problem." + slugs.group(1) + ".detail");
            }
        }
        Matcher fields = FIELD_CODES.matcher(source);
        while (fields.find()) {
            found++;
            missing.add(fields.group(1));
        }
        assertThat(found).isGreaterThanOrEqualTo(atLeastCodesRaised());
        missing.addAll(requiredKeys());
        missing.removeAll(chinese.stringPropertyNames());
        missing.removeAll(bundle("incubator/platform-messages.properties").stringPropertyNames());
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyMessageWithArgumentsFormatsAndKeepsItsApostrophes() {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = bundle(name);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (pattern.contains("{0}")) {
                    String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"A", "B"});
                    assertThat(formatted).as(name + " " + key).contains("A").doesNotContain("{0}");
                    assertThat(formatted.chars().filter(c -> c == '\'').count()).as(name + " " + key)
                            .isEqualTo(pattern.chars().filter(c -> c == '\'').count() / 2);
                }
            }
        }
    }

    private Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
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
