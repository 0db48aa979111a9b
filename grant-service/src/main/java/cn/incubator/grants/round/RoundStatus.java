package cn.incubator.grants.round;

import java.util.Optional;

/**
 * Where a round (一轮公益创投 / 微创投 / 资助计划申报) stands. The lifecycle is the same for every kind of programme:
 * call (征集) → closed → initial review (初审; a micro-venture's screening 筛选) → expert review (专家评审) → ranked and
 * allocated → public notice (公示) → final. A round can be cancelled at any point before it is final.
 */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED, INITIAL_REVIEW, EXPERT_REVIEW, RANKED, PUBLIC_NOTICE, FINAL, CANCELLED;

    /** The status the action leads to, or empty when the action is not allowed in this status. */
    public Optional<RoundStatus> after(RoundAction action) {
        RoundStatus next = switch (action) {
            case PUBLISH -> this == DRAFT ? OPEN : null;
            case CLOSE -> this == OPEN ? CLOSED : null;
            case START_INITIAL_REVIEW -> this == CLOSED ? INITIAL_REVIEW : null;
            case START_EXPERT_REVIEW -> this == INITIAL_REVIEW ? EXPERT_REVIEW : null;
            case RANK -> this == EXPERT_REVIEW || this == RANKED ? RANKED : null;
            case PUBLISH_NOTICE -> this == RANKED ? PUBLIC_NOTICE : null;
            case FINALIZE -> this == PUBLIC_NOTICE ? FINAL : null;
            case CANCEL -> this == FINAL || this == CANCELLED ? null : CANCELLED;
        };
        return Optional.ofNullable(next);
    }

    public boolean allows(RoundAction action) {
        return after(action).isPresent();
    }
}
