package cn.incubator.platform.rollup;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class CentralNodeDirectory implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CentralNodeDirectory.class);

    /** One copy of the directory: its version and, per service, the active nodes running it. */
    record Copy(long version, Map<String, List<NodeEndpoint>> byService) {

        static final Copy NONE = new Copy(-1, Map.of());
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

    /** The active nodes of a directory document, per service that has a gRPC endpoint ({@code static://host:port}). */
    static Copy parse(JsonNode body) {
        Map<String, List<NodeEndpoint>> byService = new LinkedHashMap<>();
        for (JsonNode node : body.required("nodes")) {
            if (!"ACTIVE".equals(node.required("state").asString())) {
                continue;
            }
            String name = node.required("name").asString();
            JsonNode place = node.required("jurisdiction");
            Jurisdiction jurisdiction = Jurisdiction.of(place.isObject() ? place.required("code").asString()
                    : place.asString());
            node.required("endpoints").properties().forEach(entry -> {
                JsonNode grpc = entry.getValue().get("grpc");
                if (grpc != null && grpc.isString() && !grpc.asString().isBlank()) {
                    byService.computeIfAbsent(entry.getKey(), service -> new ArrayList<>())
                            .add(new NodeEndpoint(name, jurisdiction, "static://" + grpc.asString()));
                }
            });
        }
        byService.replaceAll((service, nodes) -> List.copyOf(nodes));
        return new Copy(body.required("version").asLong(), Map.copyOf(byService));
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
