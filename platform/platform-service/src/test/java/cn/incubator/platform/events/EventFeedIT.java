package cn.incubator.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.test.RealPostgres;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import static org.awaitility.Awaitility.await;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events between services against a real PostgreSQL. This test service is its own producer and consumer: it
 * subscribes to {@code google.protobuf.Struct} events of the producer "self", whose feed is served on loopback by a
 * stand-in that can be switched off. An event is appended with its transaction and read by the subscriber, also after
 * the producer was down; a rolled-back one never; a transaction that commits late is never skipped; the inbox
 * processes an event once however often it arrives, and refuses (and records) an event outside the node's subtree.
 * An event whose handler keeps failing is parked; replayed after the cause is fixed it is handled once.
 */
@SpringBootTest(classes = EventFeedIT.TestService.class, properties = {
        "spring.application.name=events-it", "incubator.api.name=events",
        "incubator.api.permission-service=registry", "incubator.database.name=unused",
        "spring.grpc.server.port=0", "incubator.events.poll-interval=200ms",
        "incubator.node.name=changsha-county", "incubator.node.jurisdiction=430121000000",
        "incubator.events.subscriptions[google.protobuf.Struct]=self", "incubator.events.max-attempts=3"})
class EventFeedIT {

    private static final String TYPE = "google.protobuf.Struct";
    private static final Producer PRODUCER = new Producer();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "events_it");
        registry.add("incubator.services.self", PRODUCER::url);
    }

    @Autowired
    Events events;

    @Autowired
    EventFeed feed;

    @Autowired
    EventInbox inbox;

    @Autowired
    EventsEndpoint endpoint;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JsonMapper json;

    @Autowired
    RecordingHandler handler;

    @Autowired
    ParkedEvents parkedEvents;

    @AfterAll
    static void stopProducer() {
        PRODUCER.server.stop(0);
    }

    @Test
    void anEventPublishedWhileTheFeedIsDownIsHandledOnceWhenItIsBack() {
        PRODUCER.down.set(true);
        int refusedBefore = PRODUCER.refused.get();

        EventEnvelope event = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named("星沙街道邻里互助队")));

        await().atMost(Duration.ofSeconds(15)).until(() -> PRODUCER.refused.get() > refusedBefore + 1);
        assertThat(handler.ids).doesNotContain(event.id());
        assertThat(subscription().lastError()).isNotNull();

        PRODUCER.down.set(false);

        await().atMost(Duration.ofSeconds(15)).until(() -> handler.ids.contains(event.id()));
        await().atMost(Duration.ofSeconds(5)).until(() -> subscription().lastError() == null);
        assertThat(handler.ids.stream().filter(event.id()::equals)).hasSize(1);
        assertThat(handler.names).contains("星沙街道邻里互助队");
        assertThat(handler.subjects).contains(event.subjectId());
        EventsEndpoint.Report report = endpoint.events();
        assertThat(subscription().position()).isEqualTo(report.published().get(TYPE).last());
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() {
        EventEnvelope event = transactions.execute(tx -> {
            EventEnvelope published = events.publish("430121001000", UUID.randomUUID(), named("回滚"));
            tx.setRollbackOnly();
            return published;
        });
        EventEnvelope marker = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named("标记")));

        await().atMost(Duration.ofSeconds(15)).until(() -> handler.ids.contains(marker.id()));
        assertThat(handler.ids).doesNotContain(event.id());
        assertThat(feed.after(TYPE, EventFeed.Position.START, 500).items())
                .extracting(item -> item.event().id()).doesNotContain(event.id());
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<EventEnvelope> early = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            EventEnvelope e = events.publish("430121001000", UUID.randomUUID(), named("先写后提交"));
            published.countDown();
            waitFor(commit);
            return e;
        }));
        assertThat(published.await(10, TimeUnit.SECONDS)).isTrue();
        EventEnvelope late = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named("后写先提交")));

        // The later transaction committed first, but while the earlier one runs the feed holds both back.
        Thread.sleep(1000);
        assertThat(feed.after(TYPE, EventFeed.Position.START, 500).items())
                .extracting(item -> item.event().id()).doesNotContain(late.id());
        assertThat(handler.ids).doesNotContain(late.id());

        commit.countDown();
        EventEnvelope first = early.get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(15)).until(() -> handler.ids.containsAll(List.of(first.id(), late.id())));
        List<UUID> served = feed.after(TYPE, EventFeed.Position.START, 500).items().stream()
                .map(item -> item.event().id()).toList();
        assertThat(served.indexOf(first.id())).isLessThan(served.indexOf(late.id()));
    }

    @Test
    void theInboxProcessesAnEventOnceHoweverOftenItArrives() {
        EventEnvelope event = envelope("430121001000", "重复投递");

        assertThat(inbox.receive(event)).isEqualTo(EventInbox.Outcome.PROCESSED);
        assertThat(inbox.receive(event)).isEqualTo(EventInbox.Outcome.DUPLICATE);
        assertThat(handler.ids.stream().filter(event.id()::equals)).hasSize(1);
        assertThat(inbox.receive(new EventEnvelope(UUID.randomUUID(), "nobody.listens", Instant.now(), "x",
                "430121001000", "y", json.readTree("{}")))).isEqualTo(EventInbox.Outcome.UNHANDLED);
    }

    @Test
    void theInboxRefusesAnEventOutsideTheNodesSubtreeAndRecordsWhy() {
        double refusedBefore = refusedCount();
        // 芙蓉区 of Changsha city: not in the subtree of this node (长沙县).
        EventEnvelope outside = envelope("430102000000", "越界事件");
        EventEnvelope malformed = envelope("43012", "坏代码");

        assertThat(inbox.receive(outside)).isEqualTo(EventInbox.Outcome.REFUSED);
        assertThat(inbox.receive(outside)).isEqualTo(EventInbox.Outcome.DUPLICATE);
        assertThat(inbox.receive(malformed)).isEqualTo(EventInbox.Outcome.REFUSED);

        assertThat(handler.ids).doesNotContain(outside.id(), malformed.id());
        assertThat(refusedCount()).isEqualTo(refusedBefore + 2);
        EventsEndpoint.Report report = endpoint.events();
        assertThat(report.refused()).anySatisfy(r -> {
            assertThat(r.eventId()).isEqualTo(outside.id());
            assertThat(r.reason()).isEqualTo("outside-node");
            assertThat(r.jurisdiction()).isEqualTo("430102000000");
        });
        assertThat(report.refused()).anySatisfy(r -> {
            assertThat(r.eventId()).isEqualTo(malformed.id());
            assertThat(r.reason()).isEqualTo("invalid-jurisdiction");
        });
        assertThat(report.inbox().get(TYPE).get("REFUSED")).isGreaterThanOrEqualTo(2);
        assertThat(report.nodeJurisdiction()).isEqualTo("430121000000");
    }

    /** A street node running this service below this one takes its street's events; this inbox leaves them. */
    @Test
    void theInboxLeavesAnEventOfADeeperNodesPlaceToThatNode() {
        EventInbox withXingshaNode = new EventInbox(jdbc, new Node("changsha-county",
                cn.incubator.platform.jurisdiction.Jurisdiction.of("430121000000")), new SimpleMeterRegistry(),
                List.of(handler), place -> place.code().startsWith("430121001") ? "xingsha" : null);
        EventEnvelope xingsha = envelope("430121001000", "星沙街道节点的事件");
        EventEnvelope quantang = envelope("430121002000", "泉塘街道的事件");

        assertThat(withXingshaNode.receive(xingsha)).isEqualTo(EventInbox.Outcome.REFUSED);
        assertThat(withXingshaNode.receive(quantang)).isEqualTo(EventInbox.Outcome.PROCESSED);

        assertThat(handler.ids).doesNotContain(xingsha.id()).contains(quantang.id());
        assertThat(endpoint.events().refused()).anySatisfy(r -> {
            assertThat(r.eventId()).isEqualTo(xingsha.id());
            assertThat(r.reason()).isEqualTo("another-node");
        });
    }

    @Test
    void anEventWhoseHandlerKeepsFailingIsParkedAndLaterEventsFlow() {
        EventEnvelope poison = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named(RecordingHandler.FAILS)));
        EventEnvelope after = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named("毒丸之后")));

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.ids.contains(after.id()));
        assertThat(handler.attempts.get(poison.id())).isEqualTo(3);
        assertThat(handler.ids).doesNotContain(poison.id());
        EventsEndpoint.Report report = endpoint.events();
        assertThat(report.parked()).anySatisfy(p -> {
            assertThat(p.eventId()).isEqualTo(poison.id());
            assertThat(p.attempts()).isEqualTo(3);
            assertThat(p.error()).contains("handler refuses");
        });
        assertThat(meters.find("incubator.events.inbox").tag("type", TYPE).tag("outcome", "parked").counter().count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aParkedEventIsReplayedOnceAfterItsCauseIsFixedAndAgainHarmlessly() {
        CurrentUser admin = new CurrentUser("admin", "platform-admin-it", Set.of(Role.PLATFORM_ADMIN),
                List.of(cn.incubator.platform.jurisdiction.Jurisdiction.of("430121000000")), Optional.empty(),
                Optional.empty());
        EventEnvelope event = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named(RecordingHandler.FAILS_UNTIL_FIXED)));
        await().atMost(Duration.ofSeconds(20)).until(() -> parked(event.id()).isPresent());
        assertThat(parked(event.id()).orElseThrow().attempts()).isEqualTo(3);

        // replayed before the cause is fixed: still parked, one attempt more, the new error
        ParkedEvents.Replay failed = parkedEvents.replay(admin, event.id());
        assertThat(failed.outcome()).isEqualTo(ParkedEvents.Outcome.STILL_PARKED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.error()).contains("not fixed yet");
        assertThat(parked(event.id()).orElseThrow().attempts()).isEqualTo(4);
        assertThat(handler.ids).doesNotContain(event.id());
        assertThat(outcomeOf(event.id())).isEmpty();

        handler.fixed.set(true);
        ParkedEvents.Replay replayed = parkedEvents.replay(admin, event.id());

        assertThat(replayed.outcome()).isEqualTo(ParkedEvents.Outcome.PROCESSED);
        assertThat(replayed.type()).isEqualTo(TYPE);
        assertThat(handler.ids.stream().filter(event.id()::equals)).hasSize(1);
        assertThat(parked(event.id())).isEmpty();
        assertThat(outcomeOf(event.id())).contains("PROCESSED");

        // a second replay, and the event arriving again, change nothing
        ParkedEvents.Replay again = parkedEvents.replay(admin, event.id());
        assertThat(again.outcome()).isEqualTo(ParkedEvents.Outcome.ALREADY_PROCESSED);
        assertThat(inbox.receive(event)).isEqualTo(EventInbox.Outcome.DUPLICATE);
        assertThat(handler.ids.stream().filter(event.id()::equals)).hasSize(1);

        assertThat(jdbc.sql("""
                SELECT after_state ->> 'outcome' FROM audit_entry
                WHERE action = 'event.replayed' AND subject_id = :id AND actor = 'platform-admin-it' ORDER BY seq
                """).param("id", event.id().toString()).query(String.class).list())
                .containsExactly("STILL_PARKED", "PROCESSED", "ALREADY_PROCESSED");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parkedEvents.replay(admin, UUID.randomUUID()))
                .isInstanceOf(cn.incubator.platform.problem.NotFoundException.class);
    }

    private Optional<EventsEndpoint.Parked> parked(UUID id) {
        return endpoint.events().parked().stream().filter(p -> p.eventId().equals(id)).findFirst();
    }

    private Optional<String> outcomeOf(UUID id) {
        return jdbc.sql("SELECT outcome FROM processed_event WHERE event_id = :id").param("id", id)
                .query(String.class).optional();
    }

    @Test
    void theFeedServesASubscriberOnlyTheEventsInsideItsSubtree() {
        EventEnvelope inside = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named("星沙")));
        // 芙蓉区 of Changsha city lies outside 长沙县
        EventEnvelope outside = transactions.execute(tx -> events.publish("430102000000", UUID.randomUUID(),
                named("芙蓉")));

        List<UUID> forCounty = feed.after(TYPE, EventFeed.Position.START, 500,
                cn.incubator.platform.jurisdiction.Jurisdiction.of("430121000000")).items().stream()
                .map(item -> item.event().id()).toList();
        List<UUID> forCity = feed.after(TYPE, EventFeed.Position.START, 500,
                cn.incubator.platform.jurisdiction.Jurisdiction.of("430100000000")).items().stream()
                .map(item -> item.event().id()).toList();

        assertThat(forCounty).contains(inside.id()).doesNotContain(outside.id());
        assertThat(forCity).contains(inside.id(), outside.id());
        await().atMost(Duration.ofSeconds(15)).until(() -> handler.ids.contains(inside.id()));
        assertThat(handler.ids).doesNotContain(outside.id());
    }

    @Test
    void theFeedIsPrunedByAgeOnly() {
        EventEnvelope old = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named("旧事件")));
        EventEnvelope recent = transactions.execute(tx -> events.publish("430121001000", UUID.randomUUID(),
                named("新事件")));
        // this test's own database: age one event past any retention
        jdbc.sql("UPDATE outbound_event SET occurred_at = now() - interval '400 days' WHERE event_id = :id")
                .param("id", old.id()).update();

        assertThat(feed.prune(Instant.now().minus(Duration.ofDays(365)))).isEqualTo(1);

        List<UUID> served = feed.after(TYPE, EventFeed.Position.START, 500).items().stream()
                .map(item -> item.event().id()).toList();
        assertThat(served).contains(recent.id()).doesNotContain(old.id());
    }

    private double refusedCount() {
        var counter = meters.find("incubator.events.inbox").tag("type", TYPE).tag("outcome", "refused").counter();
        return counter == null ? 0 : counter.count();
    }

    private EventFeedPoller.Status subscription() {
        return endpoint.events().subscriptions().stream().filter(s -> s.type().equals(TYPE)).findFirst()
                .orElseThrow();
    }

    private EventEnvelope envelope(String jurisdiction, String name) {
        return new EventEnvelope(UUID.randomUUID(), TYPE, Instant.now(), "elsewhere", jurisdiction,
                UUID.randomUUID().toString(), EventPayloads.toJson(named(name), json));
    }

    private static Struct named(String name) {
        return Struct.newBuilder().putFields("name", Value.newBuilder().setStringValue(name).build()).build();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A bare service: the platform's auto-configuration and these beans, nothing scanned. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {

        /** The stand-in producer checks no token: a plain client replaces the service-account one. */
        @Bean(defaultCandidate = false)
        RestClient eventFeedClient(RestClient.Builder builder) {
            return builder.build();
        }

        @Bean
        RecordingHandler recordingHandler() {
            return new RecordingHandler();
        }
    }

    static class RecordingHandler implements EventHandler<Struct> {

        final List<UUID> ids = new CopyOnWriteArrayList<>();
        final List<String> names = new CopyOnWriteArrayList<>();
        final List<String> subjects = new CopyOnWriteArrayList<>();
        final Map<UUID, Integer> attempts = new java.util.concurrent.ConcurrentHashMap<>();

        /** An event named so always fails in this handler. */
        static final String FAILS = "总是失败";
        /** An event named so fails until the cause is {@link #fixed}. */
        static final String FAILS_UNTIL_FIXED = "修复前失败";
        final AtomicBoolean fixed = new AtomicBoolean();

        @Override
        public Struct prototype() {
            return Struct.getDefaultInstance();
        }

        @Override
        public void handle(EventEnvelope event, Struct payload) {
            if (payload.getFieldsOrThrow("name").getStringValue().equals(FAILS)) {
                attempts.merge(event.id(), 1, Integer::sum);
                throw new IllegalStateException("handler refuses " + event.id());
            }
            if (payload.getFieldsOrThrow("name").getStringValue().equals(FAILS_UNTIL_FIXED) && !fixed.get()) {
                throw new IllegalStateException("cause not fixed yet for " + event.id());
            }
            ids.add(event.id());
            names.add(payload.getFieldsOrThrow("name").getStringValue());
            subjects.add(event.subjectId());
        }
    }

    /**
     * The producer's feed on loopback, served from this service's own outbox (as {@link EventFeedController} would,
     * without the token check), which can be switched off.
     */
    static final class Producer {

        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger refused = new AtomicInteger();
        final HttpServer server;
        volatile EventFeed feed;
        volatile JsonMapper json;

        Producer() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext(EventFeedController.PATH, exchange -> {
                if (down.get() || feed == null) {
                    refused.incrementAndGet();
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    Map<String, String> query = query(exchange.getRequestURI());
                    EventFeed.Page page = feed.after(query.get("type"), new EventFeed.Position(
                            Long.parseLong(query.get("afterTx")), Long.parseLong(query.get("afterSequence"))),
                            Integer.parseInt(query.get("limit")),
                            query.containsKey("jurisdiction")
                                    ? cn.incubator.platform.jurisdiction.Jurisdiction.of(query.get("jurisdiction"))
                                    : null);
                    byte[] body = json.writeValueAsString(page).getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
        }

        private static Map<String, String> query(URI uri) {
            return java.util.Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                    .collect(java.util.stream.Collectors.toMap(p -> p[0],
                            p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }
    }

    @Autowired
    void connectProducer(EventFeed feed, JsonMapper json) {
        PRODUCER.json = json;
        PRODUCER.feed = feed;
    }
}
