package cn.incubator.incubation.cases;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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

    /** The actions the case allows now. */
    public Set<CaseAction> allowedActions() {
        return lifecycle(track).allowedActions(stage);
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
     * The case after the action, with its clocks set.
     *
     * @throws IllegalTransitionException when the track and stage do not allow the action
     */
    public IncubationCase perform(CaseAction action, Instant at) {
        Stage next = lifecycle(track).after(stage, action);
        Objects.requireNonNull(at);
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
