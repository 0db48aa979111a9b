package cn.incubator.partybuilding.partycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import cn.incubator.platform.transition.IllegalTransitionException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five stages of party-organization incubation, every transition and every refusal. */
class PartyCaseTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final Coverage COVERED_BY_INSTRUCTOR = new Coverage(0, true, true, false, false);

    /** The one legal action of each open stage and where it leads. */
    private static final Map<Stage, Map.Entry<StageAction, Stage>> FORWARD = Map.of(
            Stage.ADMISSION_SURVEY, Map.entry(StageAction.COMPLETE_SURVEY, Stage.MEMBER_DISCOVERY),
            Stage.MEMBER_DISCOVERY, Map.entry(StageAction.COMPLETE_DISCOVERY, Stage.SUPPORT),
            Stage.SUPPORT, Map.entry(StageAction.START_FORMATION, Stage.FORMATION),
            Stage.FORMATION, Map.entry(StageAction.COMPLETE_FORMATION, Stage.FOLLOW_UP));

    @Test
    void caseOpensInAdmissionSurveyWithNoMembersKnown() {
        PartyCase opened = PartyCase.opened();

        assertThat(opened.stage()).isEqualTo(Stage.ADMISSION_SURVEY);
        assertThat(opened.coverage().memberCount()).isZero();
        assertThat(opened.discoveryCompletedAt()).isNull();
    }

    @Test
    void walksAllFiveStagesInOrder() {
        PartyCase c = PartyCase.opened().with(COVERED_BY_INSTRUCTOR);
        for (Stage expected : new Stage[] {Stage.MEMBER_DISCOVERY, Stage.SUPPORT, Stage.FORMATION, Stage.FOLLOW_UP}) {
            c = c.apply(FORWARD.get(c.stage()).getKey(), NOW);
            assertThat(c.stage()).isEqualTo(expected);
        }
    }

    @Test
    void completingDiscoveryRecordsWhen() {
        PartyCase inDiscovery = new PartyCase(Stage.MEMBER_DISCOVERY, COVERED_BY_INSTRUCTOR, null);

        assertThat(inDiscovery.apply(StageAction.COMPLETE_DISCOVERY, NOW).discoveryCompletedAt()).isEqualTo(NOW);
    }

    static Stream<Arguments> legalForwardMoves() {
        return FORWARD.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().getKey(), e.getValue().getValue()));
    }

    @ParameterizedTest(name = "{1} in {0} leads to {2}")
    @MethodSource("legalForwardMoves")
    void eachStageAllowsItsOwnAction(Stage from, StageAction action, Stage to) {
        assertThat(new PartyCase(from, COVERED_BY_INSTRUCTOR, null).apply(action, NOW).stage()).isEqualTo(to);
    }

    @Test
    void theWholeStageTableEveryOtherPairRefusedNamingStageActionAndAllowedActions() {
        LifecycleTables.assertExactly(PartyCase.STAGES, """
                ADMISSION_SURVEY COMPLETE_SURVEY MEMBER_DISCOVERY
                MEMBER_DISCOVERY COMPLETE_DISCOVERY SUPPORT
                SUPPORT START_FORMATION FORMATION
                FORMATION COMPLETE_FORMATION FOLLOW_UP
                ADMISSION_SURVEY CLOSE CLOSED
                MEMBER_DISCOVERY CLOSE CLOSED
                SUPPORT CLOSE CLOSED
                FORMATION CLOSE CLOSED
                FOLLOW_UP CLOSE CLOSED
                """);
        assertThatThrownBy(() -> new PartyCase(Stage.SUPPORT, COVERED_BY_INSTRUCTOR, null)
                .apply(StageAction.COMPLETE_SURVEY, NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowedActions())
                        .containsExactly(StageAction.START_FORMATION, StageAction.CLOSE));
    }

    @Test
    void membersAndArrangementsWhileOpenStarRatingsInFollowUpOnlyNothingWhenClosed() {
        StringBuilder table = new StringBuilder();
        for (Stage stage : Stage.values()) {
            for (CaseWork work : CaseWork.values()) {
                boolean allowed = stage != Stage.CLOSED && (work != CaseWork.RATE_STARS || stage == Stage.FOLLOW_UP);
                if (allowed) {
                    table.append(stage).append(' ').append(work).append(' ').append(stage).append('\n');
                }
            }
        }
        LifecycleTables.assertExactly(PartyCase.WORK, table.toString());
        assertThat(PartyCase.WORK.allowedActions(Stage.FOLLOW_UP)).contains(CaseWork.RATE_STARS);
        assertThat(PartyCase.WORK.allowedActions(Stage.FORMATION)).hasSize(CaseWork.values().length - 1)
                .doesNotContain(CaseWork.RATE_STARS);
        assertThat(PartyCase.WORK.allowedActions(Stage.CLOSED)).isEmpty();
    }

    @Test
    void aProposalIsDecidedOnceOrSupersededWhilePending() {
        LifecycleTables.assertExactly(FormationProposal.Status.LIFECYCLE, """
                PENDING ACCEPT ACCEPTED
                PENDING REJECT REJECTED
                PENDING SUPERSEDE SUPERSEDED
                """);
    }

    @ParameterizedTest
    @MethodSource("openStages")
    void anyOpenCaseCanBeClosed(Stage stage) {
        PartyCase closed = new PartyCase(stage, COVERED_BY_INSTRUCTOR, null).apply(StageAction.CLOSE, NOW);

        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.isOpen()).isFalse();
    }

    static Stream<Stage> openStages() {
        return Stream.of(Stage.values()).filter(s -> s != Stage.CLOSED);
    }

    @Test
    void formationDoesNotCompleteWithoutInstructorAndPlanWhenThereAreNoMembers() {
        PartyCase c = new PartyCase(Stage.FORMATION, new Coverage(0, false, false, false, false), null);

        assertThat(c.formationComplete()).isFalse();
        assertThat(c.coverage().required()).isEqualTo(Formation.INSTRUCTOR_AND_DEVELOPMENT);
        assertThat(c.coverage().shortfalls()).containsExactly(Shortfall.INSTRUCTOR_MISSING,
                Shortfall.DEVELOPMENT_PLAN_MISSING);
        assertThatThrownBy(() -> c.apply(StageAction.COMPLETE_FORMATION, NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void formationDoesNotCompleteWithTwoMembersOutsideAJointBranch() {
        PartyCase c = new PartyCase(Stage.FORMATION, new Coverage(2, true, true, false, false), null);

        assertThat(c.formationComplete()).isFalse();
        assertThat(c.coverage().shortfalls()).containsExactly(Shortfall.JOINT_BRANCH_MISSING);
        assertThat(c.with(new Coverage(2, false, false, true, false)).apply(StageAction.COMPLETE_FORMATION, NOW)
                .stage()).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void formationDoesNotCompleteWithThreeMembersStillInAJointBranch() {
        PartyCase c = new PartyCase(Stage.FORMATION, new Coverage(3, true, true, true, false), null);

        assertThat(c.formationComplete()).isFalse();
        assertThat(c.coverage().shortfalls()).containsExactly(Shortfall.OWN_BRANCH_MISSING);
        assertThat(c.with(new Coverage(3, false, false, false, true)).apply(StageAction.COMPLETE_FORMATION, NOW)
                .stage()).isEqualTo(Stage.FOLLOW_UP);
    }
}
