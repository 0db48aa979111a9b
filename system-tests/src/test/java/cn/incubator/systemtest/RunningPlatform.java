package cn.incubator.systemtest;

import cn.incubator.launcher.Platform;
import cn.incubator.launcher.PlatformConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real platform (PostgreSQL, Keycloak, every service, the gateway) once for all system tests, exactly
 * as the start command does but on a fresh database, and stops it when the test run ends.
 */
public class RunningPlatform implements BeforeAllCallback {

    private static Platform platform;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPlatform.class, key -> start(), AutoCloseable.class);
    }

    static synchronized Platform platform() {
        if (platform == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(RunningPlatform.class)");
        }
        return platform;
    }

    private static synchronized AutoCloseable start() {
        Path home = Path.of(System.getProperty("incubator.home", "..")).toAbsolutePath().normalize();
        Path run = home.resolve("system-tests/target/platform");
        deleteTree(run.resolve("pgdata"));
        PlatformConfig local = PlatformConfig.local(home, PlatformConfig.requestedPortOffset());
        // A throw-away database: no fsync, as PostgreSQL's own test suites run.
        PlatformConfig config = new PlatformConfig(home, run, run.resolve("pgdata"), false, true, local.postgresPort(),
                local.keycloakPort(), local.gatewayPort(), local.services());
        platform = Platform.start(config, System.out);
        return platform;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
