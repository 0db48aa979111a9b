package cn.incubator.grants.support;

import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.rollup.CentralNodeDirectory;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Street nodes (节点) for service tests: the central node directory's copy ({@link CentralNodeDirectory}) read from a
 * document the test writes ({@link #register}), and a stand-in node on loopback ({@link Node}) that answers a
 * federated list as the service would (its rows as JSON pages), only when asked as the caller
 * ({@value #TOKEN}) and for its own records ({@code Incubator-Federation: local}).
 *
 * <p>Could move to platform-service-test: nothing in it is the grant service's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StandInNodes {

    /** The caller's token the stand-in node expects. */
    public static final String TOKEN = "Bearer county-token";

    private static final AtomicLong VERSION = new AtomicLong();
    private static final AtomicReference<JsonNode> DOCUMENT = new AtomicReference<>(document(List.of()));

    @Bean
    CentralNodeDirectory centralNodeDirectory() {
        return new CentralNodeDirectory(DOCUMENT::get, 3_600_000);
    }

    /** One node of the directory: its name, place, and per service its HTTP base URL and gRPC address (or null). */
    public record Entry(String name, String jurisdiction, Map<String, String> http, Map<String, String> grpc) {
    }

    /** Makes these the directory's active nodes, at once. */
    public static void register(CentralNodeDirectory directory, Entry... nodes) {
        DOCUMENT.set(document(List.of(nodes)));
        directory.refresh();
    }

    private static JsonNode document(List<Entry> nodes) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode document = f.objectNode().put("version", VERSION.incrementAndGet());
        ArrayNode list = document.putArray("nodes");
        for (Entry node : nodes) {
            ObjectNode endpoints = f.objectNode();
            node.http().forEach((service, base) -> endpoints.putObject(service).put("http", base));
            node.grpc().forEach((service, address) -> (endpoints.has(service) ? (ObjectNode) endpoints.get(service)
                    : endpoints.putObject(service)).put("grpc", address));
            list.addObject().put("name", node.name()).put("state", "ACTIVE").put("jurisdiction", node.jurisdiction())
                    .set("endpoints", endpoints);
        }
        return document;
    }

    /** A base URL where nothing listens: a node that is down. */
    public static String deadBase() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stand-in node on loopback serving pages of the rows put at each path, in the order given. */
    public static final class Node implements AutoCloseable {

        private final HttpServer server;
        private final JsonMapper json;
        private final Map<String, List<?>> rows = new LinkedHashMap<>();
        /** Every URI asked, with its query. */
        public final List<String> asked = new CopyOnWriteArrayList<>();

        public Node(JsonMapper json) {
            this.json = json;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                asked.add(exchange.getRequestURI().toString());
                boolean asCaller = TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                        && "local".equals(exchange.getRequestHeaders().getFirst("Incubator-Federation"));
                List<?> held = rows.get(exchange.getRequestURI().getPath());
                if (!asCaller || held == null) {
                    exchange.sendResponseHeaders(asCaller ? 404 : 401, -1);
                    exchange.close();
                    return;
                }
                Map<String, List<String>> query = UriComponentsBuilder.fromUri(exchange.getRequestURI()).build()
                        .getQueryParams();
                PageRequest page = new PageRequest(Integer.parseInt(query.get("page").get(0)),
                        Integer.parseInt(query.get("size").get(0)));
                byte[] body = json.writeValueAsBytes(Page.slice(new ArrayList<>(held), page));
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        /** The rows this node holds for the list at {@code path}, in the list's order. */
        public Node serve(String path, List<?> held) {
            rows.put(path, List.copyOf(held));
            return this;
        }

        public String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
