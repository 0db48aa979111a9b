package cn.incubator.grants.review;

import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.grants.round.Round;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of initial review (初审; a micro-venture's screening 筛选), computed for the officer who confirms them:
 * eligibility against the round's rules from what the registry answered at submission, and completeness. Plain Java.
 */
public final class Screening {

    private Screening() {
    }

    /** Why the proposal cannot pass; empty when every check passes. */
    public static List<String> checks(Round round, Proposal proposal) {
        List<String> reasons = new ArrayList<>();
        if (proposal.status() == ProposalStatus.DRAFT || proposal.applicant() == null) {
            reasons.add("NOT_SUBMITTED");
            return reasons;
        }
        reasons.addAll(round.eligibility().reasons(proposal.applicant()));
        if (proposal.summary() == null || proposal.summary().isBlank()) {
            reasons.add("SUMMARY_MISSING");
        }
        if (!proposal.expectedOutcomes().complete()) {
            reasons.add("OUTCOMES_MISSING");
        }
        if (proposal.budget().isEmpty()) {
            reasons.add("BUDGET_MISSING");
        }
        if (round.kind().needsPlan() && proposal.planCode() == null) {
            reasons.add("PLAN_MISSING");
        }
        return List.copyOf(reasons);
    }
}
