package cn.incubator.grants.round;

import java.util.Optional;

/** Where a proposal (申报项目) stands: a draft until submitted; then passed or failed at initial review (初审). */
public enum ProposalStatus {
    DRAFT, SUBMITTED, PASSED, FAILED;

    /** What can happen to a proposal. */
    public enum Action { EDIT, SUBMIT, PASS, FAIL }

    /**
     * The status after the action, or empty when not allowed. Initial review may revise its own decision (a failed
     * proposal can pass after a missing document arrives) while the round is still in initial review; the round
     * guards that.
     */
    public Optional<ProposalStatus> after(Action action) {
        ProposalStatus next = switch (action) {
            case EDIT -> this == DRAFT ? DRAFT : null;
            case SUBMIT -> this == DRAFT ? SUBMITTED : null;
            case PASS -> this == DRAFT ? null : PASSED;
            case FAIL -> this == DRAFT ? null : FAILED;
        };
        return Optional.ofNullable(next);
    }
}
