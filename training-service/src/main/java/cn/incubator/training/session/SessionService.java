package cn.incubator.training.session;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.cascade.CascadeService;
import cn.incubator.training.cascade.CoursewareVersion;
import cn.incubator.training.course.Course;
import cn.incubator.training.course.CourseService;
import cn.incubator.training.programme.Programme;
import cn.incubator.training.programme.ProgrammeService;
import cn.incubator.training.reach.Offered;
import cn.incubator.training.remote.Registry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions (期) of the catalogue's courses. Base and hub staff plan and run them where they work (a hub runs a county
 * course in its street); the session's trainer runs its attendance; everyone working in the place or below sees it.
 */
@Service
public class SessionService {

    public static final String SUBJECT = "training-session";

    private final SessionRepository sessions;
    private final CourseService courses;
    private final CascadeService cascade;
    private final ProgrammeService programmes;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final Registry registry;

    SessionService(SessionRepository sessions, CourseService courses, CascadeService cascade,
            ProgrammeService programmes, DataScopes scopes, AuditTrail audit, Clock clock, Registry registry) {
        this.sessions = sessions;
        this.courses = courses;
        this.cascade = cascade;
        this.programmes = programmes;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.registry = registry;
    }

    /** What a new session needs; the sittings in order. */
    public record Plan(UUID courseId, Jurisdiction jurisdiction, String title, TrainingSession.Mode mode, String venue,
            String onlineUrl, int capacity, Instant enrolmentDeadline, String trainer,
            List<TrainingSession.Sitting> sittings, UUID coursewareVersionId, UUID programmeId) {

        /** A session that runs no particular courseware version and belongs to no programme. */
        public Plan(UUID courseId, Jurisdiction jurisdiction, String title, TrainingSession.Mode mode, String venue,
                String onlineUrl, int capacity, Instant enrolmentDeadline, String trainer,
                List<TrainingSession.Sitting> sittings) {
            this(courseId, jurisdiction, title, mode, venue, onlineUrl, capacity, enrolmentDeadline, trainer, sittings,
                    null, null);
        }
    }

