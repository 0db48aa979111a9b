package cn.incubator.incubation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.lifecycle.LifecycleTables;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stage machine of an incubation case: every legal and every illegal transition, and the clocks. */
class IncubationCaseTest {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    /** 2025-03-01 09:00 in Beijing. */
    private static final Instant ADMITTED = Instant.parse("2025-03-01T01:00:00Z");
    /** Long after every clock of {@link #caseIn} has run out. */
    private static final Instant LATE = ADMITTED.plusSeconds(1000L * 86_400);
    /** Filed in the registry: what graduation needs besides the table. */
    private static final IncubationCase.Grounds FILED = new IncubationCase.Grounds(null, "FILED");

    /** The whole legal table, written out independently of the implementation: track, from, action, to. */
    private static final List<Object[]> LEGAL = List.of(
            row(Track.INCUBATION, Stage.APPLIED, CaseAction.START_INSPECTION, Stage.INSPECTION),
            row(Track.INCUBATION, Stage.APPLIED, CaseAction.REJECT, Stage.REJECTED),
            row(Track.INCUBATION, Stage.APPLIED, CaseAction.WITHDRAW, Stage.WITHDRAWN),
            row(Track.INCUBATION, Stage.INSPECTION, CaseAction.REQUEST_ADMISSION_EVALUATION,
                    Stage.ADMISSION_EVALUATION),
            row(Track.INCUBATION, Stage.INSPECTION, CaseAction.REJECT, Stage.REJECTED),
            row(Track.INCUBATION, Stage.INSPECTION, CaseAction.WITHDRAW, Stage.WITHDRAWN),
            row(Track.INCUBATION, Stage.ADMISSION_EVALUATION, CaseAction.ADMIT, Stage.IN_SHELL),
            row(Track.INCUBATION, Stage.ADMISSION_EVALUATION, CaseAction.REJECT, Stage.REJECTED),
            row(Track.INCUBATION, Stage.ADMISSION_EVALUATION, CaseAction.WITHDRAW, Stage.WITHDRAWN),
            row(Track.INCUBATION, Stage.IN_SHELL, CaseAction.START_GROWTH_EVALUATION, Stage.GROWTH_EVALUATION),
            row(Track.INCUBATION, Stage.IN_SHELL, CaseAction.TERMINATE, Stage.TERMINATED),
            row(Track.INCUBATION, Stage.GROWTH_EVALUATION, CaseAction.GRADUATE, Stage.GRADUATED),
            row(Track.INCUBATION, Stage.GROWTH_EVALUATION, CaseAction.RETURN_TO_SHELL, Stage.IN_SHELL),
            row(Track.INCUBATION, Stage.GROWTH_EVALUATION, CaseAction.TERMINATE, Stage.TERMINATED),
            row(Track.INCUBATION, Stage.GRADUATED, CaseAction.START_FOLLOW_UP, Stage.FOLLOW_UP),
            row(Track.INCUBATION, Stage.FOLLOW_UP, CaseAction.CLOSE, Stage.CLOSED),
            row(Track.RESIDENT, Stage.APPLIED, CaseAction.ADMIT_RESIDENT, Stage.RESIDENT),
            row(Track.RESIDENT, Stage.APPLIED, CaseAction.REJECT, Stage.REJECTED),
            row(Track.RESIDENT, Stage.APPLIED, CaseAction.WITHDRAW, Stage.WITHDRAWN),
            row(Track.RESIDENT, Stage.RESIDENT, CaseAction.RECORD_SERVICE_EVALUATION, Stage.RESIDENT),
            row(Track.RESIDENT, Stage.RESIDENT, CaseAction.EXIT, Stage.EXITED));

