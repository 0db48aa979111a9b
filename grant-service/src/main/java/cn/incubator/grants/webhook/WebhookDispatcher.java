package cn.incubator.grants.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due webhook deliveries. A scheduled dispatcher over the delivery rows (rather than in-process retries) because
 * the rows already are the outbox: a retry waits in {@code next_attempt_at}, not in a sleeping thread, survives a
 * restart, and several instances share the work through the claim lease.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookDispatcher {

    static final String EVENT_ID = "X-Incubator-Event-Id";
    static final String EVENT_TYPE = "X-Incubator-Event";
    static final String TIMESTAMP = "X-Incubator-Timestamp";
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final WebhookRepository webhooks;
    private final WebhookProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(WebhookRepository webhooks, WebhookProperties properties, TransactionTemplate transactions,
            Clock clock) {
        this.webhooks = webhooks;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${incubator.webhooks.poll-interval:2s}")
    void dispatchDue() {
        Instant now = Instant.now(clock);
        for (WebhookRepository.Due due : webhooks.claimDue(now, now.plus(properties.lease()), BATCH)) {
            send(due);
        }
    }

    private void send(WebhookRepository.Due due) {
        // Checked again at sending: the name may resolve elsewhere now than at registration.
        Optional<String> refused = properties.targets().refusal(URI.create(due.url()));
        Outcome outcome;
        try {
            outcome = refused.isPresent() ? new Outcome(null, "refused: " + refused.get()) : post(due);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int attempt = due.attempts() + 1;
        Instant at = Instant.now(clock);
        boolean delivered = outcome.error() == null;
        Optional<Instant> next = delivered ? Optional.empty()
                : properties.retries().after(attempt).map(at::plus);
        if (!delivered) {
            log.info("Webhook delivery {} attempt {} failed ({}); {}", due.id(), attempt, outcome.error(),
                    next.map(n -> "next at " + n).orElse("giving up"));
        }
        transactions.executeWithoutResult(tx -> webhooks.recordAttempt(due.id(), attempt, at, outcome.status(),
                outcome.error(), delivered, next.orElse(null)));
    }

    /** One attempt's answer: the HTTP status if any, and what went wrong ({@code null} when delivered). */
    private record Outcome(Integer status, String error) {
    }

    private Outcome post(WebhookRepository.Due due) throws InterruptedException {
        byte[] body = due.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header(EVENT_ID, due.eventId().toString())
                    .header(EVENT_TYPE, due.eventType())
                    .header(TIMESTAMP, String.valueOf(due.createdAt().getEpochSecond()))
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(due.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status, status / 100 == 2 ? null : "HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, truncate(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
