package cn.incubator.incubation.cases;

import cn.incubator.platform.text.Display;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import cn.incubator.platform.transition.RuleViolationException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An incubation case (孵化案例): one organization's way through one base, with its stage and clocks.
 *
 * <p>Incubation track (Ejin Horo's five stages): application (项目申请) → inspection and coaching (考察辅导) →
 * admission evaluation (入壳评估) → in shell (在壳, {@value #IN_SHELL_MONTHS} months from admission) → growth
 * evaluation (成长评估) → graduated (出壳) → follow-up services (后续服务, {@value #FOLLOW_UP_MONTHS} months from
 * graduation) → closed. Resident track (入驻区): application → resident, evaluated every
 * {@value #SERVICE_EVALUATION_MONTHS} months → exited. Rejection and withdrawal end a case before admission;
 * termination ends an admitted incubation case.
 *
 * <p>Transitions are guarded: {@link #perform} refuses any action the track and stage do not allow. Clocks are
 * counted in calendar months in China time, because "10 months from admission" means the same day of the month in
 * Beijing, not a fixed number of seconds.
 *
 * <p>Clocks gate: graduation (出壳) before the in-shell period has run out, and closing (结案) before the follow-up
 * year has run out, need a decision recorded with its reason ({@link Grounds#earlyReason()}: the growth panel's
 * early-graduation decision, the officer's decision to end the follow-up early); otherwise 409
 * {@code in-shell-period-running} or {@code follow-up-running}.
 * Graduation also needs the organization to exist in law: registered (登记) or filed (备案) in the registry
 * ({@link Grounds#registryStatus()}), otherwise 409 {@code graduation-needs-registration}.
 *
 * @param inShellEndsAt             end of the in-shell period; also when the growth evaluation is due
 * @param followUpEndsAt            end of the follow-up year
 * @param serviceEvaluationDueAt    next yearly service evaluation of a resident organization
 * @param version                   optimistic lock: a write based on an older version is refused
 */
public record IncubationCase(
        UUID id,
        Track track,
        Stage stage,
        UUID organizationId,
        String organizationName,
        Jurisdiction jurisdiction,
        UUID baseId,
        Instant appliedAt,
        Instant admittedAt,
        Instant inShellEndsAt,
        Instant graduatedAt,
        Instant followUpEndsAt,
        Instant serviceEvaluationDueAt,
        Instant endedAt,
        long version) {

    public static final int IN_SHELL_MONTHS = 10;
    public static final int FOLLOW_UP_MONTHS = 12;
    public static final int SERVICE_EVALUATION_MONTHS = 12;
    static final ZoneId CHINA = Display.ZONE;

    /** The whole lifecycle of a case on the incubation track (孵化). */
    public static final Lifecycle<Stage, CaseAction> INCUBATION_TRACK = Lifecycle.of(Stage.class, CaseAction.class)
            .allow(Stage.APPLIED, CaseAction.START_INSPECTION, Stage.INSPECTION)
            .allow(Stage.INSPECTION, CaseAction.REQUEST_ADMISSION_EVALUATION, Stage.ADMISSION_EVALUATION)
            .allow(Stage.ADMISSION_EVALUATION, CaseAction.ADMIT, Stage.IN_SHELL)
            .allow(EnumSet.of(Stage.APPLIED, Stage.INSPECTION, Stage.ADMISSION_EVALUATION), CaseAction.REJECT,
                    Stage.REJECTED)
            .allow(EnumSet.of(Stage.APPLIED, Stage.INSPECTION, Stage.ADMISSION_EVALUATION), CaseAction.WITHDRAW,
                    Stage.WITHDRAWN)
            .allow(Stage.IN_SHELL, CaseAction.START_GROWTH_EVALUATION, Stage.GROWTH_EVALUATION)
            .allow(Stage.GROWTH_EVALUATION, CaseAction.GRADUATE, Stage.GRADUATED)
            .allow(Stage.GROWTH_EVALUATION, CaseAction.RETURN_TO_SHELL, Stage.IN_SHELL)
            .allow(EnumSet.of(Stage.IN_SHELL, Stage.GROWTH_EVALUATION), CaseAction.TERMINATE, Stage.TERMINATED)
            .allow(Stage.GRADUATED, CaseAction.START_FOLLOW_UP, Stage.FOLLOW_UP)
            .allow(Stage.FOLLOW_UP, CaseAction.CLOSE, Stage.CLOSED)
            .build();

    /** The whole lifecycle of a case on the resident track (入驻区). */
    public static final Lifecycle<Stage, CaseAction> RESIDENT_TRACK = Lifecycle.of(Stage.class, CaseAction.class)
            .allow(Stage.APPLIED, CaseAction.ADMIT_RESIDENT, Stage.RESIDENT)
            .allow(Stage.APPLIED, CaseAction.REJECT, Stage.REJECTED)
            .allow(Stage.APPLIED, CaseAction.WITHDRAW, Stage.WITHDRAWN)
            .allow(Stage.RESIDENT, CaseAction.RECORD_SERVICE_EVALUATION, Stage.RESIDENT)
            .allow(Stage.RESIDENT, CaseAction.EXIT, Stage.EXITED)
            .build();

    public IncubationCase {
        Objects.requireNonNull(id);
        Objects.requireNonNull(track);
        Objects.requireNonNull(stage);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(jurisdiction);
        Objects.requireNonNull(baseId);
        Objects.requireNonNull(appliedAt);
    }

    /** A new application (项目申请) to a base. */
    public static IncubationCase apply(UUID id, Track track, UUID organizationId, String organizationName,
            Jurisdiction jurisdiction, UUID baseId, Instant at) {
        return new IncubationCase(id, track, Stage.APPLIED, organizationId, organizationName, jurisdiction, baseId,
                at, null, null, null, null, null, null, 0);
    }

    /** Registry statuses of an organization that exists in law: 已登记, 已备案. */
    public static final Set<String> LEGALLY_EXISTING = Set.of("REGISTERED", "FILED");

    /** The actions the track and stage allow, whatever the clocks say. */
    public Set<CaseAction> allowedActions() {
        return lifecycle(track).allowedActions(stage);
    }

    /** The actions the case allows at {@code now} without a recorded early decision: the table minus running clocks. */
    public Set<CaseAction> allowedActions(Instant now) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : allowedActions()) {
            if (runningClock(action, now).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** The actions the table allows but a clock still holds at {@code now}: possible only as an early decision. */
    public Set<CaseAction> earlyActions(Instant now) {
        Set<CaseAction> early = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : allowedActions()) {
            if (runningClock(action, now).isPresent()) {
                early.add(action);
            }
        }
        return early;
    }

    /**
     * The clock that holds {@code action} at {@code now}, with the instant it runs out: graduation waits for the
     * end of the in-shell period, closing for the end of the follow-up year. Empty when nothing holds it.
     */
    public Optional<OverdueClock> runningClock(CaseAction action, Instant now) {
        Instant endsAt = switch (action) {
            case GRADUATE -> inShellEndsAt;
            case CLOSE -> followUpEndsAt;
            default -> null;
        };
        if (endsAt == null || !now.isBefore(endsAt)) {
            return Optional.empty();
        }
        ClockKind kind = action == CaseAction.GRADUATE ? ClockKind.GROWTH_EVALUATION_DUE : ClockKind.FOLLOW_UP_ENDED;
        return Optional.of(new OverdueClock(kind, endsAt));
    }

    public boolean allows(CaseAction action) {
        return lifecycle(track).allows(stage, action);
    }

    /** The whole lifecycle of a case on {@code track}. */
    public static Lifecycle<Stage, CaseAction> lifecycle(Track track) {
        return switch (track) {
            case INCUBATION -> INCUBATION_TRACK;
            case RESIDENT -> RESIDENT_TRACK;
        };
    }

    /**
     * The case after the action, with its clocks set, on no grounds beyond the table: a step a clock holds or
     * graduation is refused.
     *
     * @throws IllegalTransitionException when the track and stage do not allow the action
     * @throws RuleViolationException     when a clock holds the action or graduation lacks its registration
     */
    public IncubationCase perform(CaseAction action, Instant at) {
        return perform(action, at, Grounds.NONE);
    }

    /**
     * The case after the action, with its clocks set.
     *
     * @param grounds what the step rests on beyond the table: an early decision's reason, the registry's status
     * @throws IllegalTransitionException when the track and stage do not allow the action
     * @throws RuleViolationException     {@code in-shell-period-running} / {@code follow-up-running} when a clock
     *                                    holds the action and no early decision is recorded with its reason; {@code graduation-needs-registration} when
     *                                    the organization is neither registered nor filed
     */
    public IncubationCase perform(CaseAction action, Instant at, Grounds grounds) {
        Stage next = lifecycle(track).after(stage, action);
        Objects.requireNonNull(at);
        Objects.requireNonNull(grounds);
        if (action == CaseAction.GRADUATE && (grounds.registryStatus() == null
                || !LEGALLY_EXISTING.contains(grounds.registryStatus()))) {
            String status = grounds.registryStatus() == null || grounds.registryStatus().isBlank() ? "UNKNOWN"
                    : grounds.registryStatus();
            throw new RuleViolationException("graduation-needs-registration", new Object[] {organizationName, status},
                    Map.of("registryStatus", status));
        }
        Optional<OverdueClock> clock = runningClock(action, at);
        if (clock.isPresent() && grounds.earlyReason() == null) {
            throw new RuleViolationException(action == CaseAction.GRADUATE ? "in-shell-period-running"
                    : "follow-up-running", new Object[] {organizationName,
                            clock.get().dueAt().atZone(CHINA).toLocalDate().toString()},
                    Map.of("action", action.name(), "clock", clock.get().kind().name(),
                            "endsAt", clock.get().dueAt()));
        }
        Instant admitted = admittedAt;
        Instant inShellEnds = inShellEndsAt;
        Instant graduated = graduatedAt;
        Instant followUpEnds = followUpEndsAt;
        Instant serviceDue = serviceEvaluationDueAt;
        switch (action) {
            case ADMIT -> {
                admitted = at;
                inShellEnds = plusMonths(at, IN_SHELL_MONTHS);
            }
            case GRADUATE -> graduated = at;
            case START_FOLLOW_UP -> followUpEnds = plusMonths(graduatedAt, FOLLOW_UP_MONTHS);
            case ADMIT_RESIDENT -> {
                admitted = at;
                serviceDue = plusMonths(at, SERVICE_EVALUATION_MONTHS);
            }
            case RECORD_SERVICE_EVALUATION -> serviceDue = plusMonths(at, SERVICE_EVALUATION_MONTHS);
            default -> {
            }
        }
        Instant ended = next.terminal() ? at : null;
        return new IncubationCase(id, track, next, organizationId, organizationName, jurisdiction, baseId, appliedAt,
                admitted, inShellEnds, graduated, followUpEnds, serviceDue, ended, version);
    }

    /** When the growth evaluation (成长评估) is due: at the end of the in-shell period. */
    public Optional<Instant> growthEvaluationDueAt() {
        return Optional.ofNullable(inShellEndsAt);
    }

    /** The clocks that have run out at {@code now} while the case still waits on them. */
    public List<OverdueClock> overdueClocks(Instant now) {
        List<OverdueClock> overdue = new ArrayList<>();
        if (stage == Stage.IN_SHELL && now.isAfter(inShellEndsAt)) {
            overdue.add(new OverdueClock(ClockKind.GROWTH_EVALUATION_DUE, inShellEndsAt));
        }
        if (stage == Stage.FOLLOW_UP && now.isAfter(followUpEndsAt)) {
            overdue.add(new OverdueClock(ClockKind.FOLLOW_UP_ENDED, followUpEndsAt));
        }
        if (stage == Stage.RESIDENT && now.isAfter(serviceEvaluationDueAt)) {
            overdue.add(new OverdueClock(ClockKind.SERVICE_EVALUATION_DUE, serviceEvaluationDueAt));
        }
        return overdue;
    }

    public IncubationCase withVersion(long newVersion) {
        return new IncubationCase(id, track, stage, organizationId, organizationName, jurisdiction, baseId,
                appliedAt, admittedAt, inShellEndsAt, graduatedAt, followUpEndsAt, serviceEvaluationDueAt, endedAt,
                newVersion);
    }

    /**
     * What a step rests on beyond the lifecycle table.
     *
     * @param earlyReason    the reason of a decision recorded to act before the clock (提前出壳, 提前结案); blank is none
     * @param registryStatus the organization's status in the registry when the step needs it (出壳), e.g. FILED
     */
    public record Grounds(String earlyReason, String registryStatus) {

        public static final Grounds NONE = new Grounds(null, null);

        public Grounds {
            earlyReason = earlyReason == null || earlyReason.isBlank() ? null : earlyReason.strip();
        }

        public static Grounds early(String reason) {
            return new Grounds(reason, null);
        }
    }

    /** A clock of the case. */
    public enum ClockKind {
        /** In-shell period over: the growth evaluation is due. */
        GROWTH_EVALUATION_DUE,
        /** The follow-up year is over: the case should be closed. */
        FOLLOW_UP_ENDED,
        /** A resident organization's yearly service evaluation is due. */
        SERVICE_EVALUATION_DUE
    }

    /** A clock that ran out, and when. */
    public record OverdueClock(ClockKind kind, Instant dueAt) {
    }

    static Instant plusMonths(Instant at, int months) {
        return at.atZone(CHINA).plusMonths(months).toInstant();
    }
}
