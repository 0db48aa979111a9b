package cn.incubator.incubation.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Changsha County's pipeline after Xingsha (星沙街道) was handed over to its node: the counts are summed, the average
 * days weighted by each node's admissions and graduations (not the mean of the nodes' averages), exactly from the
 * summed seconds.
 */
class PipelineFederationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final long DAY = 86_400;

    private static StatisticsService.Pipeline pipeline(Map<String, Long> byStage, long applications,
            long admissions, long graduations, String toAdmissionDays, String inShellDays, long workstations,
            long occupied, Long toAdmissionSeconds, Long inShellSeconds) {
        return new StatisticsService.Pipeline("430121000000", FROM, TO, byStage, applications, admissions,
                graduations, toAdmissionDays == null ? null : new BigDecimal(toAdmissionDays),
                inShellDays == null ? null : new BigDecimal(inShellDays),
                new StatisticsService.Occupancy(workstations, occupied),
                toAdmissionSeconds == null ? null : BigDecimal.valueOf(toAdmissionSeconds),
                inShellSeconds == null ? null : BigDecimal.valueOf(inShellSeconds));
    }

    private static Map<String, Long> stages(Object... pairs) {
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            byStage.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return byStage;
    }

    @Test
    void countsAreSummedAndTheAveragesWeightedByTheNodesAdmissionsAndGraduations() {
        // here: one admission after 10 days, one graduation after 365 days and 12 hours
        StatisticsService.Pipeline central = pipeline(stages("APPLIED", 2, "IN_SHELL", 1), 4, 1, 1, "10.0", "365.5",
                20, 5, 10 * DAY, 365 * DAY + DAY / 2);
        // Xingsha: three admissions after 2 days each, no graduation
        StatisticsService.Pipeline xingsha = pipeline(stages("IN_SHELL", 3, "GRADUATED", 1), 5, 3, 0, "2.0", null,
                6, 6, 3 * 2 * DAY, 0L);

        StatisticsService.Pipeline county = PipelineFederation.merge(central, List.of(xingsha));

        assertThat(county.casesByStage()).containsExactlyEntriesOf(stages("APPLIED", 2, "IN_SHELL", 4,
                "GRADUATED", 1));
        assertThat(county.applications()).isEqualTo(9);
        assertThat(county.admissions()).isEqualTo(4);
        assertThat(county.graduations()).isEqualTo(1);
        // (10 + 3 × 2) / 4 = 4.0, not the mean of the averages (6.0)
        assertThat(county.averageDaysApplicationToAdmission()).isEqualByComparingTo("4.0");
        assertThat(county.averageDaysInShellToGraduation()).isEqualByComparingTo("365.5");
        assertThat(county.workstations()).isEqualTo(new StatisticsService.Occupancy(26, 11));
        assertThat(county.secondsApplicationToAdmission()).isEqualByComparingTo(BigDecimal.valueOf(16 * DAY));
        assertThat(county.within()).isEqualTo("430121000000");
        assertThat(county.from()).isEqualTo(FROM);
    }

    @Test
    void theAverageIsOfTheExactSecondsNotOfTheRoundedAverages() {
        // three admissions of 1.16 days here (1.2 rounded) and one of 1.04 days there (1.0): they average 1.13 days,
        // 1.1 rounded; the rounded averages would give (3 × 1.2 + 1.0) / 4 = 1.15, 1.2 rounded
        StatisticsService.Pipeline central = pipeline(stages(), 0, 3, 0, "1.2", null, 0, 0, 3 * 100_224L, 0L);
        StatisticsService.Pipeline xingsha = pipeline(stages(), 0, 1, 0, "1.0", null, 0, 0, 89_856L, 0L);
        assertThat(PipelineFederation.merge(central, List.of(xingsha)).averageDaysApplicationToAdmission())
                .isEqualByComparingTo("1.1");
    }

    @Test
    void nothingHappenedAnywhereIsNoAverageAndANodeWithoutSecondsCountsItsAverage() {
        StatisticsService.Pipeline central = pipeline(stages(), 0, 0, 0, null, null, 0, 0, 0L, 0L);
        StatisticsService.Pipeline quiet = pipeline(stages(), 0, 0, 0, null, null, 0, 0, 0L, 0L);
        StatisticsService.Pipeline merged = PipelineFederation.merge(central, List.of(quiet));
        assertThat(merged.averageDaysApplicationToAdmission()).isNull();
        assertThat(merged.averageDaysInShellToGraduation()).isNull();

        StatisticsService.Pipeline older = pipeline(stages(), 0, 2, 0, "3.0", null, 0, 0, null, null);
        assertThat(PipelineFederation.merge(central, List.of(older)).averageDaysApplicationToAdmission())
                .isEqualByComparingTo("3.0");
        assertThat(PipelineFederation.merge(central, List.of()).admissions()).isZero();
    }
}
