package cn.incubator.grants.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery settings ({@code incubator.webhooks.*}).
 *
 * @param pollInterval how often the dispatcher looks for due deliveries
 * @param firstRetry   the wait after the first failed attempt, doubled after each further one
 * @param longestRetry the longest wait between attempts
 * @param maxAttempts  attempts before a delivery is given up (FAILED)
 * @param timeout      connect and response timeout of one attempt
 * @param lease        how long a claimed delivery stays invisible to other dispatchers while it is sent
 * @param allowPrivateNetworks whether webhooks may point at loopback, private and link-local addresses (only where
 *                     partners' receivers are local: the local platform, tests)
 */
@ConfigurationProperties("incubator.webhooks")
public record WebhookProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("1h") Duration longestRetry,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("false") boolean allowPrivateNetworks) {

    RetrySchedule retries() {
        return new RetrySchedule(firstRetry, longestRetry, maxAttempts);
    }

    WebhookTargets targets() {
        return new WebhookTargets(allowPrivateNetworks);
    }
}
