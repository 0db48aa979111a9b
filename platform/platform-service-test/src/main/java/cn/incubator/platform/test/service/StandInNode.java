package cn.incubator.platform.test.service;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.rollup.CentralNodeDirectory;
import cn.incubator.platform.rollup.NodeEndpoint;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A street node (节点) as a federating service sees it, for a service's federation tests: a stand-in HTTP server on
 * loopback that answers the pages of the lists it {@link #holds} (their rows in the list's own order, written as the
 * service writes them, as a list's or an export's federation asks them) and any body it {@link #answers} (a
 * statistic's), only when asked as the caller ({@link #AUTHORIZATION}) for its own records
 * ({@code Incubator-Federation: local}); anything else is refused (401). {@link #dead} is a node that does not answer;
 * {@link #variant} makes the node's copy of a similar record.
 */
public final class StandInNode implements AutoCloseable {

    /** The caller's token the node expects: {@link #request} sends it. */
    public static final String AUTHORIZATION = "Bearer county-token";

    private final String name;
    private final Jurisdiction place;
    private final JsonMapper json;
    private final HttpServer server;
    private final Map<String, List<?>> lists = new ConcurrentHashMap<>();
    private final Map<String, Object> bodies = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    private StandInNode(String name, Jurisdiction place, JsonMapper json) throws IOException {
        this.name = name;
        this.place = place;
        this.json = json;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** A node named {@code name} serving {@code place}, started; {@link #close} stops it. */
    public static StandInNode start(String name, String place, JsonMapper json) {
        try {
            return new StandInNode(name, Jurisdiction.of(place), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code GET path} with pages of {@code rows}, which are in the list's order (as the node sorts them). */
    public StandInNode holds(String path, List<?> rows) {
        lists.put(path, List.copyOf(rows));
        return this;
    }

    /** Answers {@code GET path} with {@code body} whatever the query (a statistic's figures, say). */
    public StandInNode answers(String path, Object body) {
        bodies.put(path, body);
        return this;
    }

    /** The node as the directory lists it: its name, place and HTTP base URL. */
    public NodeEndpoint endpoint() {
        return new NodeEndpoint(name, place, base());
    }

    /** Its HTTP base URL ({@code http://127.0.0.1:port}). */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests answered, path and query ({@code /api/…?page=0&size=200}), in the order asked. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    /** A node named {@code name} serving {@code place} at a loopback port nothing listens on. */
    public static NodeEndpoint dead(String name, String place) {
        return new NodeEndpoint(name, Jurisdiction.of(place), deadBase());
    }

    /** The base URL of a node that is down: a loopback port nothing listens on. */
    public static String deadBase() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code row} with some of its JSON properties changed, as another node would hold a similar record:
     * through the text a node writes (money is written as exact decimal text, which a tree cannot hold).
     */
    public static <T> T variant(JsonMapper json, T row, Class<T> type, Map<String, Object> changes) {
        ObjectNode tree = (ObjectNode) json.readTree(json.writeValueAsString(row));
        changes.forEach((name, value) -> tree.set(name, json.readTree(json.writeValueAsString(value))));
        return json.treeToValue(tree, type);
    }

    /**
     * A {@code GET} of {@code path} as the caller sends it to the federating service: its token, its query
     * parameters (name, value, name, value…) and the page asked.
     */
    public static MockHttpServletRequest request(String path, PageRequest page, String... parameters) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            named.put(parameters[i], parameters[i + 1]);
        }
        return request(path, named, page);
    }

    /** The same, the query parameters by name. */
    public static MockHttpServletRequest request(String path, Map<String, String> parameters, PageRequest page) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Authorization", AUTHORIZATION);
        parameters.forEach(request::addParameter);
        request.addParameter("page", String.valueOf(page.page()));
        request.addParameter("size", String.valueOf(page.size()));
        return request;
    }

    /**
     * The merged list a federating service should answer: this node's rows and the node's, each list in its own order,
     * a node row placed after every local row that {@code before} says comes first (the test's rows are chosen so that
     * ties do not occur, or are decided for the node's row).
     */
    public static <T> List<T> merged(List<T> local, List<T> node, BiPredicate<T, T> before) {
        List<T> merged = new ArrayList<>();
        int next = 0;
        for (T row : node) {
            while (next < local.size() && before.test(local.get(next), row)) {
                merged.add(local.get(next++));
            }
            merged.add(row);
        }
        merged.addAll(local.subList(next, local.size()));
        return merged;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            asked.add(exchange.getRequestURI().toString());
            boolean asCaller = AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && NodeFederation.LOCAL.equals(exchange.getRequestHeaders().getFirst(NodeFederation.HEADER));
            String path = exchange.getRequestURI().getPath();
            List<?> rows = lists.get(path);
            if (!asCaller || rows == null && !bodies.containsKey(path)) {
                exchange.sendResponseHeaders(asCaller ? 404 : 401, -1);
                return;
            }
            byte[] body = json.writeValueAsBytes(rows == null ? bodies.get(path) : Page.slice(rows, page(exchange)));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static PageRequest page(HttpExchange exchange) {
        Map<String, List<String>> query = UriComponentsBuilder.fromUri(exchange.getRequestURI()).build()
                .getQueryParams();
        return new PageRequest(Integer.parseInt(query.get("page").get(0)), Integer.parseInt(query.get("size").get(0)));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * A stand-in node for each test of a service's Spring test class whose own beans read the central directory's copy
     * (the class imports {@link StandInDirectory.Central}): started before each test with the context's JSON mapper,
     * stopped after it, the directory left without nodes again. A test puts rows on it ({@link #holds}), then lists it
     * as running the service ({@link #runs}) or as down ({@link #down}).
     *
     * <pre>{@code @RegisterExtension
     * final StandInNode.EachTest xingsha = new StandInNode.EachTest("xingsha", XINGSHA, "grants");}</pre>
     */
    public static final class EachTest implements BeforeEachCallback, AfterEachCallback {

        private final String name;
        private final String place;
        private final String service;
        private StandInNode node;
        private CentralNodeDirectory directory;

        /** A node named {@code name} serving {@code place}, running {@code service} once it {@link #runs}. */
        public EachTest(String name, String place, String service) {
            this.name = name;
            this.place = place;
            this.service = service;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            ApplicationContext spring = SpringExtension.getApplicationContext(context);
            directory = spring.getBean(CentralNodeDirectory.class);
            node = StandInNode.start(name, place, spring.getBean(JsonMapper.class));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            node.close();
            StandInDirectory.Central.register(directory);
        }

        /** See {@link StandInNode#holds}. */
        public EachTest holds(String path, List<?> rows) {
            node.holds(path, rows);
            return this;
        }

        /** The directory lists this node, running the service, as the one active node. */
        public void runs() {
            StandInDirectory.Central.serve(directory, service, node.endpoint());
        }

        /** The directory lists a node of this name and place running the service where nothing answers. */
        public void down() {
            StandInDirectory.Central.serve(directory, service, dead(name, place));
        }

        /** See {@link StandInNode#asked}. */
        public List<String> asked() {
            return node.asked();
        }
    }
}
