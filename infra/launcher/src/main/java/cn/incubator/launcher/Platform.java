package cn.incubator.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole platform on one machine, as one city node: PostgreSQL, Keycloak, every service and the gateway.
 * Used by the start command and by the system tests, so both run exactly the same thing.
 */
public final class Platform implements AutoCloseable {

    /**
     * The laptop profile (the default): JVM settings that keep each service within its memory budget and start time
     * on a small machine. C1 only and SerialGC: quick to start, slow to serve (README, "JVM profiles").
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms48m", "-Xmx192m", "-Xss512k", "-XX:MaxMetaspaceSize=160m",
            "-XX:ReservedCodeCacheSize=64m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC");

    /**
     * The serving profile ({@code INCUBATOR_JVM_PROFILE=serving} or {@code -Dincubator.jvm-profile=serving}): the
     * full tiered JIT (C2), ParallelGC and a fixed 256 MB heap, as the Kubernetes manifests run it. Through the
     * gateway this serves several times more requests than the laptop profile (benchmarks/results/gateway.txt), at
     * the cost of a slower start and more memory. The metaspace's first high-water mark, 128 MB, is above the 70-105
     * MB a warm service holds, so the classes a service still loads under load never force a full GC (880 ms in the
     * grant service, 16 minutes into a soak, with the default of about 21 MB). deploy/k8s sets the same flags
     * (deploy's PlatformRulesTest compares them).
     */
    static final List<String> SERVING_JVM_OPTIONS = List.of(
            "-XX:+UseParallelGC", "-Xms256m", "-Xmx256m", "-XX:MetaspaceSize=128m", "-XX:MaxMetaspaceSize=192m",
            "-Duser.timezone=UTC");

    /** The JVM settings of the profile asked for; the laptop profile unless {@code serving} is asked for. */
    static List<String> jvmOptions() {
        String profile = System.getProperty("incubator.jvm-profile", System.getenv("INCUBATOR_JVM_PROFILE"));
        return "serving".equals(profile == null ? null : profile.strip()) ? SERVING_JVM_OPTIONS : SERVICE_JVM_OPTIONS;
    }

    private static final Duration SERVICE_START_TIMEOUT = startTimeout(420);

    /**
     * How long a part may take to become healthy: {@code defaultSeconds}, or the seconds given by
     * {@code -Dincubator.start-timeout} or {@code INCUBATOR_START_TIMEOUT} (a machine shared with other runs, where the
     * serving profile's C2 compilers compete with everything else, may need more; the benchmarks set it higher).
     */
    static Duration startTimeout(long defaultSeconds) {
        String value = System.getProperty("incubator.start-timeout", System.getenv("INCUBATOR_START_TIMEOUT"));
        return Duration.ofSeconds(value == null || value.isBlank() ? defaultSeconds : Long.parseLong(value.strip()));
    }

    private final PlatformConfig config;
    private final PrintStream out;
    private final long startedAt = System.nanoTime();
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    /** The tier-node service processes started ({@link #startNodeService}), by process name. */
    private final Map<String, PlatformConfig.Service> nodeServices = new java.util.concurrent.ConcurrentHashMap<>();
    private Postgres postgres;
    private Keycloak keycloak;
    private boolean closed;

