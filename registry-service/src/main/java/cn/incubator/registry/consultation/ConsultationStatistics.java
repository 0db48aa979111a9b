package cn.incubator.registry.consultation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Consultations counted by period and topic, with the totals of each, for the base's monthly and yearly reports.
 *
 * @param from first day counted (China time), {@code to} the day after the last
 */
public record ConsultationStatistics(LocalDate from, LocalDate to, Period period, long total,
        Map<Topic, Long> byTopic, Map<String, Long> byPeriod, List<Count> counts) {

    /** How consultations are grouped in time; periods are labelled like 2024, 2024-Q2, 2024-05, 2024-05-13. */
    public enum Period {
        DAY("day", "YYYY-MM-DD"),
        MONTH("month", "YYYY-MM"),
        QUARTER("quarter", "YYYY-\"Q\"Q"),
        YEAR("year", "YYYY");

        final String truncation;
        final String format;

        Period(String truncation, String format) {
            this.truncation = truncation;
            this.format = format;
        }
    }

    public record Count(String period, Topic topic, long count) {
    }

    /** The statistics of these counts, from {@code from} to the day before {@code to}: their totals by topic and period. */
    static ConsultationStatistics of(LocalDate from, LocalDate to, Period period, List<Count> counts) {
        Map<Topic, Long> byTopic = new EnumMap<>(Topic.class);
        Map<String, Long> byPeriod = new TreeMap<>();
        long total = 0;
        for (Count count : counts) {
            byTopic.merge(count.topic(), count.count(), Long::sum);
            byPeriod.merge(count.period(), count.count(), Long::sum);
            total += count.count();
        }
        return new ConsultationStatistics(from, to, period, total, byTopic, byPeriod, counts);
    }
}
