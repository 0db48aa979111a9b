package cn.incubator.grants.round;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

/** Where a proposal (申报项目) stands: a draft until submitted; then passed or failed at initial review (初审). */
public enum ProposalStatus {
    DRAFT, SUBMITTED, PASSED, FAILED;

    /** What can happen to a proposal. */
    public enum Action { EDIT, SUBMIT, PASS, FAIL }

    /**
     * The whole lifecycle of a proposal. Initial review may revise its own decision (a failed proposal can pass after
     * a missing document arrives) while the round is still in initial review; the round guards that.
     */
    public static final Lifecycle<ProposalStatus, Action> LIFECYCLE = Lifecycle
            .of(ProposalStatus.class, Action.class)
            .allow(DRAFT, Action.EDIT, DRAFT)
            .allow(DRAFT, Action.SUBMIT, SUBMITTED)
            .allow(EnumSet.of(SUBMITTED, PASSED, FAILED), Action.PASS, PASSED)
            .allow(EnumSet.of(SUBMITTED, PASSED, FAILED), Action.FAIL, FAILED)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public ProposalStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
