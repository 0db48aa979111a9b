package cn.incubator.incubation.cases;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
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

    private static final Map<Track, Map<Stage, Map<CaseAction, Stage>>> TRANSITIONS = transitions();

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
        Map<CaseAction, Stage> next = TRANSITIONS.get(track).getOrDefault(stage, Map.of());
        return next.isEmpty() ? EnumSet.noneOf(CaseAction.class) : EnumSet.copyOf(next.keySet());
    }

    public boolean allows(CaseAction action) {
        return TRANSITIONS.get(track).getOrDefault(stage, Map.of()).containsKey(action);
    }

    /**
     * The case after the action, with its clocks set.
     *
     * @throws IllegalTransitionException when the track and stage do not allow the action
     */
    public IncubationCase perform(CaseAction action, Instant at) {
        Stage next = TRANSITIONS.get(track).getOrDefault(stage, Map.of()).get(action);
        if (next == null) {
            throw new IllegalTransitionException(stage, action);
        }
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

    private static Map<Track, Map<Stage, Map<CaseAction, Stage>>> transitions() {
        Map<Stage, Map<CaseAction, Stage>> incubation = new EnumMap<>(Stage.class);
        incubation.put(Stage.APPLIED, Map.of(
                CaseAction.START_INSPECTION, Stage.INSPECTION,
                CaseAction.REJECT, Stage.REJECTED,
                CaseAction.WITHDRAW, Stage.WITHDRAWN));
        incubation.put(Stage.INSPECTION, Map.of(
                CaseAction.REQUEST_ADMISSION_EVALUATION, Stage.ADMISSION_EVALUATION,
                CaseAction.REJECT, Stage.REJECTED,
                CaseAction.WITHDRAW, Stage.WITHDRAWN));
        incubation.put(Stage.ADMISSION_EVALUATION, Map.of(
                CaseAction.ADMIT, Stage.IN_SHELL,
                CaseAction.REJECT, Stage.REJECTED,
                CaseAction.WITHDRAW, Stage.WITHDRAWN));
        incubation.put(Stage.IN_SHELL, Map.of(
                CaseAction.START_GROWTH_EVALUATION, Stage.GROWTH_EVALUATION,
                CaseAction.TERMINATE, Stage.TERMINATED));
        incubation.put(Stage.GROWTH_EVALUATION, Map.of(
                CaseAction.GRADUATE, Stage.GRADUATED,
                CaseAction.RETURN_TO_SHELL, Stage.IN_SHELL,
                CaseAction.TERMINATE, Stage.TERMINATED));
        incubation.put(Stage.GRADUATED, Map.of(CaseAction.START_FOLLOW_UP, Stage.FOLLOW_UP));
        incubation.put(Stage.FOLLOW_UP, Map.of(CaseAction.CLOSE, Stage.CLOSED));

        Map<Stage, Map<CaseAction, Stage>> resident = new EnumMap<>(Stage.class);
        resident.put(Stage.APPLIED, Map.of(
                CaseAction.ADMIT_RESIDENT, Stage.RESIDENT,
                CaseAction.REJECT, Stage.REJECTED,
                CaseAction.WITHDRAW, Stage.WITHDRAWN));
        resident.put(Stage.RESIDENT, Map.of(
                CaseAction.RECORD_SERVICE_EVALUATION, Stage.RESIDENT,
                CaseAction.EXIT, Stage.EXITED));

        Map<Track, Map<Stage, Map<CaseAction, Stage>>> all = new EnumMap<>(Track.class);
        all.put(Track.INCUBATION, incubation);
        all.put(Track.RESIDENT, resident);
        return all;
    }
}
