package cn.incubator.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real Keycloak server from its Maven Central distribution, started in dev mode with the {@code incubator}
 * realm imported from {@code infra/keycloak}.
 */
final class Keycloak {

    /** Written into the unpacked directory just before it is renamed into place. */
    private static final String UNPACKED_MARKER = ".incubator-unpacked";
    /** Written once the server in the directory has been built and has served the realm. */
    private static final String READY_MARKER = ".incubator-ready";

    private final PlatformConfig config;
    private final String version;
    private final Path zip;

    Keycloak(PlatformConfig config) {
        this.config = config;
        Properties properties = new Properties();
        try (InputStream in = Keycloak.class.getResourceAsStream("/launcher.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.version = properties.getProperty("keycloak.version");
        this.zip = Path.of(properties.getProperty("keycloak.zip"));
    }

    ManagedProcess prepare(Consumer<String> progress) {
        Path home = config.keycloakHome(version);
        if (!isComplete(home)) {
            unpack(home, progress);
        }
        importRealm(home);
        Path log = config.runDirectory().resolve("logs/keycloak.log");
        return new ManagedProcess("keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + config.keycloakPort(),
                        "--http-management-port=" + (config.keycloakPort() + 1000),
                        "--import-realm"),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                        // The dev database's pool gives up after 5 s by default: too soon on a busy machine.
                        "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "PT120S"),
                home, log);
    }

    /**
     * Records that the server in its directory has been built (Quarkus' re-augmentation on its first run) and has
     * served the realm: from now on later starts reuse it as it is.
     */
    void markReady() {
        Path marker = config.keycloakHome(version).resolve(READY_MARKER);
        try {
            if (!Files.exists(marker)) {
                Files.writeString(marker, "built and served the realm\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the unpacked server can be reused. The unpack itself is atomic (a temporary directory renamed into
     * place), but the first run still builds the server inside it, and a start interrupted before the realm was ready
     * may have left that build, or the dev database, half-written: such a directory is unpacked again.
     */
    private static boolean isComplete(Path home) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return false;
        }
        if (Files.exists(home.resolve(READY_MARKER))) {
            return true;
        }
        // Unpacked by an earlier launcher, before these markers existed, and run since: keep it (and its users).
        return !Files.exists(home.resolve(UNPACKED_MARKER)) && Files.isDirectory(home.resolve("data/h2"));
    }

    boolean realmReady() {
        return Health.answers200(config.keycloakUrl() + "/realms/incubator/.well-known/openid-configuration");
    }

    static Duration startTimeout() {
        // A first start unpacks and re-augments Quarkus: ~80 s on an idle 2-core machine, several minutes on a busy one.
        return Platform.startTimeout(600);
    }

    /** Unpacks into a temporary sibling directory, then renames it into place: {@code home} is never half-written. */
    private void unpack(Path home, Consumer<String> progress) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + ": build the launcher module first (./mvnw -pl infra/launcher -am package)");
        }
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking");
        try {
            if (Files.exists(home)) {
                progress.accept("removing an incomplete Keycloak directory (an earlier first start was interrupted)");
                deleteTree(home);
            }
            progress.accept("unpacking Keycloak " + version + " into " + home
                    + " (first start only; its first run also builds the server)");
            deleteTree(staging);
            Files.createDirectories(staging);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    // Entries are "keycloak-<version>/...": drop that first segment.
                    String name = entry.getName();
                    int slash = name.indexOf('/');
                    if (slash < 0 || slash == name.length() - 1) {
                        continue;
                    }
                    Path target = staging.resolve(name.substring(slash + 1)).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IllegalStateException("Unexpected entry in Keycloak zip: " + name);
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (Stream<Path> scripts = Files.list(staging.resolve("bin"))) {
                for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.writeString(staging.resolve(UNPACKED_MARKER), version + "\n");
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack Keycloak into " + home, e);
        }
    }

    /**
     * Dev mode imports a realm only when it does not exist yet: when the realm file changed, start from an empty
     * Keycloak database so the new file is what runs.
     */
    private void importRealm(Path home) {
        try {
            String realm = consoleOnGatewayPort(
                    Files.readString(config.home().resolve("infra/keycloak/incubator-realm.json")), config.gatewayPort());
            Path imports = Files.createDirectories(home.resolve("data/import"));
            String hash = sha256(realm.getBytes(StandardCharsets.UTF_8));
            Path marker = home.resolve("data/realm.sha256");
            if (!Files.exists(marker) || !Files.readString(marker).equals(hash)) {
                deleteTree(home.resolve("data/h2"));
                Files.writeString(marker, hash);
            }
            Files.writeString(imports.resolve("incubator-realm.json"), realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The web console is served by the gateway: on a platform whose ports are moved (a port offset), its client's
     * redirect URIs, post-logout URIs and web origins name the moved gateway instead of {@code localhost:8080}.
     */
    static String consoleOnGatewayPort(String realm, int gatewayPort) {
        return gatewayPort == 8080 ? realm : realm.replace("http://localhost:8080/", "http://localhost:" + gatewayPort + "/");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
