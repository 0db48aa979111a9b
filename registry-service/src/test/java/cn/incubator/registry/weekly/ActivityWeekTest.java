package cn.incubator.registry.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ActivityWeekTest {

    private final SubmissionDeadline fridayEvening = new SubmissionDeadline(DayOfWeek.FRIDAY, LocalTime.of(18, 0));

    @Test
    void aWeekRunsFromMondayMidnightInChina() {
        ActivityWeek week = ActivityWeek.parse("2016-W46");

        assertThat(week.monday()).isEqualTo(LocalDate.of(2016, 11, 14));
        assertThat(week.start()).isEqualTo(Instant.parse("2016-11-13T16:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2016-11-20T16:00:00Z"));
        assertThat(week).hasToString("2016-W46");
    }

    @Test
    void sundayEveningUtcIsAlreadyMondayInChina() {
        assertThat(ActivityWeek.of(Instant.parse("2016-11-13T16:30:00Z"))).isEqualTo(ActivityWeek.parse("2016-W46"));
        assertThat(ActivityWeek.of(Instant.parse("2016-11-13T15:59:59Z"))).isEqualTo(ActivityWeek.parse("2016-W45"));
    }

    @Test
    void isoWeeksCrossCalendarYears() {
        assertThat(ActivityWeek.of(LocalDate.of(2016, 1, 1))).isEqualTo(new ActivityWeek(2015, 53));
        assertThat(new ActivityWeek(2016, 1).previous()).isEqualTo(new ActivityWeek(2015, 53));
        assertThat(new ActivityWeek(2015, 53).next()).isEqualTo(new ActivityWeek(2016, 1));
        assertThatThrownBy(() -> new ActivityWeek(2016, 53)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityWeek.parse("2016-46")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityWeek.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeadlineIsFridayEveningOfTheWeekBefore() {
        ActivityWeek week = ActivityWeek.parse("2016-W46");

        assertThat(fridayEvening.deadlineFor(week)).isEqualTo(Instant.parse("2016-11-11T10:00:00Z"));
        assertThat(fridayEvening.isLate(week, Instant.parse("2016-11-11T10:00:00Z"))).isFalse();
        assertThat(fridayEvening.isLate(week, Instant.parse("2016-11-11T10:00:01Z"))).isTrue();
        assertThat(fridayEvening.isLate(week, Instant.parse("2016-11-07T01:00:00Z"))).isFalse();
    }

    @Test
    void aMondayDeadlineFallsOnTheMondayOfTheWeekBefore() {
        SubmissionDeadline monday = new SubmissionDeadline(DayOfWeek.MONDAY, LocalTime.of(9, 0));

        assertThat(monday.deadlineFor(ActivityWeek.parse("2016-W46"))).isEqualTo(Instant.parse("2016-11-07T01:00:00Z"));
    }
}
