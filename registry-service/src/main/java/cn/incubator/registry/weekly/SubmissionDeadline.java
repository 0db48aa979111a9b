package cn.incubator.registry.weekly;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When next week's activities are due: a day and time of the week before (e.g. Friday 18:00 Asia/Shanghai), so the
 * base can compile the issue for leaders over the weekend. Reports after it are still taken, marked late.
 */
public record SubmissionDeadline(DayOfWeek day, LocalTime time) {

    /** The deadline for activities of {@code week}: {@link #day} at {@link #time} in the week before it. */
    public Instant deadlineFor(ActivityWeek week) {
        return week.previous().monday().with(TemporalAdjusters.nextOrSame(day)).atTime(time)
                .atZone(ActivityWeek.ZONE).toInstant();
    }

    /** Late means strictly after the deadline; a report at 18:00:00 sharp is on time. */
    public boolean isLate(ActivityWeek week, Instant submittedAt) {
        return submittedAt.isAfter(deadlineFor(week));
    }
}
