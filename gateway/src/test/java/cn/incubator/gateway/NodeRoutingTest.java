package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The routing decision: which node a request for a service and a place goes to. */
class NodeRoutingTest {

    private static final URI CENTRAL_REGISTRY = URI.create("http://localhost:8081");
    private static final NodeRoutes.Node XINGSHA = new NodeRoutes.Node("xingsha", Jurisdiction.of("430121001000"),
            true, Map.of("registry", URI.create("http://10.0.3.7:8081")));
    private static final NodeRoutes.Node CHANGSHA_COUNTY = new NodeRoutes.Node("changsha-county",
            Jurisdiction.of("430121000000"), true, Map.of("registry", URI.create("http://10.0.2.1:8081"),
                    "incubation", URI.create("http://10.0.2.1:8082")));

    private static Optional<String> node(NodeRoutes routes, String service, String place) {
        return routes.nodeFor(service, Jurisdiction.of(place)).map(NodeEndpoint::name);
    }

    @Test
    void theLongestPrefixWins() {
        NodeRoutes routes = new NodeRoutes(3, List.of(CHANGSHA_COUNTY, XINGSHA));
        assertThat(node(routes, "registry", "430121001000")).contains("xingsha");
        assertThat(node(routes, "registry", "430121001001")).contains("xingsha");
        // Langli is in the county but not in Xingsha.
        assertThat(node(routes, "registry", "430121004000")).contains("changsha-county");
        // The county itself and the city: the county node holds the county; the central node the rest.
        assertThat(node(routes, "registry", "430121000000")).contains("changsha-county");
        assertThat(node(routes, "registry", "430100000000")).isEmpty();
        assertThat(node(routes, "registry", "430102000000")).isEmpty();
    }

    @Test
    void aServiceTheOwnerDoesNotRunFallsBackToTheNearestAncestorThatRunsIt() {
        NodeRoutes routes = new NodeRoutes(3, List.of(CHANGSHA_COUNTY, XINGSHA));
        assertThat(node(routes, "incubation", "430121001000")).contains("changsha-county");
        // Nobody registered runs grants: the central node.
        assertThat(node(routes, "grants", "430121001000")).isEmpty();
        assertThat(node(new NodeRoutes(1, List.of(XINGSHA)), "incubation", "430121001000")).isEmpty();
    }

    @Test
    void aDrainingNodeReceivesNoNewTraffic() {
        NodeRoutes.Node drained = new NodeRoutes.Node("xingsha", XINGSHA.jurisdiction(), false, XINGSHA.http());
        assertThat(node(new NodeRoutes(4, List.of(CHANGSHA_COUNTY, drained)), "registry", "430121001000"))
                .contains("changsha-county");
        assertThat(node(new NodeRoutes(4, List.of(drained)), "registry", "430121001000")).isEmpty();
    }

    @Test
    void theTargetIsThePathVariableThenTheQueryThenTheCallersOwnJurisdiction() {
        NodeRoutes routes = new NodeRoutes(3, List.of(XINGSHA));
        // The caller's own jurisdiction: a Xingsha hub operator.
        assertThat(route(routes, "/api/registry/v1/organizations?size=5", "430121001000"))
                .isEqualTo("http://10.0.3.7:8081/api/registry/v1/organizations?size=5 xingsha");
        // An explicit jurisdiction beats the caller's: a county officer asking about Xingsha.
        assertThat(route(routes, "/api/registry/v1/statistics?jurisdiction=430121001000", "430121000000"))
                .isEqualTo("http://10.0.3.7:8081/api/registry/v1/statistics?jurisdiction=430121001000 xingsha");
        assertThat(route(routes, "/api/registry/v1/statistics?jurisdiction=430121000000", "430121001000"))
                .isEqualTo("http://localhost:8081/api/registry/v1/statistics?jurisdiction=430121000000 central");
        // The path variable of a configured path beats the query.
        assertThat(route(routes, "/api/registry/v1/statistics/population/430121001000?jurisdiction=430100000000",
                "430100000000")).startsWith("http://10.0.3.7:8081/api/registry/v1/statistics/population/430121001000");
        // A code that is not a division code routes to the central node, whose service refuses it.
        assertThat(route(routes, "/api/registry/v1/statistics?jurisdiction=999999999999", "430121001000"))
                .endsWith(" central");
        // A service Xingsha does not run, and paths outside /api/<service>/: the central node.
        assertThat(route(routes, "/api/grants/v1/programmes", "430121001000")).startsWith("http://localhost:8081");
        assertThat(route(routes, "/partner/v1/programmes", "430121001000")).startsWith("http://localhost:8081");
        // No caller (anonymous) and no explicit place: the central node.
        assertThat(route(routes, "/api/registry/v1/organizations", null)).endsWith(" central");
    }

