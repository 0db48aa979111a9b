package cn.incubator.training.survey;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;

/**
 * A survey (需求调查): drafted (草稿) → open for answers (征集中) → closed (已结束). Organizations answer while it is
 * open (and between its open and close times); the course plan is accepted from a closed survey's answers.
 */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED;

    public enum Action {
        OPEN, ANSWER, CLOSE, ACCEPT_PLAN
    }

    /** The whole lifecycle of a survey. */
    public static final Lifecycle<SurveyStatus, Action> LIFECYCLE = Lifecycle.of(SurveyStatus.class, Action.class)
            .allow(DRAFT, Action.OPEN, OPEN)
            .allow(OPEN, Action.ANSWER, OPEN)
            .allow(OPEN, Action.CLOSE, CLOSED)
            .allow(CLOSED, Action.ACCEPT_PLAN, CLOSED)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public SurveyStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
