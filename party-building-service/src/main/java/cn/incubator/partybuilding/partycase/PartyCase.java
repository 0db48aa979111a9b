package cn.incubator.partybuilding.partycase;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.time.Instant;
import java.util.EnumSet;
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

    /** The whole stage lifecycle of a case. */
    public static final Lifecycle<Stage, StageAction> STAGES = Lifecycle.of(Stage.class, StageAction.class)
            .allow(Stage.ADMISSION_SURVEY, StageAction.COMPLETE_SURVEY, Stage.MEMBER_DISCOVERY)
            .allow(Stage.MEMBER_DISCOVERY, StageAction.COMPLETE_DISCOVERY, Stage.SUPPORT)
            .allow(Stage.SUPPORT, StageAction.START_FORMATION, Stage.FORMATION)
            .allow(Stage.FORMATION, StageAction.COMPLETE_FORMATION, Stage.FOLLOW_UP)
            .allow(EnumSet.complementOf(EnumSet.of(Stage.CLOSED)), StageAction.CLOSE, Stage.CLOSED)
            .build();

    /**
     * The work each stage allows: members, arrangements and model selection (示范评选) while the case is open, star
     * ratings (星级评定) in follow-up only; a closed case takes none.
     */
    public static final Lifecycle<Stage, CaseWork> WORK = work();

    /**
     * The case after a stage action; completing formation also needs the organization covered as its member count
     * requires ({@link #formationComplete()}), which the service checks first to name what is missing.
     *
     * @throws IllegalTransitionException when the stage does not allow the action
     */
    public PartyCase apply(StageAction action, Instant now) {
        Stage next = STAGES.after(stage, action);
        if (action == StageAction.COMPLETE_FORMATION && !formationComplete()) {
            throw new IllegalStateException("Formation is checked complete before it is completed");
        }
        return new PartyCase(next, coverage, action == StageAction.COMPLETE_DISCOVERY ? now : discoveryCompletedAt);
    }

    /** Whether the organization is covered as its member count requires, so that formation may complete. */
    public boolean formationComplete() {
        return coverage.satisfied();
    }

    /**
     * Checks that the stage allows {@code work}.
     *
     * @throws IllegalTransitionException when it does not
     */
    public void require(CaseWork work) {
        WORK.require(stage, work);
    }

    /** Members are recorded and arrangements changed while the case is open, whatever its stage. */
    public boolean isOpen() {
        return stage != Stage.CLOSED;
    }

    public PartyCase with(Coverage changed) {
        return new PartyCase(stage, changed, discoveryCompletedAt);
    }

    private static Lifecycle<Stage, CaseWork> work() {
        Lifecycle.Builder<Stage, CaseWork> work = Lifecycle.of(Stage.class, CaseWork.class);
        for (CaseWork each : CaseWork.values()) {
            boolean followUpOnly = each == CaseWork.RATE_STARS;
            work.allowStaying(followUpOnly ? EnumSet.of(Stage.FOLLOW_UP)
                    : EnumSet.complementOf(EnumSet.of(Stage.CLOSED)), each);
        }
        return work.build();
    }
}
