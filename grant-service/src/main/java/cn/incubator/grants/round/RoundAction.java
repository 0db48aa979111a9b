package cn.incubator.grants.round;

/** What an officer does to a round; {@link RoundStatus#after} says where each leads. */
public enum RoundAction {
    /** Publish the call (发布申报通知). */
    PUBLISH,
    /**
     * End the call: no proposal is accepted any more. Before the published closing date it needs a reason, and every
     * applicant with a draft is told.
     */
    CLOSE,
    /** Start initial review (初审 / 微创投的筛选). */
    START_INITIAL_REVIEW,
    /** Hand the proposals that passed initial review to the expert panel (专家评审). */
    START_EXPERT_REVIEW,
    /** Rank and allocate (排序与分配); repeatable while ranked, to take late scores into account. */
    RANK,
    /**
     * Return a ranked round to expert review (重新评审), with a recorded reason: a missing sheet, a late conflict. Only
     * before the notice is published.
     */
    REOPEN_REVIEW,
    /** Publish the result for public notice (公示). */
    PUBLISH_NOTICE,
    /** Make the allocation final after the notice: the awards are made. */
    FINALIZE,
    /** Cancel the round; what it had committed returns to the pool. */
    CANCEL
}