    private Platform(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Starts everything and returns when every part answers its health check. */
    public static Platform start(PlatformConfig config, PrintStream out) {
        Platform platform = prepare(config, out);
        platform.startAll();
        return platform;
    }

    /**
     * A platform not started yet: {@link #close()} may be called (from a shutdown hook, say) while
     * {@link #startAll()} runs in another thread, and stops whatever has been started so far.
     */
    public static Platform prepare(PlatformConfig config, PrintStream out) {
        return new Platform(config, out);
    }

    /** Starts everything and returns when every part answers its health check; stops it all on failure. */
    public void startAll() {
        startAll(List.of());
    }

    /**
     * Starts everything and the extra tier nodes ({@code ./start.sh --node ...}) with it, each node's services launched
     * together with the central ones and awaited in parallel, then registers the nodes in the node directory
     * ({@link #registerNodes}); returns when every part answers its health check and the directory holds the nodes.
     * Stops it all on failure.
     *
     * @return per node, its services as started
     */
    public Map<ExtraNode, List<PlatformConfig.Service>> startAll(List<ExtraNode> nodes) {
        try {
            return startParts(nodes);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Map<ExtraNode, List<PlatformConfig.Service>> startParts(List<ExtraNode> nodes) {
        Map<ExtraNode, List<PlatformConfig.Service>> plan = plan(config, nodes);
        requirePortsFree(plan);
        try {
            Files.createDirectories(config.runDirectory().resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress("starting PostgreSQL on port " + config.postgresPort());
        // Under the lock, so that a stop requested meanwhile waits for the server to be up and then stops it
        // (PostgreSQL runs detached: it would outlive the launcher otherwise).
        startPostgres();

        keycloak = new Keycloak(config);
        ManagedProcess keycloakProcess = keycloak.prepare(this::progress);
        launch("keycloak", keycloakProcess);
        progress("Keycloak starting on port " + config.keycloakPort());

        // Services validate tokens with the JWK set URL, fetched on first use: they can start before Keycloak is up.
        for (PlatformConfig.Service service : config.services()) {
            startService(service);
        }
        // The extra nodes' services too: they read the directory and their feeds again until the central node is up.
        launchNodes(plan);
        List<String> gatewayArguments = new ArrayList<>(List.of(
                "--server.port=" + config.gatewayPort(),
                "--incubator.keycloak.url=" + config.keycloakUrl()));
        config.services().forEach(service -> gatewayArguments.add(
                "--incubator.services." + service.route() + "=http://localhost:" + service.port()));
        ManagedProcess gateway = javaProcess("gateway", gatewayArguments);
        launch("gateway", gateway);

        List<CompletableFuture<Void>> waits = new ArrayList<>();
        waits.add(CompletableFuture.runAsync(() -> {
            try {
                Health.await("Keycloak", Keycloak.startTimeout(), keycloak::realmReady, keycloakProcess::isAlive);
            } catch (IllegalStateException exitedEarly) {
                if (keycloakProcess.isAlive()) {
                    throw exitedEarly;
                }
                // On a very busy machine the dev database can time out during the first start: try once more.
                synchronized (this) {
                    requireNotClosed();
                    progress("Keycloak exited during start-up (see its log); starting it again");
                    keycloakProcess.start();
                    writePid("keycloak", keycloakProcess.pid());
                }
                Health.await("Keycloak", Keycloak.startTimeout(), keycloak::realmReady, keycloakProcess::isAlive);
            }
            keycloak.markReady();
            progress("Keycloak ready (realm incubator)");
        }));
        for (PlatformConfig.Service service : config.services()) {
            waits.add(CompletableFuture.runAsync(() -> awaitService(service)));
        }
        plan.values().forEach(services -> services.forEach(
                service -> waits.add(CompletableFuture.runAsync(() -> awaitService(service)))));
        waits.add(CompletableFuture.runAsync(() -> {
            Health.await("gateway", SERVICE_START_TIMEOUT,
                    () -> Health.answers200(config.gatewayUrl() + "/actuator/health"), gateway::isAlive);
            progress("gateway ready on port " + config.gatewayPort());
        }));
        joinAll(waits);
        if (!plan.isEmpty()) {
            registerNodes(plan);
        }
        progress("platform ready");
        return plan;
    }

    private static void joinAll(List<CompletableFuture<Void>> waits) {
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private void startPostgres() {
        synchronized (this) {
            requireNotClosed();
            postgres = Postgres.start(config.postgresBinaries(), config.postgresData(), config.postgresPort(),
                    config.durablePostgres(), config.services().stream().map(PlatformConfig.Service::database).toList(),
                    config.runDirectory().resolve("logs/postgres.log"), this::progress);
            writePid("postgres", postgres.pid());
        }
        progress("PostgreSQL ready (fsync " + postgres.setting("fsync") + ", synchronous_commit "
                + postgres.setting("synchronous_commit") + ")");
    }

    /**
     * The parts {@link #stopPart} and {@link #startPart} know: PostgreSQL, Keycloak, each service, the gateway, and
     * each tier-node service process started ({@code registry-service-node-430121001}, ...).
     */
    public List<String> partNames() {
        List<String> names = new ArrayList<>(List.of("postgres", "keycloak"));
        config.services().forEach(service -> names.add(service.name()));
        names.add("gateway");
        names.addAll(nodeServices.keySet().stream().sorted().toList());
        return names;
    }

    /**
     * Stops one part of the running platform (SIGTERM, then SIGKILL after 20 s; PostgreSQL with a fast shutdown),
     * leaving the others running: for fault drills ({@code benchmarks/faults/run.sh}, through {@link Control}).
     */
    public void stopPart(String name) {
        if ("postgres".equals(name)) {
            Postgres running;
            synchronized (this) {
                running = postgres;
                postgres = null;
            }
            if (running != null) {
                long pid = running.pid();
                running.close();
                // pg_ctl gives up waiting after 5 s (the library's setting) while the server may still be shutting
                // down on a busy machine: wait for the postmaster itself, so that a start right after finds the
                // port and the data directory free.
                ProcessHandle.of(pid).ifPresent(postmaster -> Health.await("PostgreSQL to stop",
                        Duration.ofSeconds(120), () -> !postmaster.isAlive(), () -> true));
            }
            progress("PostgreSQL stopped");
            return;
        }
        ManagedProcess process;
        synchronized (this) {
            process = processes.get(name);
        }
        if (process == null) {
            throw new IllegalArgumentException("no such part: " + name + " (one of " + partNames() + ")");
        }
        process.stop();
        progress(name + " stopped");
    }

    /**
     * Starts one part again (after {@link #stopPart}, or after it died or was killed) and returns when it answers its
     * health check. A part that is still running is left as it is.
     */
    public void startPart(String name) {
        if ("postgres".equals(name)) {
            synchronized (this) {
                if (postgres != null) {
                    return;
                }
            }
            startPostgres();
            return;
        }
        if (config.services().stream().anyMatch(service -> service.name().equals(name))) {
            PlatformConfig.Service service = service(name);
            ManagedProcess process;
            synchronized (this) {
                process = processes.get(name);
            }
            if (process == null || !process.isAlive()) {
                startService(service);
            }
            awaitService(service);
            return;
        }
        ManagedProcess process;
        synchronized (this) {
            requireNotClosed();
            process = processes.get(name);
            if (process == null) {
                throw new IllegalArgumentException("no such part: " + name + " (one of " + partNames() + ")");
            }
            if (!process.isAlive()) {
                process.start();
                writePid(name, process.pid());
            }
        }
        if (nodeServices.containsKey(name)) {
            awaitService(nodeServices.get(name));
        } else if ("keycloak".equals(name)) {
            Health.await("Keycloak", Keycloak.startTimeout(), keycloak::realmReady, process::isAlive);
            progress("Keycloak ready (realm incubator)");
        } else {
            Health.await(name, SERVICE_START_TIMEOUT,
                    () -> Health.answers200(config.gatewayUrl() + "/actuator/health"), process::isAlive);
            progress(name + " ready on port " + config.gatewayPort());
        }
    }

    /**
     * {@code .run/pids/<part>.pid}: the process id of each part, rewritten at every (re)start, so that a script can
     * signal one part (e.g. SIGKILL a service in a fault drill) without matching process names.
     */
    private void writePid(String name, long pid) {
        try {
            Path pids = Files.createDirectories(config.runDirectory().resolve("pids"));
            Files.writeString(pids.resolve(name + ".pid"), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts (or restarts) one business service. */
    public void startService(PlatformConfig.Service service) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + service.port(),
                "--spring.grpc.server.port=" + service.grpcPort(),
                "--incubator.database.port=" + config.postgresPort(),
                "--incubator.keycloak.url=" + config.keycloakUrl()));
        // Where the other services are: gRPC channels by route name, base URLs for REST calls and the event feeds a
        // service subscribes to (incubator.events.subscriptions name producers by route; no address is defaulted).
        for (PlatformConfig.Service other : config.services()) {
            arguments.add("--spring.grpc.client.channels." + other.route() + ".address=static://localhost:"
                    + other.grpcPort());
            arguments.add("--incubator.services." + other.route() + "=http://localhost:" + other.port());
        }
        // The public address of the platform (the gateway), for what a service prints for people to open later: the
        // QR code of a training certificate.
        arguments.add("--incubator.gateway-url=" + config.gatewayUrl());
        // Partners' webhook receivers of the local platform run on this machine.
        arguments.add("--incubator.webhooks.allow-private-networks=true");
        if (config.demoData()) {
            arguments.add("--spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo");
        }
        launch(service.name(), javaProcess(service.name(), arguments));
    }

    /**
     * Starts one more process of a business service as a tier node of its own (issue 14): the service's name suffixed
     * with the node's, its ports shifted by {@code portShift}, its own empty database ({@code <database>_<node>}, hyphens
     * as underscores, created here) and the node's subtree; it knows the other services at the central node's
     * addresses. Not registered in the node directory: whoever starts it does that through the API. Stopped with the
     * platform.
     */
    public PlatformConfig.Service startNodeService(PlatformConfig.Service service, String node, String jurisdiction,
            int portShift) {
        return startNodeService(service, node, jurisdiction, portShift, List.of());
    }

    /**
     * As {@link #startNodeService(PlatformConfig.Service, String, String, int)}, but the process calls {@code peers}
     * (services of its own node, or of an ancestor node running them) instead of the central node's service of the
     * same route: its gRPC channels, REST base URLs and event feeds ({@link #nodeServiceArguments}).
     */
    public PlatformConfig.Service startNodeService(PlatformConfig.Service service, String node, String jurisdiction,
            int portShift, Collection<PlatformConfig.Service> peers) {
        PlatformConfig.Service nodeService = nodeService(service, node, portShift);
        Postgres running;
        synchronized (this) {
            requireNotClosed();
            running = postgres;
        }
        if (running == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        running.createMissing(List.of(nodeService.database()));
        launch(nodeService.name(), javaProcess(service.name(), nodeService.name(),
                nodeServiceArguments(config, nodeService, node, jurisdiction, peers)));
        nodeServices.put(nodeService.name(), nodeService);
        return nodeService;
    }

    /**
     * The process of {@code central}'s service for node {@code node}: its name suffixed with the node's, its ports
     * shifted by {@code portShift}, its database {@code <database>_<node>} (hyphens as underscores).
     */
    static PlatformConfig.Service nodeService(PlatformConfig.Service central, String node, int portShift) {
        return new PlatformConfig.Service(central.name() + "-" + node, central.route(), central.port() + portShift,
                central.grpcPort() + portShift, central.database() + "_" + node.replace('-', '_'));
    }

    /**
     * The command-line settings of a node's service process: its ports, database and subtree; where the other services
     * are (a peer of the same route if given, else the central node's: gRPC channels by route, REST base URLs and the
     * producers of the event feeds it subscribes to); and the node directory, always the central registry's (only the
     * central node's registry holds entries, so a node's own registry would list none, and the node's roll-ups and
     * feeds would miss every other node).
     */
    static List<String> nodeServiceArguments(PlatformConfig config, PlatformConfig.Service nodeService, String node,
            String jurisdiction, Collection<PlatformConfig.Service> peers) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + nodeService.port(),
                "--spring.grpc.server.port=" + nodeService.grpcPort(),
                "--incubator.database.port=" + config.postgresPort(),
                "--incubator.database.name=" + nodeService.database(),
                "--incubator.node.name=" + node,
                "--incubator.node.jurisdiction=" + jurisdiction,
                "--incubator.keycloak.url=" + config.keycloakUrl(),
                "--incubator.gateway-url=" + config.gatewayUrl()));
        PlatformConfig.Service centralRegistry = null;
        for (PlatformConfig.Service central : config.services()) {
            PlatformConfig.Service other = peers.stream().filter(peer -> peer.route().equals(central.route()))
                    .findFirst().orElse(central);
            arguments.add("--spring.grpc.client.channels." + other.route() + ".address=static://localhost:"
                    + other.grpcPort());
            arguments.add("--incubator.services." + other.route() + "=http://localhost:" + other.port());
            if (central.route().equals("registry")) {
                centralRegistry = central;
            }
        }
        if (centralRegistry != null) {
            arguments.add("--incubator.rollup.directory.uri=http://localhost:" + centralRegistry.port()
                    + NodeRegistration.DIRECTORY);
        }
        // Partners' webhook receivers of the local platform run on this machine, as for the central node.
        arguments.add("--incubator.webhooks.allow-private-networks=true");
        return arguments;
    }

    /**
     * The extra nodes' service processes as they are started: per node, each of its services ({@link ExtraNode#services})
     * at its ports ({@link ExtraNode#portShift} from the central node's, which already carry the platform's port
     * offset) with its own database.
     */
    static Map<ExtraNode, List<PlatformConfig.Service>> plan(PlatformConfig config, List<ExtraNode> nodes) {
        Map<ExtraNode, List<PlatformConfig.Service>> plan = new LinkedHashMap<>();
        for (ExtraNode node : nodes) {
            plan.put(node, node.services().stream()
                    .map(module -> config.services().stream().filter(s -> s.name().equals(module)).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("no such service: " + module)))
                    .map(central -> nodeService(central, node.name(), node.portShift()))
                    .toList());
        }
        return plan;
    }

    /**
     * Whom {@code node}'s services call for each service: the node's own process where it runs one, else the nearest
     * ancestor among the extra nodes that runs it (the longest subtree containing the node's), else the central
     * node's (left out of the answer): the same owner the gateway routes the node's place to.
     */
    static List<PlatformConfig.Service> peers(ExtraNode node, Map<ExtraNode, List<PlatformConfig.Service>> plan) {
        Map<String, PlatformConfig.Service> byRoute = new LinkedHashMap<>();
        plan.getOrDefault(node, List.of()).forEach(service -> byRoute.put(service.route(), service));
        plan.keySet().stream()
                .filter(node::below)
                .sorted(java.util.Comparator.comparingInt(
                        (ExtraNode ancestor) -> ExtraNode.significant(ancestor.jurisdiction()).length()).reversed())
                .forEach(ancestor -> plan.get(ancestor).forEach(service -> byRoute.putIfAbsent(service.route(),
                        service)));
        return List.copyOf(byRoute.values());
    }

    /** Launches every planned node service (databases created first), without waiting for any. */
    private void launchNodes(Map<ExtraNode, List<PlatformConfig.Service>> plan) {
        plan.keySet().forEach(node -> {
            List<PlatformConfig.Service> peers = peers(node, plan);
            node.services().forEach(module -> {
                PlatformConfig.Service started = startNodeService(service(module), node.name(), node.jurisdiction(),
                        node.portShift(), peers);
                progress("node " + node.name() + " (" + node.jurisdiction() + "): " + started.name()
                        + " starting on port " + started.port() + " (gRPC " + started.grpcPort() + "), database "
                        + started.database());
            });
            node.services().stream().filter(ExtraNode.DOUBLE_CONSUMERS::contains).forEach(module -> progress(
                    "warning: node " + node.name() + " runs " + module + ", which the central node runs too: both "
                    + "take the events of " + node.jurisdiction() + " (README, \"Extra tier nodes\")"));
        });
    }

    /**
     * Starts the start command's extra tier nodes ({@code ./start.sh --node ...}) on the running platform: for each,
     * its own {@link ExtraNode#services} processes and databases ({@link #startNodeService}), all launched at once and
     * awaited in parallel, then registers them in the node directory through the platform-admin API, after removing
     * entries a previous run of this launcher left (so with no extra node asked for, the directory holds none of this
     * machine's). The gateway routes each node's subtree to it at its next directory read (every 3 s).
     *
     * @return per node, its services as started
     */
    public Map<ExtraNode, List<PlatformConfig.Service>> startNodes(List<ExtraNode> nodes) {
        Map<ExtraNode, List<PlatformConfig.Service>> plan = plan(config, nodes);
        requireFree(nodePorts(plan));
        launchNodes(plan);
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        plan.values().forEach(services -> services.forEach(
                service -> waits.add(CompletableFuture.runAsync(() -> awaitService(service)))));
        joinAll(waits);
        registerNodes(plan);
        return plan;
    }

    /**
     * Makes the node directory hold exactly these nodes among the entries a launcher made (each with the HTTP and gRPC
     * endpoints of every service it runs, by route), through the platform-admin API at the gateway as the platform's service client.
     */
    public void registerNodes(Map<ExtraNode, List<PlatformConfig.Service>> nodes) {
        List<Map<String, Object>> entries = nodes.entrySet().stream()
                .map(entry -> NodeRegistration.entry(entry.getKey(), entry.getValue()))
                .toList();
        List<String> registered = new NodeRegistration(config).reconcile(entries);
        if (!nodes.isEmpty()) {
            progress("node directory: " + nodes.keySet().stream().map(ExtraNode::name).toList() + " registered"
                    + (registered.size() < nodes.size() ? " (new: " + registered + ")" : "")
                    + "; the gateway routes their subtrees to them within 3 s");
        }
    }

    private synchronized void launch(String name, ManagedProcess process) {
        requireNotClosed();
        processes.put(name, process);
        process.start();
        writePid(name, process.pid());
    }

    private void requireNotClosed() {
        if (closed) {
            throw new IllegalStateException("the platform is stopping");
        }
    }

    public void awaitService(PlatformConfig.Service service) {
        ManagedProcess process = processes.get(service.name());
        Health.await(service.name(), SERVICE_START_TIMEOUT,
                () -> Health.answers200("http://localhost:" + service.port() + "/actuator/health"), process::isAlive);
        progress(service.name() + " ready on port " + service.port());
    }

    /** Stops one business service, e.g. to show what the gateway does when it is down. */
    public void stopService(String name) {
        ManagedProcess process = processes.get(name);
        if (process != null) {
            process.stop();
        }
    }

    public PlatformConfig.Service service(String name) {
        return config.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    public PlatformConfig config() {
        return config;
    }

    /** Process ids by part, for measuring resident memory. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    public Duration uptime() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    private ManagedProcess javaProcess(String module, List<String> arguments) {
        return javaProcess(module, module, arguments);
    }

    /** The module's jar as a process named {@code name} (its log is {@code logs/<name>.log}). */
    private ManagedProcess javaProcess(String module, String name, List<String> arguments) {
        Path jar = config.home().resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return new ManagedProcess(name, command, Map.of(), config.home(),
                config.runDirectory().resolve("logs").resolve(name + ".log"));
    }

    private void requirePortsFree(Map<ExtraNode, List<PlatformConfig.Service>> plan) {
        List<Integer> ports = new ArrayList<>(List.of(config.postgresPort(), config.keycloakPort(),
                config.keycloakPort() + 1000, config.gatewayPort()));
        config.services().forEach(s -> {
            ports.add(s.port());
            ports.add(s.grpcPort());
        });
        ports.addAll(nodePorts(plan));
        requireFree(ports);
    }

    /** Every HTTP and gRPC port of the planned node services. */
    static List<Integer> nodePorts(Map<ExtraNode, List<PlatformConfig.Service>> plan) {
        List<Integer> ports = new ArrayList<>();
        plan.values().forEach(services -> services.forEach(s -> {
            ports.add(s.port());
            ports.add(s.grpcPort());
        }));
        return ports;
    }

    private static void requireFree(List<Integer> ports) {
        List<Integer> busy = ports.stream().filter(port -> !Health.portFree(port)).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports already in use: " + busy
                    + " (is the platform, or its system tests, already running?)");
        }
    }

    private void progress(String message) {
        out.printf("[%5.1f s] %s%n", (System.nanoTime() - startedAt) / 1e9, message);
    }

    @Override
    public synchronized void close() {
        closed = true;
        List<ManagedProcess> running = new ArrayList<>(processes.values());
        running.forEach(ManagedProcess::requestStop);
        running.forEach(ManagedProcess::stop);
        processes.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
