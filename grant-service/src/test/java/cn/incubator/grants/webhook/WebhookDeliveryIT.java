package cn.incubator.grants.webhook;

import static cn.incubator.grants.GrantTestData.XINGSHA_FEDERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.incubator.grants.GrantTestData;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Award-made events reach the co-funding partner's webhook, signed, retried after a failure, and logged. */
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.webhooks.poll-interval=200ms",
        "incubator.webhooks.first-retry=300ms", "incubator.webhooks.max-attempts=3",
        "incubator.webhooks.allow-private-networks=true"})
class WebhookDeliveryIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_webhook_it");
    }

    @Autowired
    WebhookService webhooks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    private HttpServer receiver;

    record Received(String body, Map<String, List<String>> headers) {
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void anAwardMadeIsDeliveredSignedToTheCoFundingPartnerAfterOneFailedAttempt() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            // The first call fails, as a receiver that is briefly down would.
            int status = calls.incrementAndGet() == 1 ? 503 : 204;
            if (status == 204) {
                received.add(new Received(new String(body, StandardCharsets.UTF_8),
                        Map.copyOf(exchange.getRequestHeaders())));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        String partnerId = "foundation-" + UUID.randomUUID().toString().substring(0, 8);
        WebhookService.Registered registered = webhooks.register(partner(partnerId), partnerId, url);
        String otherPartner = "other-" + UUID.randomUUID().toString().substring(0, 8);
        WebhookService.Registered other = webhooks.register(partner(otherPartner), otherPartner, url + "/other");

        UUID programme = GrantTestData.programme(jdbc, "长沙县第一届公益创投", "400000.00", partnerId, "40000.00");
        GrantTestData.decide(transactions, events, programme, List.of(GrantTestData.line(XINGSHA_FEDERATION,
                "长沙县星沙街道社区社会组织联合会", "430121001000", "邻里守望互助计划", "36666.67")));

        await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());
        Received delivery = received.get(0);
        assertThat(WebhookSignature.verify(registered.secret(), delivery.body().getBytes(StandardCharsets.UTF_8),
                delivery.headers().get("X-incubator-signature").get(0))).isTrue();
        assertThat(delivery.body()).contains("\"type\":\"award.made\"").contains("36666.67")
                .contains(programme.toString());
        assertThat(delivery.headers()).containsKeys("X-incubator-event-id", "X-incubator-timestamp");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                webhooks.deliveries(partnerId, registered.webhook().id())).singleElement().satisfies(log -> {
                    assertThat(log.status()).isEqualTo("DELIVERED");
                    assertThat(log.attempts()).isEqualTo(2);
                    assertThat(log.log()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(503, 204);
                }));
        assertThat(webhooks.deliveries(otherPartner, other.webhook().id())).isEmpty();
        assertThatThrownBy(() -> webhooks.deliveries(otherPartner, registered.webhook().id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReceiverThatKeepsFailingIsTriedWithBackOffAndThenGivenUp() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/down", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        receiver.start();
        String partnerId = "failing-" + UUID.randomUUID().toString().substring(0, 8);
        WebhookService.Registered registered = webhooks.register(partner(partnerId), partnerId,
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/down");
        UUID programme = GrantTestData.programme(jdbc, "长沙县社区微创投", "100000.00", partnerId, "20000.00");
        GrantTestData.decide(transactions, events, programme, List.of(GrantTestData.line(XINGSHA_FEDERATION,
                "长沙县星沙街道社区社会组织联合会", "430121001000", "亲子阅读角", "9000.00")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                webhooks.deliveries(partnerId, registered.webhook().id())).singleElement().satisfies(log -> {
                    assertThat(log.status()).isEqualTo("FAILED");
                    assertThat(log.attempts()).isEqualTo(3);
                    assertThat(log.lastStatus()).isEqualTo(500);
                    // back-off: the waits between attempts grow (300 ms, then 600 ms)
                    var at = log.log().stream().map(WebhookDelivery.Attempt::attemptedAt).toList();
                    assertThat(Duration.between(at.get(1), at.get(2)))
                            .isGreaterThan(Duration.between(at.get(0), at.get(1)).minusMillis(100));
                }));
        assertThat(calls.get()).isEqualTo(3);
    }

    private static CurrentUser partner(String partnerId) {
        return new CurrentUser("service-account-" + partnerId, "service-account-" + partnerId, Set.of(Role.PARTNER),
                List.of(Jurisdiction.of("430100000000")), Optional.empty(), Optional.of(partnerId));
    }
}