    @Transactional
    public TrainingSession plan(CurrentUser user, Plan plan) {
        scopes.of(user).requireWritable(plan.jurisdiction(), null);
        Course course = courses.get(user, plan.courseId());
        if (!course.jurisdiction().contains(plan.jurisdiction())) {
            throw new RuleViolationException("session-outside-course", course.jurisdiction().fullName());
        }
        CoursewareVersion version = plan.coursewareVersionId() == null ? null
                : cascade.versionForSession(course.id(), plan.coursewareVersionId());
        if (plan.programmeId() != null) {
            Programme programme = programmes.get(user, plan.programmeId());
            if (!programme.jurisdiction().contains(plan.jurisdiction())) {
                throw new RuleViolationException("session-outside-programme", programme.jurisdiction().fullName());
            }
        }
        List<TrainingSession.Sitting> sittings = plan.sittings();
        for (int i = 0; i < sittings.size(); i++) {
            TrainingSession.Sitting s = sittings.get(i);
            if (!s.endsAt().isAfter(s.startsAt()) || (i > 0 && s.startsAt().isBefore(sittings.get(i - 1).endsAt()))) {
                throw new RuleViolationException("sittings-out-of-order", i + 1);
            }
        }
        if (plan.enrolmentDeadline().isAfter(sittings.get(0).startsAt())) {
            throw new RuleViolationException("deadline-after-start");
        }
        if (plan.trainer() != null) {
            // The account that will run the session is a trainer of the talent pool the planner sees (the last check,
            // the only remote one; nothing is written before it).
            registry.requireTrainerAccount("trainer", plan.trainer());
        }
        Instant now = now();
        List<TrainingSession.Sitting> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < sittings.size(); i++) {
            numbered.add(new TrainingSession.Sitting(i + 1, sittings.get(i).startsAt(), sittings.get(i).endsAt()));
        }
        TrainingSession session = new TrainingSession(UUID.randomUUID(), course.id(), course.title(), course.area(),
                plan.jurisdiction().code(), plan.title(), plan.mode(),
                plan.mode() == TrainingSession.Mode.ONSITE ? plan.venue() : null,
                plan.mode() == TrainingSession.Mode.ONLINE ? plan.onlineUrl() : null, plan.capacity(),
                plan.enrolmentDeadline(), plan.trainer(), SessionStatus.PLANNED, List.copyOf(numbered), 0, 0,
                user.username(), now, now, version == null ? null : version.id(),
                version == null ? null : version.label(), plan.programmeId());
        sessions.insert(session);
        audit.record(user, "session.planned", SUBJECT, session.id(), session.jurisdictionCode(), null, session);
        return session;
    }

    @ReadOnly
    public TrainingSession get(CurrentUser user, UUID id) {
        return sessions.find(id, visible(user), false).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public List<TrainingSession> list(CurrentUser user, UUID courseId, SessionStatus status) {
        return list(user, courseId, status, null);
    }

    @ReadOnly
    public List<TrainingSession> list(CurrentUser user, UUID courseId, SessionStatus status, UUID programmeId) {
        return sessions.list(visible(user), courseId, status, programmeId);
    }

    @Transactional
    public TrainingSession publish(CurrentUser user, UUID id) {
        return move(user, lockToManage(user, id), SessionStatus.Action.PUBLISH, "session.published");
    }

    @Transactional
    public TrainingSession close(CurrentUser user, UUID id) {
        return move(user, lockToManage(user, id), SessionStatus.Action.CLOSE, "session.enrolment-closed");
    }

    @Transactional
    public TrainingSession cancel(CurrentUser user, UUID id) {
        return move(user, lockToManage(user, id), SessionStatus.Action.CANCEL, "session.cancelled");
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }

    /** The session seen by the caller, under its row lock (the enrolments and attendance of one session queue here). */
    public TrainingSession lockVisible(CurrentUser user, UUID id) {
        return sessions.find(id, visible(user), true).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** The session under its row lock, for staff who work where it is held. */
    public TrainingSession lockToManage(CurrentUser user, UUID id) {
        DataScope scope = scopes.of(user);
        TrainingSession session = lockVisible(user, id);
        if (scope.onlyOrganization().isPresent() || !user.hasAnyRole(Role.PLATFORM_ADMIN, Role.BASE_OPERATOR,
                Role.HUB_OPERATOR)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        scope.requireWritable(session.jurisdiction(), null);
        return session;
    }

    /**
     * The session under its row lock, for whoever runs it: its own trainer, or staff who work where it is held. A
     * trainer of another session is refused (403).
     */
    public TrainingSession lockToRun(CurrentUser user, UUID id) {
        TrainingSession session = lockVisible(user, id);
        if (user.hasRole(Role.TRAINER) && user.username().equals(session.trainer())) {
            return session;
        }
        if (!user.hasAnyRole(Role.PLATFORM_ADMIN, Role.BASE_OPERATOR, Role.HUB_OPERATOR)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "not-your-session");
        }
        scopes.of(user).requireWritable(session.jurisdiction(), null);
        return session;
    }

    /** Moves a locked session on and records the move on its timeline. */
    public TrainingSession move(CurrentUser user, TrainingSession session, SessionStatus.Action action, String event) {
        SessionStatus next = session.status().after(action);
        if (next == session.status()) {
            return session;
        }
        TrainingSession moved = session.moved(next, now());
        sessions.updateStatus(session.id(), next, moved.updatedAt());
        audit.record(user, event, SUBJECT, session.id(), session.jurisdictionCode(), session.status(), next);
        return moved;
    }

    private cn.incubator.platform.scope.ScopeFilter visible(CurrentUser user) {
        return Offered.filter(scopes.of(user), "s.jurisdiction_code");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
