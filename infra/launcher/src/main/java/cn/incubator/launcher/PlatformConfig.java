package cn.incubator.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the platform runs from and on which ports.
 *
 * @param home        the project checkout (jars under {@code <service>/target}, realm under {@code infra/keycloak})
 * @param runDirectory logs and, unless {@code postgresData} says otherwise, data
 * @param postgresData PostgreSQL's data directory; kept between runs of the local platform
 * @param durablePostgres whether PostgreSQL runs with {@code fsync} and {@code synchronous_commit} on, so that a
 *                    committed write survives a crash of the machine: on for the start command, whose data is kept;
 *                    a test run on a throw-away database may turn it off for speed
 * @param demoData    whether services load their demo data migrations
 */
public record PlatformConfig(
        Path home,
        Path runDirectory,
        Path postgresData,
        boolean durablePostgres,
        boolean demoData,
        int postgresPort,
        int keycloakPort,
        int gatewayPort,
        List<Service> services) {

    /** A business service, its HTTP and gRPC ports and its database. */
    public record Service(String name, String route, int port, int grpcPort, String database) {

        Service shifted(int offset) {
            return new Service(name, route, port + offset, grpcPort + offset, database);
        }
    }

    public static final List<Service> SERVICES = List.of(
            new Service("registry-service", "registry", 8081, 9081, "registry"),
            new Service("incubation-service", "incubation", 8082, 9082, "incubation"),
            new Service("grant-service", "grants", 8083, 9083, "grants"),
            new Service("training-service", "training", 8084, 9084, "training"),
            new Service("party-building-service", "party-building", 8085, 9085, "party_building"));

    /** The local platform: data kept in {@code .run/} between runs, demo data loaded. */
    public static PlatformConfig local(Path home) {
        return local(home, 0);
    }

    /**
     * The local platform with every port moved by {@code offset}, so that two checkouts (or a running platform and
     * a test run) can share one machine.
     */
    public static PlatformConfig local(Path home, int offset) {
        return local(home, offset, home.resolve(".run"));
    }

    /**
     * The local platform with its logs, process ids and data in {@code run} instead of {@code .run/} (the PostgreSQL
     * binaries and Keycloak stay in {@code .run/}, shared): a benchmark starts from a fresh database this way and
     * leaves the checkout's demo data alone.
     */
    public static PlatformConfig local(Path home, int offset, Path run) {
        return new PlatformConfig(home, run, run.resolve("pgdata"), true, true, 15432 + offset, 8180 + offset,
                8080 + offset, SERVICES.stream().map(service -> service.shifted(offset)).toList());
    }

    /**
     * The run directory asked for by {@code -Dincubator.run-directory} or {@code INCUBATOR_RUN_DIRECTORY} (relative to
     * {@code home}), else {@code home/.run}.
     */
    public static Path requestedRunDirectory(Path home) {
        String value = System.getProperty("incubator.run-directory", System.getenv("INCUBATOR_RUN_DIRECTORY"));
        return value == null || value.isBlank() ? home.resolve(".run") : home.resolve(value.strip()).normalize();
    }

    /** The port offset asked for by {@code -Dincubator.port-offset} or {@code INCUBATOR_PORT_OFFSET}, else 0. */
    public static int requestedPortOffset() {
        String value = System.getProperty("incubator.port-offset", System.getenv("INCUBATOR_PORT_OFFSET"));
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    /** Where the PostgreSQL binaries are unpacked, once per checkout (not in the shared temporary directory). */
    public Path postgresBinaries() {
        return home.resolve(".run").resolve("postgres");
    }

    public Path keycloakHome(String version) {
        // Shared by every run of this checkout: unpacking and Quarkus' first build take ~40 s, later starts ~15 s.
        return home.resolve(".run").resolve("keycloak-" + version);
    }
}
