package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One browser-journey script of the console ({@code console/e2e/<script>}: {@code playwright-core}, installed by the
 * console module's {@code npm ci}, driving the machine's headless {@code chromium}) run against the running platform:
 * its checks printed, its exit status, its closing line and its screenshots in {@code docs/screenshots/} asserted.
 */
final class BrowserJourney {

    private BrowserJourney() {
    }

    static Path home() {
        return Path.of(System.getProperty("incubator.home", "..")).toAbsolutePath().normalize();
    }

    static Path screenshots() {
        return home().resolve("docs/screenshots");
    }

    /**
     * Runs the script with the platform's addresses and the extra environment, waits at most {@code minutes} and
     * asserts that it passed every check and wrote every named screenshot; answers its output.
     */
    static String run(String script, int minutes, Map<String, String> environment, List<String> screenshots)
            throws IOException, InterruptedException {
        Path console = home().resolve("console");
        assertThat(console.resolve("node_modules/playwright-core")).as("the console module's npm ci ran").isDirectory();
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assertThat(Path.of(chromium)).as("Debian's chromium package (.ci/run installs it)").isExecutable();
        Path log = Files.createTempFile("console-e2e", ".log");

        ProcessBuilder builder = new ProcessBuilder(List.of("node", "e2e/" + script))
                .directory(console.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CONSOLE_URL", Api.gateway());
        builder.environment().put("KEYCLOAK_URL", Api.keycloak());
        builder.environment().put("CHROMIUM", chromium);
        builder.environment().put("SCREENSHOTS", screenshots().toString());
        builder.environment().putAll(environment);
        Process node = builder.start();
        boolean finished = node.waitFor(minutes, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);

        assertThat(finished).as("the browser journeys of %s finished within %d minutes", script, minutes).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("all browser checks passed");
        for (String screenshot : screenshots) {
            assertThat(screenshots().resolve(screenshot)).isNotEmptyFile();
        }
        return output;
    }
}
