package cn.incubator.platform.test.service;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.rollup.CentralNodeDirectory;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The central directory's copy as a service's federation tests set it (which active nodes run which service), for a
 * {@link NodeFederation} bean of the test's context ({@link #federation}); empty unless a test {@link #serve}s, so
 * that the other tests sharing the context see a platform of one node. A test clears it when done. A test building a
 * controller for one node alone asks {@link #federation(String, NodeEndpoint, JdbcClient, JsonMapper)}; a service whose
 * own beans read the {@link CentralNodeDirectory} (its federation, its gRPC clients of other nodes) imports
 * {@link Central} instead.
 */
public final class StandInDirectory implements Function<String, List<NodeEndpoint>> {

    private final Map<String, List<NodeEndpoint>> serving = new ConcurrentHashMap<>();

    /** From now on, {@code service} runs on these nodes. */
    public void serve(String service, NodeEndpoint... nodes) {
        serving.put(service, List.of(nodes));
    }

    /** No node any more. */
    public void clear() {
        serving.clear();
    }

    @Override
    public List<NodeEndpoint> apply(String service) {
        return serving.getOrDefault(service, List.of());
    }

    /** A federation asking the nodes of this directory, each within a short time-out (a dead node fails fast). */
    public NodeFederation federation(JdbcClient jdbc, JsonMapper json) {
        return federation(this, Duration.ofSeconds(2), jdbc, json);
    }

    /**
     * A federation that knows one active node, {@code node}, running {@code service} only; each node asked within ten
     * seconds (a stand-in answers slowly at first on a loaded machine; a dead one is refused at once).
     */
    public static NodeFederation federation(String service, NodeEndpoint node, JdbcClient jdbc, JsonMapper json) {
        StandInDirectory directory = new StandInDirectory();
        directory.serve(service, node);
        return federation(directory, Duration.ofSeconds(10), jdbc, json);
    }

    private static NodeFederation federation(StandInDirectory directory, Duration timeout, JdbcClient jdbc,
            JsonMapper json) {
        return new NodeFederation(directory, NodeFederation.client(RestClient.builder(), timeout), jdbc, json,
                timeout);
    }

    /**
     * The central node directory's copy ({@link CentralNodeDirectory}) as a bean of the test's context, read from a
     * document the test writes ({@link #register}, {@link #serve}): for a service whose own beans read the directory.
     * Empty unless a test registers nodes; a test registers none again when done.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Central {

        private static final AtomicLong VERSION = new AtomicLong();
        private static final AtomicReference<JsonNode> DOCUMENT = new AtomicReference<>(document(List.of()));

        @Bean
        CentralNodeDirectory centralNodeDirectory() {
            return new CentralNodeDirectory(DOCUMENT::get, 3_600_000);
        }

        /** One active node: its name, place, and per service its HTTP base URL and gRPC address. */
        public record Entry(String name, String jurisdiction, Map<String, String> http, Map<String, String> grpc) {
        }

        /** Makes these the directory's active nodes, at once (none: a platform of one node again). */
        public static void register(CentralNodeDirectory directory, Entry... nodes) {
            DOCUMENT.set(document(List.of(nodes)));
            directory.refresh();
        }

        /** Makes {@code node} the directory's one active node, running {@code service} over HTTP, at once. */
        public static void serve(CentralNodeDirectory directory, String service, NodeEndpoint node) {
            register(directory, new Entry(node.name(), node.jurisdiction().code(), Map.of(service, node.target()),
                    Map.of()));
        }

        private static JsonNode document(List<Entry> nodes) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode document = f.objectNode().put("version", VERSION.incrementAndGet());
            ArrayNode list = document.putArray("nodes");
            for (Entry node : nodes) {
                ObjectNode endpoints = f.objectNode();
                node.http().forEach((service, base) -> endpoints.putObject(service).put("http", base));
                node.grpc().forEach((service, address) -> (endpoints.has(service)
                        ? (ObjectNode) endpoints.get(service) : endpoints.putObject(service)).put("grpc", address));
                list.addObject().put("name", node.name()).put("state", "ACTIVE")
                        .put("jurisdiction", node.jurisdiction()).set("endpoints", endpoints);
            }
            return document;
        }
    }
}
