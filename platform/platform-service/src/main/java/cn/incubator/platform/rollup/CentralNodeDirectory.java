package cn.incubator.platform.rollup;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.JsonNode;

/**
 * The central team's node directory (节点目录), as the registry holds it ({@code GET /api/registry/v1/node-directory},
 * read as the platform's service client): every <em>active</em> node with the gRPC endpoint of each service it runs.
 * Read every {@code refresh} (3 s, as the gateway reads it for routing), keeping the last copy read successfully: while
 * the registry cannot be read, roll-ups ask the nodes of the last good copy (a warning is logged once per outage),
 * never none. A draining node is not asked: the gateway no longer sends it writes, and its place's owner answers for
 * the subtree again. A node without a gRPC endpoint for a service is not asked for it (an ancestor running the service
 * is, as the owner).
 *
 * <p>The same copy names the event feeds a consumer reads ({@link #feedsOf}): every active or draining node's HTTP
 * endpoint of the producing service.
 */
public final class CentralNodeDirectory implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CentralNodeDirectory.class);

    /**
     * One copy of the directory: its version, per service the active nodes running it (gRPC targets), per service the
     * active and draining nodes with its HTTP base URL ({@link #feedsOf}), and per service the active ones of those
     * ({@link #serving}).
     */
    record Copy(long version, Map<String, List<NodeEndpoint>> byService, Map<String, List<NodeEndpoint>> http,
            Map<String, List<NodeEndpoint>> serving, Set<String> joining) {

        static final Copy NONE = new Copy(-1, Map.of(), Map.of(), Map.of(), Set.of());
    }

    private final Supplier<JsonNode> read;
    private final long refreshMillis;
    private final AtomicReference<Copy> current = new AtomicReference<>(Copy.NONE);
    private volatile boolean failing;
    private volatile ScheduledExecutorService polling;

    /**
     * @param read          one read of the directory document ({@code {"version", "nodes": [...]}}); throws when the
     *                      registry cannot be read
     * @param refreshMillis the time between two reads
     */
    public CentralNodeDirectory(Supplier<JsonNode> read, long refreshMillis) {
        this.read = read;
        this.refreshMillis = refreshMillis;
    }

    /** The active nodes of the copy in use that run {@code service}, as {@link NodeDirectory#nodesRunning}. */
    public List<NodeEndpoint> nodesRunning(String service) {
        return current.get().byService().getOrDefault(service, List.of());
    }

    /**
     * Every node of the copy in use that runs {@code service}, active or draining, each at that service's HTTP base URL
     * ({@code http://10.0.3.7:8082}): the producers whose event feeds a consumer reads. A draining node receives no new
     * traffic but may still hold events its consumers have not read, so its feed is read until it is removed.
     */
    public List<NodeEndpoint> feedsOf(String service) {
        return current.get().http().getOrDefault(service, List.of());
    }

    /**
     * The active nodes of the copy in use that run {@code service}, each at that service's HTTP base URL: the nodes a
     * federated read asks (they hold the records of their subtrees).
     */
    public List<NodeEndpoint> serving(String service) {
        return current.get().serving().getOrDefault(service, List.of());
    }

    /**
     * Whether the copy in use lists the node of this name as joining (接入中): registered, its handover not yet
     * switched for every service it runs. False for a node the directory does not list (the central node).
     */
    public boolean joining(String node) {
        return current.get().joining().contains(node);
    }

    /** The version of the copy in use; -1 before the first successful read. */
    public long version() {
        return current.get().version();
    }

    /** One read: the new copy, or the last good one kept when the read fails or the document is malformed. */
    public void refresh() {
        try {
            Copy fresh = parse(read.get());
            Copy previous = current.getAndSet(fresh);
            if (failing || previous.version() != fresh.version()) {
                log.info("Node directory version {} read for roll-ups: {}", fresh.version(), fresh.byService());
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Node directory unreadable, roll-ups ask the nodes of the last good copy (version {}): {}",
                        current.get().version(), e.toString());
            }
            failing = true;
        }
    }

    /**
     * The active nodes of a directory document, per service that has a gRPC endpoint ({@code static://host:port}); and
     * the active and draining nodes per service that has an HTTP endpoint.
     */
    static Copy parse(JsonNode body) {
        Map<String, List<NodeEndpoint>> byService = new LinkedHashMap<>();
        Map<String, List<NodeEndpoint>> http = new LinkedHashMap<>();
        Map<String, List<NodeEndpoint>> serving = new LinkedHashMap<>();
        Set<String> joining = new HashSet<>();
        for (JsonNode node : body.required("nodes")) {
            String state = node.required("state").asString();
            if ("JOINING".equals(state)) {
                joining.add(node.required("name").asString());
            }
            boolean active = "ACTIVE".equals(state);
            if (!active && !"DRAINING".equals(state)) {
                continue;
            }
            String name = node.required("name").asString();
            JsonNode place = node.required("jurisdiction");
            Jurisdiction jurisdiction = Jurisdiction.of(place.isObject() ? place.required("code").asString()
                    : place.asString());
            node.required("endpoints").properties().forEach(entry -> {
                JsonNode base = entry.getValue().get("http");
                if (base != null && base.isString() && !base.asString().isBlank()) {
                    NodeEndpoint endpoint = new NodeEndpoint(name, jurisdiction, base.asString());
                    http.computeIfAbsent(entry.getKey(), service -> new ArrayList<>()).add(endpoint);
                    if (active) {
                        serving.computeIfAbsent(entry.getKey(), service -> new ArrayList<>()).add(endpoint);
                    }
                }
                if (!active) {
                    return;
                }
                JsonNode grpc = entry.getValue().get("grpc");
                if (grpc != null && grpc.isString() && !grpc.asString().isBlank()) {
                    byService.computeIfAbsent(entry.getKey(), service -> new ArrayList<>())
                            .add(new NodeEndpoint(name, jurisdiction, "static://" + grpc.asString()));
                }
            });
        }
        byService.replaceAll((service, nodes) -> List.copyOf(nodes));
        http.replaceAll((service, nodes) -> List.copyOf(nodes));
        serving.replaceAll((service, nodes) -> List.copyOf(nodes));
        return new Copy(body.required("version").asLong(), Map.copyOf(byService), Map.copyOf(http),
                Map.copyOf(serving), Set.copyOf(joining));
    }

    @Override
    public synchronized void start() {
        if (polling == null) {
            polling = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "node-directory-reader");
                thread.setDaemon(true);
                return thread;
            });
            polling.scheduleWithFixedDelay(this::refresh, 0, refreshMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (polling != null) {
            polling.shutdownNow();
            polling = null;
        }
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }
}
