package cn.incubator.grants.award;

import java.math.BigDecimal;
import java.util.List;

/**
 * The disbursement schedule (拨付计划) of an award: tranches paid in order, the first on signing, every later one after
 * the report it depends on is approved (interim reports before the final one). The tranches add up exactly to the
 * award, so the schedule can never pay more or less than was granted.
 */
public record DisbursementSchedule(List<Planned> tranches) {

    /** One planned tranche; {@code dependsOn} is {@code null} for the first. */
    public record Planned(BigDecimal amount, ReportKind dependsOn) {
    }

    public DisbursementSchedule {
        tranches = List.copyOf(tranches);
    }

    /**
     * @throws Invalid naming the rule broken, when the schedule cannot pay out {@code awardAmount}
     */
    public static DisbursementSchedule of(List<Planned> tranches, BigDecimal awardAmount) {
        if (tranches.isEmpty()) {
            throw new Invalid("Schedule.empty");
        }
        BigDecimal total = Yuan.ZERO;
        ReportKind previous = null;
        for (int i = 0; i < tranches.size(); i++) {
            Planned tranche = tranches.get(i);
            if (tranche.amount() == null || tranche.amount().signum() <= 0 || !Yuan.isExact(tranche.amount())) {
                throw new Invalid("Schedule.amount");
            }
            if (i == 0 && tranche.dependsOn() != null) {
                throw new Invalid("Schedule.firstDependsOnNothing");
            }
            if (i > 0 && tranche.dependsOn() == null) {
                throw new Invalid("Schedule.laterDependOnReport");
            }
            if (previous != null && tranche.dependsOn().compareTo(previous) < 0) {
                throw new Invalid("Schedule.interimBeforeFinal");
            }
            previous = tranche.dependsOn();
            total = total.add(tranche.amount());
        }
        if (total.compareTo(awardAmount) != 0) {
            throw new Invalid("Schedule.sum");
        }
        return new DisbursementSchedule(tranches.stream()
                .map(t -> new Planned(Yuan.of(t.amount()), t.dependsOn())).toList());
    }

    /** A schedule that breaks a rule; {@code code} is the message key of the field error. */
    public static final class Invalid extends RuntimeException {

        private final String code;

        Invalid(String code) {
            super(code);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