    @Test
    void withoutAnActiveNodeRunningTheServiceEveryRequestGoesUnchangedToTheCentralNode() {
        String byId = "/api/registry/v1/organizations/0b6c3f5e-8f0a-4c39-9d55-2d1f5b8e7a10?q=%E5%BC%A0&jurisdiction=430121001000";
        assertThat(route(NodeRoutes.NONE, byId, "430121001000")).isEqualTo("http://localhost:8081" + byId + " central");
        assertThat(route(new NodeRoutes(3, List.of(XINGSHA)), "/api/grants/v1/programmes?size=5", "430121001000"))
                .isEqualTo("http://localhost:8081/api/grants/v1/programmes?size=5 central");
        NodeRoutes.Node drained = new NodeRoutes.Node("xingsha", XINGSHA.jurisdiction(), false, XINGSHA.http());
        assertThat(new NodeRoutes(4, List.of(drained)).runs("registry")).isFalse();
        assertThat(new NodeRoutes(3, List.of(XINGSHA)).runs("registry")).isTrue();
        assertThat(route(new NodeRoutes(4, List.of(drained)), "/api/registry/v1/organizations", "430121001000"))
                .isEqualTo("http://localhost:8081/api/registry/v1/organizations central");
    }

    @Test
    void theDirectoryIsReadPeriodicallyAndTheLastGoodCopyIsKeptWhileItCannotBeRead() throws Exception {
        AtomicReference<String> directory = new AtomicReference<>("""
                {"version": 7, "nodes": [{"name": "xingsha", "jurisdiction": {"code": "430121001000"},
                 "state": "ACTIVE", "endpoints": {"registry": {"http": "http://10.0.3.7:8081", "grpc": null}}}]}""");
        try (StandInRegistry registry = new StandInRegistry(directory)) {
            NodeDirectoryReader reader = new NodeDirectoryReader(properties(registry.uri()),
                    org.springframework.web.reactive.function.client.WebClient.builder());
            assertThat(reader.get()).isEqualTo(NodeRoutes.NONE);

            NodeRoutes read = reader.refresh().block(Duration.ofSeconds(30));
            assertThat(read.version()).isEqualTo(7);
            assertThat(node(read, "registry", "430121001000")).contains("xingsha");

            directory.set("""
                    {"version": 8, "nodes": [{"name": "xingsha", "jurisdiction": {"code": "430121001000"},
                     "state": "DRAINING", "endpoints": {"registry": {"http": "http://10.0.3.7:8081"}}}]}""");
            assertThat(reader.refresh().block(Duration.ofSeconds(30)).version()).isEqualTo(8);
            assertThat(node(reader.get(), "registry", "430121001000")).isEmpty();

            directory.set("""
                    {"version": 9, "nodes": [{"name": "xingsha", "jurisdiction": {"code": "430121001000"},
                     "state": "ACTIVE", "endpoints": {"registry": {"http": "http://10.0.3.7:8081"}}}]}""");
            assertThat(reader.refresh().block(Duration.ofSeconds(30)).version()).isEqualTo(9);

            // Garbage, then no registry at all: routing goes on by version 9.
            directory.set("{\"nodes\": 3}");
            assertThat(reader.refresh().block(Duration.ofSeconds(30)).version()).isEqualTo(9);
            registry.close();
            assertThat(reader.refresh().block(Duration.ofSeconds(30)).version()).isEqualTo(9);
            assertThat(node(reader.get(), "registry", "430121001000")).contains("xingsha");
        }
    }

    private static NodeRoutingProperties properties(URI base) {
        return new NodeRoutingProperties(true, "central", base.resolve("/api/registry/v1/node-directory"),
                // a generous time-out: the first call starts the HTTP client, slow on a busy machine
                Duration.ofSeconds(3), Duration.ofSeconds(20), base.resolve("/token"), "incubator-services", "secret",
                List.of("/api/registry/v1/statistics/population/{jurisdiction}"));
    }

