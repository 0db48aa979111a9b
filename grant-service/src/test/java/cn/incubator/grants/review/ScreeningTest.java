package cn.incubator.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.programme.ProgrammeKind;
import cn.incubator.grants.round.BudgetCategory;
import cn.incubator.grants.round.EligibilityRules;
import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundStatus;
import cn.incubator.grants.round.RubricCriterion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScreeningTest {

    private static final EligibilityRules.Applicant ELIGIBLE = new EligibilityRules.Applicant(
            "SOCIAL_SERVICE_ORGANIZATION", "DEVELOPING", "511802001000", false, true, List.of());

    @Test
    void aCompleteProposalOfAnEligibleOrganizationPassesEveryCheck() {
        assertThat(Screening.checks(round(ProgrammeKind.SUBSIDY_PLAN), proposal(ELIGIBLE, "summary", "STARTUP_LOCAL",
                new Proposal.Outcomes(6, 300, 20)))).isEmpty();
    }

    @Test
    void eligibilityAndCompletenessFailuresAreAllListed() {
        EligibilityRules.Applicant preparing = new EligibilityRules.Applicant("SOCIAL_SERVICE_ORGANIZATION",
                "IN_PREPARATION", "511802001000", false, false, List.of("NOT_REGISTERED"));
        assertThat(Screening.checks(round(ProgrammeKind.SUBSIDY_PLAN), proposal(preparing, " ", null,
                new Proposal.Outcomes(6, null, 20))))
                .containsExactly("NOT_REGISTERED", "MATURITY_TOO_LOW", "SUMMARY_MISSING", "OUTCOMES_MISSING",
                        "PLAN_MISSING");
    }

    @Test
    void aDraftIsNotScreened() {
        assertThat(Screening.checks(round(ProgrammeKind.MICRO_VENTURE), proposal(null, "s", null,
                new Proposal.Outcomes(1, 1, 1)))).containsExactly("NOT_SUBMITTED");
    }

    private static Round round(ProgrammeKind kind) {
        return new Round(UUID.randomUUID(), UUID.randomUUID(), kind, "511800000000", "雅安市第一轮", RoundStatus.INITIAL_REVIEW,
                List.of(), new EligibilityRules(Set.of(), "STARTUP", "511800000000"), LocalDate.of(2016, 4, 15),
                LocalDate.of(2016, 5, 30), 0, null, true, 7, null, false, BigDecimal.ZERO,
                List.of(new RubricCriterion("NEED", "需求", BigDecimal.TEN, 10)), null, null, null, "admin",
                Instant.EPOCH);
    }

    private static Proposal proposal(EligibilityRules.Applicant applicant, String summary, String plan,
            Proposal.Outcomes outcomes) {
        return new Proposal(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "雨城区青衣江志愿者协会",
                "511802001000", "防灾减灾社区行", summary, null, plan,
                List.of(new Proposal.BudgetLine(BudgetCategory.ACTIVITY, "活动费", new BigDecimal("8000"))), outcomes,
                applicant == null ? ProposalStatus.DRAFT : ProposalStatus.SUBMITTED, applicant,
                applicant == null ? null : Instant.EPOCH, List.of(), null, null, null, "admin", Instant.EPOCH);
    }
}
