package cn.incubator.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.incubator.platform.rollup.CentralNodeDirectory;
import cn.incubator.platform.test.RealPostgres;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events across nodes (issue 14) against a real PostgreSQL: this consumer (the 长沙县 node) subscribes to
 * {@code google.protobuf.Struct} events of the producer service "incubation", which runs at the configured address
 * (the central node) and, according to the node directory, on the 星沙 street node too. Both feeds are stand-ins on
 * loopback serving events from memory. Each node's feed is read with its own position; the street node going down
 * delays only its own events, which are handled once it is back; an event that reaches the consumer through both
 * feeds is handled once; a directory node outside the consumer's subtree (芙蓉区), and the central node listed in the
 * directory at the configured address, are not read as feeds of their own.
 */
@SpringBootTest(classes = EventFeedNodesIT.TestService.class, properties = {
        "spring.application.name=events-nodes-it", "incubator.api.name=events",
        "incubator.api.permission-service=registry", "incubator.database.name=unused",
        "spring.grpc.server.port=0", "incubator.events.poll-interval=200ms",
        "incubator.node.name=changsha-county", "incubator.node.jurisdiction=430121000000",
        "incubator.events.subscriptions[google.protobuf.Struct]=incubation"})
class EventFeedNodesIT {

    private static final String TYPE = "google.protobuf.Struct";
    private static final String XINGSHA = "430121001000";
    private static final Feed CENTRAL = new Feed();
    private static final Feed STREET = new Feed();
    private static final Feed FURONG = new Feed();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "events_nodes_it");
        registry.add("incubator.services.incubation", CENTRAL::url);
    }

    @Autowired
    EventsEndpoint endpoint;

    @Autowired
    RecordingHandler handler;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopFeeds() {
        List.of(CENTRAL, STREET, FURONG).forEach(feed -> feed.server.stop(0));
    }

    @Test
    void eachNodesFeedIsReadOnItsOwnAndANodeThatWasDownDeliversOnceWhenItIsBack() {
        EventEnvelope atCentral = CENTRAL.publish(XINGSHA, "中心节点的入驻");
        EventEnvelope atStreet = STREET.publish(XINGSHA, "街道节点的入驻");
        EventEnvelope atFurong = FURONG.publish("430102001000", "芙蓉区的入驻");
        // the same event through both feeds (e.g. a record handed over between nodes): one effect
        EventEnvelope onBoth = CENTRAL.publish(XINGSHA, "两处都有");
        STREET.append(onBoth);

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.ids.containsAll(List.of(atCentral.id(),
                atStreet.id(), onBoth.id())));
        assertThat(FURONG.asked.get()).as("a node outside this node's subtree is not read").isZero();
        assertThat(handler.ids).doesNotContain(atFurong.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(null).position().sequence() == 2
                && statusOf("xingsha").position().sequence() == 2);
        assertThat(endpoint.events().subscriptions()).as("the configured feed, then the street node's; the central node "
                + "listed at the configured address is that feed").extracting(EventFeedPoller.Status::producerNode)
                .containsExactly(null, "xingsha");

        STREET.down.set(true);
        int refusedBefore = STREET.refused.get();
        EventEnvelope duringOutage = STREET.publish(XINGSHA, "街道节点停机时的入驻");
        EventEnvelope centralMeanwhile = CENTRAL.publish(XINGSHA, "停机期间中心节点的入驻");

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.ids.contains(centralMeanwhile.id()));
        await().atMost(Duration.ofSeconds(20)).until(() -> STREET.refused.get() > refusedBefore + 3);
        assertThat(handler.ids).as("the street node's event waits in its feed").doesNotContain(duringOutage.id());
        assertThat(statusOf("xingsha").lastError()).isNotNull();
        assertThat(statusOf(null).lastError()).as("the central feed is not blocked").isNull();

        STREET.down.set(false);

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.ids.contains(duringOutage.id()));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf("xingsha").lastError() == null
                && statusOf("xingsha").position().sequence() == 3);
        for (EventEnvelope event : List.of(atCentral, atStreet, onBoth, duringOutage, centralMeanwhile)) {
            assertThat(handler.ids.stream().filter(event.id()::equals)).as(event.id() + " handled once").hasSize(1);
        }
        assertThat(jdbc.sql("SELECT producer_node FROM event_cursor WHERE event_type = :type ORDER BY producer_node")
                .param("type", TYPE).query(String.class).list()).containsExactly("", "xingsha");
        assertThat(endpoint.events().inbox().get(TYPE)).containsEntry("PROCESSED", 5L);
    }

    private EventFeedPoller.Status statusOf(String node) {
        return endpoint.events().subscriptions().stream()
                .filter(s -> s.type().equals(TYPE) && java.util.Objects.equals(s.producerNode(), node))
                .findFirst().orElseThrow();
    }

    /** A bare service: the platform's auto-configuration and these beans, nothing scanned. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {

        /** The stand-in feeds check no token: a plain client replaces the service-account one. */
        @Bean(defaultCandidate = false)
        RestClient eventFeedClient(RestClient.Builder builder) {
            return builder.build();
        }

        @Bean
        RecordingHandler recordingHandler() {
            return new RecordingHandler();
        }

        /**
         * The node directory as the registry would serve it: the central node (at the configured address), the
         * 星沙 street node and a 芙蓉区 node, each running incubation, and a draining node running only registry.
         */
        @Bean
        CentralNodeDirectory centralNodeDirectory() {
            return new CentralNodeDirectory(() -> JSON.valueToTree(Map.of("version", 7, "nodes", List.of(
                    node("central", "430100000000", "ACTIVE", Map.of("incubation", Map.of("http", CENTRAL.url()))),
                    node("xingsha", XINGSHA, "ACTIVE", Map.of("incubation", Map.of("http", STREET.url() + "/"))),
                    node("furong", "430102000000", "ACTIVE", Map.of("incubation", Map.of("http", FURONG.url()))),
                    node("langli", "430121004000", "DRAINING",
                            Map.of("registry", Map.of("http", "http://127.0.0.1:1")))))), 200);
        }

        private static Map<String, Object> node(String name, String code, String state, Map<String, Object> endpoints) {
            return Map.of("id", UUID.randomUUID().toString(), "name", name, "jurisdiction", code, "state", state,
                    "endpoints", endpoints);
        }
    }

    static class RecordingHandler implements EventHandler<Struct> {

        final List<UUID> ids = new CopyOnWriteArrayList<>();

        @Override
        public Struct prototype() {
            return Struct.getDefaultInstance();
        }

        @Override
        public void handle(EventEnvelope event, Struct payload) {
            ids.add(event.id());
        }
    }

    /** One node's feed of the producer on loopback, its events in memory at positions (1, 1), (1, 2), ... */
    static final class Feed {

        final List<EventEnvelope> events = new CopyOnWriteArrayList<>();
        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger asked = new AtomicInteger();
        final HttpServer server;

        Feed() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext(EventFeedController.PATH, exchange -> {
                asked.incrementAndGet();
                if (down.get()) {
                    refused.incrementAndGet();
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    Map<String, List<String>> query = query(exchange.getRequestURI());
                    long after = Long.parseLong(query.get("afterSequence").get(0));
                    int limit = Integer.parseInt(query.get("limit").get(0));
                    List<cn.incubator.platform.jurisdiction.Jurisdiction> within = query.getOrDefault("jurisdiction",
                            List.of()).stream().map(cn.incubator.platform.jurisdiction.Jurisdiction::of).toList();
                    List<EventFeed.Item> items = new ArrayList<>();
                    for (int i = (int) after; i < events.size() && items.size() < limit; i++) {
                        EventEnvelope event = events.get(i);
                        if (event.type().equals(query.get("type").get(0)) && within.stream().anyMatch(
                                place -> place.contains(cn.incubator.platform.jurisdiction.Jurisdiction.of(
                                        event.jurisdiction())))) {
                            items.add(new EventFeed.Item(new EventFeed.Position(1, i + 1), event));
                        }
                    }
                    byte[] body = JSON.writeValueAsString(new EventFeed.Page(items)).getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
        }

        EventEnvelope publish(String jurisdiction, String name) {
            Struct payload = Struct.newBuilder().putFields("name", Value.newBuilder().setStringValue(name).build())
                    .build();
            EventEnvelope event = new EventEnvelope(UUID.randomUUID(), TYPE, Instant.now(), "incubation",
                    jurisdiction, UUID.randomUUID().toString(), EventPayloads.toJson(payload, JSON));
            append(event);
            return event;
        }

        void append(EventEnvelope event) {
            events.add(event);
        }

        private static Map<String, List<String>> query(URI uri) {
            return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                    .collect(Collectors.groupingBy(p -> p[0], Collectors.mapping(
                            p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8), Collectors.toList())));
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }
    }
}
