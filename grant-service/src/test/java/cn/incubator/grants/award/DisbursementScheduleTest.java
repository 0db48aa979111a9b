package cn.incubator.grants.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.award.DisbursementSchedule.Planned;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisbursementScheduleTest {

    /** One of Ejin Horo's twelve awards sharing 440,000 yuan: 36,666.67 in three tranches. */
    private static final BigDecimal AWARD = new BigDecimal("36666.67");

    @Test
    void threeTranchesAddingUpExactlyToTheAwardArePlanned() {
        DisbursementSchedule schedule = DisbursementSchedule.of(List.of(
                new Planned(new BigDecimal("18333.33"), null),
                new Planned(new BigDecimal("11000.00"), ReportKind.INTERIM),
                new Planned(new BigDecimal("7333.34"), ReportKind.FINAL)), AWARD);

        assertThat(schedule.tranches()).extracting(Planned::amount).allSatisfy(a -> assertThat(a.scale()).isEqualTo(2));
        assertThat(schedule.tranches().stream().map(Planned::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(AWARD);
    }

    @Test
    void tranchesThatMissTheAwardByOneFenAreRefused() {
        assertInvalid("Schedule.sum", new Planned(new BigDecimal("18333.33"), null),
                new Planned(new BigDecimal("18333.33"), ReportKind.FINAL));
    }

    @Test
    void theFirstTrancheDependsOnNoReportAndEveryLaterOneOnAReport() {
        assertInvalid("Schedule.firstDependsOnNothing", new Planned(AWARD, ReportKind.INTERIM));
        assertInvalid("Schedule.laterDependOnReport", new Planned(new BigDecimal("36000.00"), null),
                new Planned(new BigDecimal("666.67"), null));
    }

    @Test
    void interimTranchesComeBeforeFinalOnes() {
        assertInvalid("Schedule.interimBeforeFinal", new Planned(new BigDecimal("30000.00"), null),
                new Planned(new BigDecimal("3000.00"), ReportKind.FINAL),
                new Planned(new BigDecimal("3666.67"), ReportKind.INTERIM));
    }

    @Test
    void anEmptyScheduleAndAmountsThatAreNotPositiveWholeFenAreRefused() {
        assertInvalid("Schedule.empty");
        assertInvalid("Schedule.amount", new Planned(new BigDecimal("36666.665"), null),
                new Planned(new BigDecimal("0.005"), ReportKind.FINAL));
        assertInvalid("Schedule.amount", new Planned(new BigDecimal("40000.00"), null),
                new Planned(new BigDecimal("-3333.33"), ReportKind.FINAL));
        assertInvalid("Schedule.amount", new Planned(null, null));
    }

    private static void assertInvalid(String code, Planned... tranches) {
        assertThatThrownBy(() -> DisbursementSchedule.of(List.of(tranches), AWARD))
                .isInstanceOfSatisfying(DisbursementSchedule.Invalid.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
