package cn.incubator.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.incubator.platform.test.RealPostgres;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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

/**
 * The outbox against a real PostgreSQL: an event is stored with its transaction, delivered after commit, kept and
 * redelivered while its subscriber is down, never delivered when the transaction rolls back, and processed once by
 * an inbox however often it arrives.
 */
@SpringBootTest(classes = OutboxDeliveryIT.TestService.class, properties = {
        "spring.application.name=outbox-it", "incubator.api.name=outbox", "incubator.database.name=unused",
        "spring.grpc.server.port=0", "incubator.events.redelivery-interval=1s"})
class OutboxDeliveryIT {

    private static final Subscriber SUBSCRIBER = new Subscriber();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "outbox_it");
        registry.add("incubator.events.subscriptions[test.happened]", () -> SUBSCRIBER.url());
    }

    @Autowired
    Events events;

    @Autowired
    EventInbox inbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CountingHandler handler;

    @AfterAll
    static void stopSubscriber() {
        SUBSCRIBER.server.stop(0);
    }

    @Test
    void eventIsKeptWhileTheSubscriberIsDownAndDeliveredOnceItIsBack() {
        SUBSCRIBER.down.set(true);
        int refusedBefore = SUBSCRIBER.refused.get();

        EventEnvelope event = transactions.execute(tx ->
                events.publish("test.happened", "430121001000", "org-1", Map.of("name", "星沙街道邻里互助队")));

        await().atMost(Duration.ofSeconds(15)).until(() -> SUBSCRIBER.refused.get() > refusedBefore + 1);
        assertThat(SUBSCRIBER.delivered).doesNotContain(event.id().toString());
        assertThat(incompletePublications()).isPositive();

        SUBSCRIBER.down.set(false);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> SUBSCRIBER.delivered.contains(event.id().toString()));
        await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublications() == 0);
        assertThat(SUBSCRIBER.bodies).anySatisfy(body -> assertThat(body).contains("星沙街道邻里互助队"));
    }

    @Test
    void eventOfARolledBackTransactionIsNeverDelivered() throws InterruptedException {
        SUBSCRIBER.down.set(false);
        EventEnvelope event = transactions.execute(tx -> {
            EventEnvelope published = events.publish("test.happened", "430121001000", "org-2", Map.of());
            tx.setRollbackOnly();
            return published;
        });
        EventEnvelope marker = transactions.execute(tx ->
                events.publish("test.happened", "430121001000", "org-3", Map.of()));

        await().atMost(Duration.ofSeconds(15)).until(() -> SUBSCRIBER.delivered.contains(marker.id().toString()));
        assertThat(SUBSCRIBER.delivered).doesNotContain(event.id().toString());
    }

    @Test
    void inboxProcessesAnEventOnceHoweverOftenItArrives() {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "test.counted", Instant.now(), "elsewhere",
                "430121001000", "org-4", Map.of());
        int before = handler.count.get();

        assertThat(inbox.receive(event)).isTrue();
        assertThat(inbox.receive(event)).isFalse();
        assertThat(handler.count.get()).isEqualTo(before + 1);
        assertThat(inbox.receive(new EventEnvelope(UUID.randomUUID(), "nobody.listens", Instant.now(), "x", null,
                "y", Map.of()))).isFalse();
    }

    private long incompletePublications() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single();
    }

    /** A bare service: the platform's auto-configuration and these beans, nothing scanned. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {

        /** The subscriber here does not check tokens: a plain client stands in for the service-token client. */
        @Bean
        RestClient serviceRestClient(RestClient.Builder builder) {
            return builder.build();
        }

        @Bean
        CountingHandler countingHandler() {
            return new CountingHandler();
        }
    }

    static class CountingHandler implements EventHandler {

        final AtomicInteger count = new AtomicInteger();

        @Override
        public String type() {
            return "test.counted";
        }

        @Override
        public void handle(EventEnvelope event) {
            count.incrementAndGet();
        }
    }

    /** Another service's inbox on loopback, which can be switched off. */
    static final class Subscriber {

        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger refused = new AtomicInteger();
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final List<String> bodies = new CopyOnWriteArrayList<>();
        final HttpServer server;

        Subscriber() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext(EventInbox.PATH, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (down.get()) {
                    refused.incrementAndGet();
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    bodies.add(body);
                    int idStart = body.indexOf("\"id\":\"") + 6;
                    delivered.add(body.substring(idStart, body.indexOf('"', idStart)));
                    exchange.sendResponseHeaders(204, -1);
                }
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }
    }
}
