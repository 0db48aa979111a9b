package cn.incubator.registry.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
}