    static Stream<Arguments> legalTransitions() {
        return LEGAL.stream().map(Arguments::of);
    }

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> illegal = new ArrayList<>();
        for (Track track : Track.values()) {
            for (Stage stage : Stage.values()) {
                for (CaseAction action : CaseAction.values()) {
                    if (LEGAL.stream().noneMatch(r -> r[0] == track && r[1] == stage && r[2] == action)) {
                        illegal.add(Arguments.of(track, stage, action));
                    }
                }
            }
        }
        return illegal.stream();
    }

    @ParameterizedTest(name = "{0}: {1} --{2}--> {3}")
    @MethodSource("legalTransitions")
    void legalTransitionMovesTheCase(Track track, Stage from, CaseAction action, Stage to) {
        IncubationCase before = caseIn(track, from);

        IncubationCase after = before.perform(action, LATE, FILED);

        assertThat(after.stage()).isEqualTo(to);
        assertThat(before.allows(action)).isTrue();
        assertThat(before.allowedActions()).contains(action);
        assertThat(before.allowedActions(LATE)).as("no clock holds anything once all have run out").contains(action);
        assertThat(after.endedAt() != null).isEqualTo(to.terminal());
    }

    @ParameterizedTest(name = "{0}: {1} refuses {2}")
    @MethodSource("illegalTransitions")
    void illegalTransitionIsRefused(Track track, Stage from, CaseAction action) {
        IncubationCase before = caseIn(track, from);

        assertThat(before.allows(action)).isFalse();
        assertThatThrownBy(() -> before.perform(action, ADMITTED))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(from);
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.allowedActions()).containsExactlyElementsOf(before.allowedActions());
                });
    }

    @Test
    void theTablesCoverEveryCombination() {
        assertThat(LEGAL.size() + illegalTransitions().count())
                .isEqualTo((long) Track.values().length * Stage.values().length * CaseAction.values().length);
    }

    @Test
    void everyStageAndActionHasItsLabelForTheConflictAnswer() {
        LifecycleTables.assertLabelled(Stage.class);
        LifecycleTables.assertLabelled(CaseAction.class);
        assertThat(IncubationCase.lifecycle(Track.RESIDENT)).isSameAs(IncubationCase.RESIDENT_TRACK);
    }

    @Test
    void terminalStagesAllowNothing() {
        for (Track track : Track.values()) {
            for (Stage stage : Stage.values()) {
                if (stage.terminal()) {
                    assertThat(caseIn(track, stage).allowedActions()).as("%s %s", track, stage).isEmpty();
                }
            }
        }
    }

    @Test
    void admissionStartsTenMonthsInShellCountedInBeijingCalendarMonths() {
        IncubationCase admitted = caseIn(Track.INCUBATION, Stage.ADMISSION_EVALUATION)
                .perform(CaseAction.ADMIT, ADMITTED);

        assertThat(admitted.admittedAt()).isEqualTo(ADMITTED);
        // 2025-03-01 09:00 Beijing + 10 months = 2026-01-01 09:00 Beijing.
        assertThat(admitted.inShellEndsAt()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
        assertThat(admitted.growthEvaluationDueAt()).contains(admitted.inShellEndsAt());
    }

    @Test
    void admissionJustAfterMidnightInBeijingKeepsTheBeijingDate() {
        // 2025-02-28 16:30 UTC is 2025-03-01 00:30 in Beijing: the month arithmetic must use the Beijing date.
        Instant justAfterMidnight = Instant.parse("2025-02-28T16:30:00Z");
        IncubationCase admitted = caseIn(Track.INCUBATION, Stage.ADMISSION_EVALUATION)
                .perform(CaseAction.ADMIT, justAfterMidnight);

        assertThat(admitted.inShellEndsAt()).isEqualTo(Instant.parse("2025-12-31T16:30:00Z"));
    }

    @Test
    void followUpLastsTwelveMonthsFromGraduation() {
        Instant graduated = Instant.parse("2026-01-10T02:00:00Z");
        IncubationCase followUp = caseIn(Track.INCUBATION, Stage.GROWTH_EVALUATION)
                .perform(CaseAction.GRADUATE, graduated, FILED)
                .perform(CaseAction.START_FOLLOW_UP, graduated.plusSeconds(7 * 86_400));

        assertThat(followUp.graduatedAt()).isEqualTo(graduated);
        assertThat(followUp.followUpEndsAt()).isEqualTo(Instant.parse("2027-01-10T02:00:00Z"));
    }

    @Test
    void residentIsEvaluatedYearlyFromAdmissionThenFromEachEvaluation() {
        IncubationCase resident = IncubationCase.apply(UUID.randomUUID(), Track.RESIDENT, UUID.randomUUID(), "星沙书法协会",
                XINGSHA, UUID.randomUUID(), ADMITTED.minusSeconds(3600)).perform(CaseAction.ADMIT_RESIDENT, ADMITTED);
        assertThat(resident.serviceEvaluationDueAt()).isEqualTo(Instant.parse("2026-03-01T01:00:00Z"));

        IncubationCase evaluated = resident.perform(CaseAction.RECORD_SERVICE_EVALUATION,
                Instant.parse("2026-02-20T01:00:00Z"));
        assertThat(evaluated.stage()).isEqualTo(Stage.RESIDENT);
        assertThat(evaluated.serviceEvaluationDueAt()).isEqualTo(Instant.parse("2027-02-20T01:00:00Z"));
    }

    @Test
    void overdueClocksAreReportedOnlyWhileTheCaseWaitsOnThem() {
        IncubationCase inShell = caseIn(Track.INCUBATION, Stage.ADMISSION_EVALUATION)
                .perform(CaseAction.ADMIT, ADMITTED);
        assertThat(inShell.overdueClocks(inShell.inShellEndsAt())).isEmpty();
        assertThat(inShell.overdueClocks(inShell.inShellEndsAt().plusSeconds(1)))
                .containsExactly(new IncubationCase.OverdueClock(IncubationCase.ClockKind.GROWTH_EVALUATION_DUE,
                        inShell.inShellEndsAt()));
        IncubationCase evaluating = inShell.perform(CaseAction.START_GROWTH_EVALUATION, inShell.inShellEndsAt());
        assertThat(evaluating.overdueClocks(inShell.inShellEndsAt().plusSeconds(86_400 * 30))).isEmpty();

        IncubationCase followUp = evaluating.perform(CaseAction.GRADUATE, inShell.inShellEndsAt(), FILED)
                .perform(CaseAction.START_FOLLOW_UP, inShell.inShellEndsAt());
        assertThat(followUp.overdueClocks(followUp.followUpEndsAt().plusSeconds(1))).extracting(c -> c.kind())
                .containsExactly(IncubationCase.ClockKind.FOLLOW_UP_ENDED);

        IncubationCase resident = caseIn(Track.RESIDENT, Stage.APPLIED).perform(CaseAction.ADMIT_RESIDENT, ADMITTED);
        assertThat(resident.overdueClocks(resident.serviceEvaluationDueAt().plusSeconds(1))).extracting(c -> c.kind())
                .containsExactly(IncubationCase.ClockKind.SERVICE_EVALUATION_DUE);
        assertThat(resident.perform(CaseAction.EXIT, ADMITTED).overdueClocks(Instant.MAX)).isEmpty();
    }

    @ParameterizedTest(name = "registry status {0} does not let the organization graduate")
    @org.junit.jupiter.params.provider.NullAndEmptySource
    @org.junit.jupiter.params.provider.ValueSource(strings = {"IN_PREPARATION", "CANCELLED", "UNKNOWN", "filed"})
    void graduationNeedsTheOrganizationRegisteredOrFiled(String registryStatus) {
        IncubationCase evaluating = caseIn(Track.INCUBATION, Stage.GROWTH_EVALUATION);

        assertThatThrownBy(() -> evaluating.perform(CaseAction.GRADUATE, LATE,
                new IncubationCase.Grounds("专家组决定", registryStatus)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("graduation-needs-registration");
                    assertThat(e.properties().get("registryStatus"))
                            .isEqualTo(registryStatus == null || registryStatus.isEmpty() ? "UNKNOWN" : registryStatus);
                });
        assertThatThrownBy(() -> evaluating.perform(CaseAction.GRADUATE, LATE))
                .as("no grounds at all").isInstanceOf(RuleViolationException.class);
    }

    @ParameterizedTest(name = "registry status {0} lets the organization graduate")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"REGISTERED", "FILED"})
    void aRegisteredOrFiledOrganizationGraduates(String registryStatus) {
        IncubationCase graduated = caseIn(Track.INCUBATION, Stage.GROWTH_EVALUATION)
                .perform(CaseAction.GRADUATE, LATE, new IncubationCase.Grounds(null, registryStatus));

        assertThat(graduated.stage()).isEqualTo(Stage.GRADUATED);
        assertThat(graduated.graduatedAt()).isEqualTo(LATE);
    }

    @Test
    void graduationBeforeTheInShellPeriodIsOverNeedsThePanelsRecordedReason() {
        IncubationCase evaluating = caseIn(Track.INCUBATION, Stage.GROWTH_EVALUATION);
        Instant endsAt = evaluating.inShellEndsAt();

        for (String noReason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> evaluating.perform(CaseAction.GRADUATE, endsAt.minusSeconds(1),
                    new IncubationCase.Grounds(noReason, "FILED")))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.slug()).isEqualTo("in-shell-period-running");
                        assertThat(e.properties()).containsEntry("action", "GRADUATE")
                                .containsEntry("clock", "GROWTH_EVALUATION_DUE")
                                .containsEntry("endsAt", endsAt);
                        // The date in Beijing: 2026-01-01 09:00 there.
                        assertThat(e.args()).containsExactly("星沙街道邻里互助队", "2026-01-01");
                    });
        }
        assertThat(evaluating.perform(CaseAction.GRADUATE, endsAt.minusSeconds(1),
                new IncubationCase.Grounds("专家组一致认为已具备独立运作能力", "FILED")).stage())
                .isEqualTo(Stage.GRADUATED);
        assertThat(evaluating.perform(CaseAction.GRADUATE, endsAt, FILED).stage())
                .as("at the end of the in-shell period no reason is needed").isEqualTo(Stage.GRADUATED);
    }

    @Test
    void closingBeforeTheFollowUpYearIsOverNeedsARecordedDecision() {
        IncubationCase followUp = caseIn(Track.INCUBATION, Stage.FOLLOW_UP);
        Instant endsAt = followUp.followUpEndsAt();

        assertThatThrownBy(() -> followUp.perform(CaseAction.CLOSE, endsAt.minusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("follow-up-running");
                    assertThat(e.properties()).containsEntry("clock", "FOLLOW_UP_ENDED");
                });
        assertThatThrownBy(() -> followUp.perform(CaseAction.CLOSE, endsAt.minusSeconds(1),
                IncubationCase.Grounds.early(" "))).isInstanceOf(RuleViolationException.class);
        assertThat(followUp.perform(CaseAction.CLOSE, endsAt.minusSeconds(1),
                IncubationCase.Grounds.early("组织迁出本县，后续服务转交属地")).stage()).isEqualTo(Stage.CLOSED);
        assertThat(followUp.perform(CaseAction.CLOSE, endsAt).stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void theClocksSplitWhatTheTableAllowsIntoAllowedNowAndEarlyOnly() {
        for (Track track : Track.values()) {
            for (Stage stage : Stage.values()) {
                IncubationCase c = caseIn(track, stage);
                for (Instant now : new Instant[] {ADMITTED, ADMITTED.plusSeconds(320L * 86_400), LATE}) {
                    Set<CaseAction> allowed = c.allowedActions(now);
                    Set<CaseAction> early = c.earlyActions(now);
                    Set<CaseAction> union = EnumSet.noneOf(CaseAction.class);
                    union.addAll(allowed);
                    union.addAll(early);
                    assertThat(union).as("%s %s at %s", track, stage, now).isEqualTo(c.allowedActions());
                    assertThat(java.util.Collections.disjoint(allowed, early)).as("%s %s at %s", track, stage, now)
                            .isTrue();
                    Set<CaseAction> expectedEarly = EnumSet.noneOf(CaseAction.class);
                    if (track == Track.INCUBATION && stage == Stage.GROWTH_EVALUATION
                            && now.isBefore(c.inShellEndsAt())) {
                        expectedEarly.add(CaseAction.GRADUATE);
                    }
                    if (track == Track.INCUBATION && stage == Stage.FOLLOW_UP && now.isBefore(c.followUpEndsAt())) {
                        expectedEarly.add(CaseAction.CLOSE);
                    }
                    assertThat(early).as("%s %s at %s", track, stage, now).isEqualTo(expectedEarly);
                }
            }
        }
    }

    @Test
    void onlyGraduationAndClosingWaitForAClock() {
        IncubationCase everyClockRunning = caseIn(Track.INCUBATION, Stage.FOLLOW_UP);
        for (CaseAction action : CaseAction.values()) {
            boolean held = everyClockRunning.runningClock(action, ADMITTED).isPresent();
            assertThat(held).as(action.name())
                    .isEqualTo(action == CaseAction.GRADUATE || action == CaseAction.CLOSE);
            assertThat(everyClockRunning.runningClock(action, LATE)).as(action.name()).isEmpty();
        }
    }

    @Test
    void groundsTreatABlankReasonAsNone() {
        assertThat(IncubationCase.Grounds.early("  ").earlyReason()).isNull();
        assertThat(IncubationCase.Grounds.early(" 理由 ").earlyReason()).isEqualTo("理由");
        assertThat(IncubationCase.Grounds.NONE.registryStatus()).isNull();
    }

    @Test
    void onlyTheAdmittedStagesHoldAWorkstation() {
        assertThat(Stream.of(Stage.values()).filter(Stage::admitted))
                .containsExactlyInAnyOrder(Stage.IN_SHELL, Stage.GROWTH_EVALUATION, Stage.RESIDENT);
    }

    /** A case of the track in the stage, with the clocks it would have reached it with. */
    private static IncubationCase caseIn(Track track, Stage stage) {
        Instant graduated = stage == Stage.GRADUATED || stage == Stage.FOLLOW_UP || stage == Stage.CLOSED
                ? ADMITTED.plusSeconds(300L * 86_400) : null;
        boolean admitted = stage.admitted() || graduated != null || stage == Stage.TERMINATED
                || stage == Stage.EXITED;
        return new IncubationCase(UUID.randomUUID(), track, stage, UUID.randomUUID(), "星沙街道邻里互助队", XINGSHA,
                UUID.randomUUID(), ADMITTED.minusSeconds(90L * 86_400),
                admitted ? ADMITTED : null,
                admitted && track == Track.INCUBATION ? IncubationCase.plusMonths(ADMITTED, 10) : null,
                graduated,
                stage == Stage.FOLLOW_UP || stage == Stage.CLOSED ? IncubationCase.plusMonths(graduated, 12) : null,
                admitted && track == Track.RESIDENT ? IncubationCase.plusMonths(ADMITTED, 12) : null,
                stage.terminal() ? ADMITTED : null, 0);
    }

    private static Object[] row(Track track, Stage from, CaseAction action, Stage to) {
        return new Object[] {track, from, action, to};
    }
}
