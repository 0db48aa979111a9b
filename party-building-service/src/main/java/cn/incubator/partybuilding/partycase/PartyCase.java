package cn.incubator.partybuilding.partycase;

import java.time.Instant;
import java.util.Objects;

/**
 * A party-organization incubation case (党组织孵化): one per admitted organization ("入驻一家, 覆盖一家"), moving
 * through admission survey (入壳考察) → member discovery (发现党员) → support (支持帮扶) → formation (发展组建) →
 * follow-up (后续服务). Every transition is guarded; formation completes only once the organization is covered as
 * its member count requires.
 *
 * @param discoveryCompletedAt when member discovery was done (coverage reports count the days since admission)
 */
public record PartyCase(Stage stage, Coverage coverage, Instant discoveryCompletedAt) {

    public PartyCase {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** A case as it opens on admission: nobody has looked at members yet. */
    public static PartyCase opened() {
        return new PartyCase(Stage.ADMISSION_SURVEY, new Coverage(0, false, false, false, false), null);
    }

    /**
     * @throws IllegalTransitionException   when the stage does not allow the action
     * @throws FormationIncompleteException when formation is to complete but coverage falls short
     */
    public PartyCase apply(StageAction action, Instant now) {
        return switch (action) {
            case COMPLETE_SURVEY -> moveFrom(Stage.ADMISSION_SURVEY, action, Stage.MEMBER_DISCOVERY);
            case COMPLETE_DISCOVERY -> {
                PartyCase next = moveFrom(Stage.MEMBER_DISCOVERY, action, Stage.SUPPORT);
                yield new PartyCase(next.stage, coverage, now);
            }
            case START_FORMATION -> moveFrom(Stage.SUPPORT, action, Stage.FORMATION);
            case COMPLETE_FORMATION -> {
                PartyCase next = moveFrom(Stage.FORMATION, action, Stage.FOLLOW_UP);
                if (!coverage.satisfied()) {
                    throw new FormationIncompleteException(coverage.required(), coverage.shortfalls());
                }
                yield next;
            }
            case CLOSE -> {
                if (stage == Stage.CLOSED) {
                    throw new IllegalTransitionException(stage, action);
                }
                yield new PartyCase(Stage.CLOSED, coverage, discoveryCompletedAt);
            }
        };
    }

    /** Members are recorded and arrangements changed while the case is open, whatever its stage. */
    public boolean isOpen() {
        return stage != Stage.CLOSED;
    }

    public PartyCase with(Coverage changed) {
        return new PartyCase(stage, changed, discoveryCompletedAt);
    }

    private PartyCase moveFrom(Stage expected, StageAction action, Stage target) {
        if (stage != expected) {
            throw new IllegalTransitionException(stage, action);
        }
        return new PartyCase(target, coverage, discoveryCompletedAt);
    }
}
