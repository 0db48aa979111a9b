package cn.incubator.registry.weekly;

import cn.incubator.platform.text.Display;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week in China's time zone, the unit of the weekly pre-report (活动周预报): one issue per week, Monday 00:00
 * to the next Monday 00:00 Asia/Shanghai. Written {@code 2016-W46}.
 */
public record ActivityWeek(int year, int week) implements Comparable<ActivityWeek> {

    public static final ZoneId ZONE = Display.ZONE;
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public ActivityWeek {
        long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("ISO year " + year + " has no week " + week);
        }
    }

    public static ActivityWeek of(LocalDate date) {
        return new ActivityWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week an instant falls in, as a calendar in China shows it. */
    public static ActivityWeek of(Instant instant) {
        return of(instant.atZone(ZONE).toLocalDate());
    }

    /** Parses {@code 2016-W46}; throws {@link IllegalArgumentException} for anything else. */
    public static ActivityWeek parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Not an ISO week like 2016-W46: " + text);
        }
        return new ActivityWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public Instant start() {
        return monday().atStartOfDay(ZONE).toInstant();
    }

    /** Exclusive: the next Monday at midnight. */
    public Instant end() {
        return monday().plusWeeks(1).atStartOfDay(ZONE).toInstant();
    }

    public ActivityWeek previous() {
        return of(monday().minusWeeks(1));
    }

    public ActivityWeek next() {
        return of(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(ActivityWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
