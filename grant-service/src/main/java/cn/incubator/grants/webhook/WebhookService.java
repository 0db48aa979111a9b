package cn.incubator.grants.webhook;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.sql.ReadOnly;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partner's webhooks: registration (the secret is answered once) and the delivery log. */
@Service
public class WebhookService {

    public static final String SUBJECT = "webhook";

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final AuditTrail audit;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, WebhookProperties properties, AuditTrail audit, Clock clock) {
        this.webhooks = webhooks;
        this.targets = properties.targets();
        this.audit = audit;
        this.clock = clock;
    }

    /** A registered webhook with its secret, which is shown only in this answer. */
    public record Registered(Webhook webhook, String secret) {
    }

    @Transactional
    public Registered register(CurrentUser partner, String partnerId, String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FieldProblemException("url", "Webhook.url");
        }
        targets.refusal(uri).ifPresent(code -> {
            throw new FieldProblemException("url", code);
        });
        Webhook webhook = new Webhook(UUID.randomUUID(), partnerId, uri.toString(), partner.username(),
                Instant.now(clock));
        String secret = WebhookSignature.newSecret();
        webhooks.insert(webhook, secret);
        audit.record(partner, "webhook.registered", SUBJECT, webhook.id(), null, null,
                Map.of("partnerId", partnerId, "url", webhook.url()));
        return new Registered(webhook, secret);
    }

    @ReadOnly
    public List<Webhook> list(String partnerId) {
        return webhooks.ofPartner(partnerId);
    }

    /** Another partner's webhook does not exist for the caller. */
    @ReadOnly
    public List<WebhookDelivery> deliveries(String partnerId, UUID webhookId) {
        Webhook webhook = webhooks.find(webhookId, partnerId)
                .orElseThrow(() -> new NotFoundException(SUBJECT, webhookId));
        return webhooks.deliveries(webhook.id());
    }
}
