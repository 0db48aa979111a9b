package cn.incubator.training.attendance;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.enrolment.Enrolment;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.enrolment.EnrolmentStatus;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.SessionStatus;
import cn.incubator.training.session.TrainingSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance (考勤). Whoever runs the session issues one-time codes per person and sitting (the QR slips); a code
 * checks its person in once, and only during the sitting (from {@link #OPENS_BEFORE} before its start to its end),
 * late past {@link #LATE_AFTER}. The trainer's roll call records or corrects anyone, absent included, once the sitting
 * has started. Person-times (人次) are counted from the rows.
 */
@Service
public class AttendanceService {

    /** Check-in opens this long before a sitting starts. */
    public static final Duration OPENS_BEFORE = Duration.ofMinutes(30);
    /** A check-in this long after the start is late (迟到). */
    public static final Duration LATE_AFTER = Duration.ofMinutes(15);

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttendanceRepository attendance;
    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    AttendanceService(AttendanceRepository attendance, SessionService sessions, EnrolmentService enrolments,
            DataScopes scopes, AuditTrail audit, Clock clock) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** One code per enrolled person for the sitting; issuing again replaces the unused ones. */
    @Transactional
    public List<Attendance.Code> issueCodes(CurrentUser user, UUID sessionId, int seq) {
        TrainingSession session = sessions.lockToRun(user, sessionId);
        session.status().after(SessionStatus.Action.TAKE_ATTENDANCE);
        sitting(session, seq);
        Instant now = now();
        List<Attendance.Code> codes = new ArrayList<>();
        for (Enrolment enrolment : enrolments.holdingPlaces(sessionId)) {
            String code = newCode();
            attendance.issue(sessionId, seq, enrolment.id(), code, user.username(), now);
            codes.add(new Attendance.Code(enrolment.id(), enrolment.personName(), seq, code));
        }
        audit.record(user, "attendance.codes-issued", SessionService.SUBJECT, sessionId, session.jurisdictionCode(),
                null, Map.of("sitting", seq, "codes", codes.size()));
        return codes;
    }

    /**
     * Checks the code's person in: the org-admin of their organization, the session's trainer or its staff. An unknown
     * code reads as not found; a used one, or one outside its sitting, is refused and nothing is stored.
     */
    @Transactional
    public Attendance checkIn(CurrentUser user, String code) {
        AttendanceRepository.IssuedCode issued = attendance.code(code)
                .orElseThrow(() -> new NotFoundException("check-in-code", code));
        TrainingSession session = user.hasAnyRole(Role.ORG_ADMIN)
                ? sessions.lockVisible(user, issued.sessionId()) : sessions.lockToRun(user, issued.sessionId());
        Enrolment enrolment = enrolments.get(user, issued.enrolmentId());
        session.status().after(SessionStatus.Action.TAKE_ATTENDANCE);
        if (issued.usedAt() != null) {
            throw new ConflictException("code-used", issued.usedAt());
        }
        TrainingSession.Sitting sitting = sitting(session, issued.sittingSeq());
        Instant now = now();
        if (now.isBefore(sitting.startsAt().minus(OPENS_BEFORE)) || now.isAfter(sitting.endsAt())) {
            throw new RuleViolationException("sitting-not-open", issued.sittingSeq(), sitting.startsAt(),
                    sitting.endsAt());
        }
        if (enrolment.status() != EnrolmentStatus.ENROLLED) {
            throw new RuleViolationException("not-holding-a-place", enrolment.personName());
        }
        AttendanceStatus status = now.isAfter(sitting.startsAt().plus(LATE_AFTER)) ? AttendanceStatus.LATE
                : AttendanceStatus.PRESENT;
        Attendance record = new Attendance(session.id(), sitting.seq(), enrolment.id(), status, "CODE",
                user.username(), now);
        if (!attendance.use(code, now) || !attendance.insert(record)) {
            throw new ConflictException("code-used", now);
        }
        audit.record(user, "attendance.checked-in", SessionService.SUBJECT, session.id(), session.jurisdictionCode(),
                null, record);
        return record;
    }

    /** The roll call (点名) of a sitting that has started: records or corrects each named person's attendance. */
    @Transactional
    public List<Attendance> rollCall(CurrentUser user, UUID sessionId, int seq, List<Attendance.Call> calls) {
        TrainingSession session = sessions.lockToRun(user, sessionId);
        session.status().after(SessionStatus.Action.TAKE_ATTENDANCE);
        TrainingSession.Sitting sitting = sitting(session, seq);
        Instant now = now();
        if (now.isBefore(sitting.startsAt())) {
            throw new RuleViolationException("sitting-not-started", seq, sitting.startsAt());
        }
        Map<UUID, Enrolment> enrolled = enrolments.holdingPlaces(sessionId).stream()
                .collect(Collectors.toMap(Enrolment::id, Function.identity()));
        List<Attendance> recorded = new ArrayList<>();
        for (Attendance.Call call : calls) {
            if (!enrolled.containsKey(call.enrolmentId())) {
                throw new RuleViolationException("not-holding-a-place", call.enrolmentId());
            }
            Attendance record = new Attendance(sessionId, seq, call.enrolmentId(), call.status(), "ROLL_CALL",
                    user.username(), now);
            attendance.upsert(record);
            recorded.add(record);
        }
        audit.record(user, "attendance.roll-called", SessionService.SUBJECT, sessionId, session.jurisdictionCode(),
                null, recorded);
        return recorded;
    }

    /** A session's attendance the caller may see (an organization its own people's). */
    @ReadOnly
    public List<Attendance> list(CurrentUser user, UUID sessionId) {
        return attendance.list(sessions.get(user, sessionId).id(),
                scopes.of(user).filter("e.organization_jurisdiction", "e.organization_id"));
    }

    /** Sittings the person attended (present or late). */
    public int attended(UUID enrolmentId) {
        return attendance.attended(enrolmentId);
    }

    /** Person-times within the caller's scope (where the sessions were held), optionally within a place and dates. */
    @ReadOnly
    public PersonTimes personTimes(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to) {
        var scope = scopes.of(user).filter("s.jurisdiction_code", null);
        List<PersonTimes.Row> rows = attendance.personTimes(scope, within, from, to);
        return new PersonTimes(rows.stream().mapToLong(PersonTimes.Row::personTimes).sum(),
                attendance.sessions(scope, within, from, to), rows);
    }

    private static TrainingSession.Sitting sitting(TrainingSession session, int seq) {
        TrainingSession.Sitting sitting = session.sitting(seq);
        if (sitting == null) {
            throw new NotFoundException("sitting", seq);
        }
        return sitting;
    }

    private static String newCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
