package cn.incubator.grants.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proposal (申报项目) of one organization to a round: budget lines by category (the request is their sum), expected
 * outcomes, the plan it applies under for a subsidy programme, and what the registry answered at submission.
 */
public record Proposal(UUID id, UUID roundId, UUID organizationId, String organizationName, String jurisdictionCode,
        String title, String summary, String priorityArea, String planCode, List<BudgetLine> budget,
        Outcomes expectedOutcomes, ProposalStatus status, EligibilityRules.Applicant applicant, Instant submittedAt,
        List<String> screeningReasons, String screeningComment, String screenedBy, Instant screenedAt,
        String createdBy, Instant createdAt) {

    public Proposal {
        budget = List.copyOf(budget);
        screeningReasons = List.copyOf(screeningReasons);
    }

    /** The requested amount: always the sum of the budget lines. */
    public BigDecimal requested() {
        return requestedOf(budget);
    }

    public static BigDecimal requestedOf(List<BudgetLine> budget) {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * What ranking needs of a proposal that passed initial review: its applicant, plan, request (the sum of its budget
     * lines) and submission time.
     */
    public record Ranked(UUID id, UUID organizationId, String jurisdictionCode, String planCode, BigDecimal requested,
            Instant submittedAt) {
    }

    /** One line of the budget. */
    public record BudgetLine(BudgetCategory category, String description, BigDecimal amount) {
    }

    /** Expected outcomes (预期成效): activities held, person-times served, volunteer person-times. */
    public record Outcomes(Integer activities, Integer personTimes, Integer volunteers) {
        public boolean complete() {
            return activities != null && personTimes != null && volunteers != null;
        }
    }
}
