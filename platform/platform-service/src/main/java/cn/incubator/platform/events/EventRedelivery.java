package cn.incubator.platform.events;

import java.time.Duration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Submits undelivered events again: failed ones every few seconds, and ones stuck in processing (a crash mid-way)
 * after a while. Restarts republish outstanding events too ({@code republish-outstanding-events-on-restart}).
 */
public class EventRedelivery {

    private static final Duration STUCK_AFTER = Duration.ofMinutes(2);

    private final FailedEventPublications failed;
    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    public EventRedelivery(FailedEventPublications failed, IncompleteEventPublications incomplete,
            Duration retryAfter) {
        this.failed = failed;
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${incubator.events.redelivery-interval:5s}",
            initialDelayString = "${incubator.events.redelivery-interval:5s}")
    public void redeliver() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryAfter));
        incomplete.resubmitIncompletePublicationsOlderThan(STUCK_AFTER);
    }
}