    @Test
    void aRecordAddressedByIdGoesToTheNodeThatHoldsIt() throws Exception {
        String held = "/api/registry/v1/organizations/0b7e2c1a-4f3d-4e8a-9c55-3a1f0e6d2b91";
        String nowhere = "/api/registry/v1/organizations/5d0c3e2f-8a1b-4c7d-9e6f-1a2b3c4d5e6f";
        try (StandInNode central = new StandInNode("Bearer caller-token", held);
                StandInNode xingsha = new StandInNode("Bearer caller-token")) {
            NodeRoutes.Node node = new NodeRoutes.Node("xingsha", XINGSHA.jurisdiction(), true,
                    Map.of("registry", xingsha.uri()));
            NodeRoutes routes = new NodeRoutes(5, List.of(node));
            // The Xingsha hub is routed to its own node, which does not hold the record the central node still holds.
            assertThat(route(routes, held + "/timeline?size=5", "430121001000", central.uri()))
                    .isEqualTo(central.uri() + held + "/timeline?size=5 central");
            assertThat(xingsha.asked()).containsExactly(held);
            // The other way round: a record of Xingsha created on its node, asked for by the county officer.
            try (StandInNode emptyCentral = new StandInNode("Bearer caller-token");
                    StandInNode holding = new StandInNode("Bearer caller-token", held)) {
                NodeRoutes withHolder = new NodeRoutes(6, List.of(new NodeRoutes.Node("xingsha",
                        XINGSHA.jurisdiction(), true, Map.of("registry", holding.uri()))));
                assertThat(route(withHolder, held, "430121000000", emptyCentral.uri()))
                        .isEqualTo(holding.uri() + held + " xingsha");
                // Held nowhere (or not readable by the caller): where it was routed, whose 404 is the answer.
                assertThat(route(withHolder, nowhere, "430121000000", emptyCentral.uri()))
                        .isEqualTo(emptyCentral.uri() + nowhere + " central");
                // A node outside the caller's place is not asked: Langli's hub never reaches Xingsha's records.
                int asked = holding.asked().size();
                assertThat(route(withHolder, held, "430121004000", emptyCentral.uri())).endsWith(" central");
                assertThat(holding.asked()).hasSize(asked);
            }
        }
        // Paths that address no record by id are routed without asking anyone.
        assertThat(RecordLocator.recordPath("/api/registry/v1/organizations?size=5")).isEmpty();
        assertThat(RecordLocator.recordPath("/api/registry/v1/statistics/organizations")).isEmpty();
        assertThat(RecordLocator.recordPath(
                "/api/grants/v1/rounds/0b7e2c1a-4f3d-4e8a-9c55-3a1f0e6d2b91/proposals/5d0c3e2f-8a1b-4c7d-9e6f-1a2b3c4d5e6f"))
                .contains("/api/grants/v1/rounds/0b7e2c1a-4f3d-4e8a-9c55-3a1f0e6d2b91");
    }

    /** Routes one request as {@code callerJurisdiction}; answers the URL it was sent to and the node header. */
    private static String route(NodeRoutes routes, String pathAndQuery, String callerJurisdiction) {
        return route(routes, pathAndQuery, callerJurisdiction, CENTRAL_REGISTRY);
    }

    private static String route(NodeRoutes routes, String pathAndQuery, String callerJurisdiction, URI central) {
        JurisdictionRoutingFilter filter = new JurisdictionRoutingFilter(() -> routes,
                properties(URI.create("http://localhost:8081")),
                new RecordLocator(Duration.ofSeconds(20), org.springframework.web.reactive.function.client.WebClient.builder()));
        MockServerWebExchange mock = MockServerWebExchange.from(MockServerHttpRequest.get(pathAndQuery)
                .header("Authorization", "Bearer caller-token"));
        mock.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, central.resolve(pathAndQuery));
        ServerWebExchange exchange = callerJurisdiction == null ? mock : mock.mutate()
                .principal(Mono.just(new JwtAuthenticationToken(Jwt.withTokenValue("t").header("alg", "none")
                        .subject("caller").claim("jurisdiction", List.of(callerJurisdiction))
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build())))
                .build();
        AtomicReference<ServerWebExchange> routed = new AtomicReference<>();
        filter.filter(exchange, e -> {
            routed.set(e);
            return Mono.empty();
        }).block(Duration.ofSeconds(30));
        return routed.get().getAttribute(GATEWAY_REQUEST_URL_ATTR) + " "
                + routed.get().getResponse().getHeaders().getFirst(JurisdictionRoutingFilter.NODE_HEADER);
    }

    /**
     * A stand-in for one node's service (JDK HTTP server on loopback): answers 200 to a GET of a record it holds, as
     * the expected caller; 404 to anything else. Records the paths it was asked for.
     */
    private static final class StandInNode implements AutoCloseable {

        private final com.sun.net.httpserver.HttpServer server;
        private final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

        StandInNode(String caller, String... records) throws java.io.IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                asked.add(path);
                boolean holds = List.of(records).contains(path)
                        && caller.equals(exchange.getRequestHeaders().getFirst("Authorization"));
                exchange.sendResponseHeaders(holds ? 200 : 404, -1);
                exchange.close();
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        List<String> asked() {
            return asked;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A stand-in for the central registry's token and directory endpoints (JDK HTTP server on loopback). */
    private static final class StandInRegistry implements AutoCloseable {

        private final com.sun.net.httpserver.HttpServer server;
        private boolean closed;

        StandInRegistry(AtomicReference<String> directory) throws java.io.IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/token", exchange -> answer(exchange,
                    "{\"access_token\": \"service-token\", \"expires_in\": 300}"));
            server.createContext("/api/registry/v1/node-directory", exchange -> {
                if (!"Bearer service-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    exchange.close();
                    return;
                }
                answer(exchange, directory.get());
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body)
                throws java.io.IOException {
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void close() {
            if (!closed) {
                server.stop(0);
                closed = true;
            }
        }
    }
}
