package cn.incubator.grants.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a failed delivery again: exponential back-off from {@code first}, capped at {@code longest}, and no more
 * tries after {@code maxAttempts}.
 */
public record RetrySchedule(Duration first, Duration longest, int maxAttempts) {

    /** The wait after the {@code attempts}-th failed attempt, or empty when the delivery gives up. */
    public Optional<Duration> after(int attempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 20));
        return Optional.of(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
