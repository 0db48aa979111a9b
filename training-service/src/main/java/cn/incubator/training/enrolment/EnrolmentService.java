package cn.incubator.training.enrolment;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.course.Audience;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.SessionStatus;
import cn.incubator.training.session.TrainingSession;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment (报名): an org-admin enrols their own organization's people; past the capacity they wait (候补), and the
 * first waiting moves up (递补) when an enrolled person cancels. Each enrolment and cancellation takes the session's
 * row lock first, so concurrent enrolments never exceed the capacity. Recorded on the session's timeline.
 */
@Service
public class EnrolmentService {

    private final EnrolmentRepository enrolments;
    private final SessionService sessions;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    EnrolmentService(EnrolmentRepository enrolments, SessionService sessions, DataScopes scopes, AuditTrail audit,
            Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Enrolment enrol(CurrentUser user, UUID sessionId, String personName, Audience audience) {
        UUID organization = user.orgId().orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden"));
        DataScope scope = scopes.of(user);
        if (scope.isEmpty()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        TrainingSession session = sessions.lockVisible(user, sessionId);
        session.status().after(SessionStatus.Action.ENROL);
        Instant now = now();
        if (now.isAfter(session.enrolmentDeadline())) {
            throw new RuleViolationException("enrolment-closed", session.enrolmentDeadline());
        }
        EnrolmentStatus status = enrolments.taken(sessionId) < session.capacity() ? EnrolmentStatus.ENROLLED
                : EnrolmentStatus.WAITLISTED;
        Enrolment enrolment = enrolments.insert(new Enrolment(UUID.randomUUID(), sessionId, organization,
                        scope.subtrees().get(0).code(), personName, audience, status, 0, user.username(), now, now))
                .orElseThrow(() -> new ConflictException("already-enrolled", personName));
        audit.record(user, status == EnrolmentStatus.ENROLLED ? "enrolment.enrolled" : "enrolment.waitlisted",
                SessionService.SUBJECT, sessionId, session.jurisdictionCode(), null, enrolment);
        return enrolment;
    }

    /** Cancels an enrolment; when it held a place, the first on the waiting list moves up into it. */
    @Transactional
    public Enrolment cancel(CurrentUser user, UUID id) {
        Enrolment seen = get(user, id);
        TrainingSession session = sessions.lockVisible(user, seen.sessionId());
        Enrolment enrolment = enrolments.find(id, readable(user)).orElseThrow(
                () -> new NotFoundException("enrolment", id));
        session.status().after(SessionStatus.Action.WITHDRAW);
        Instant now = now();
        Enrolment cancelled = enrolment.moved(enrolment.status().after(EnrolmentStatus.Action.CANCEL), now);
        enrolments.update(id, cancelled.status(), now);
        audit.record(user, "enrolment.cancelled", SessionService.SUBJECT, session.id(), session.jurisdictionCode(),
                enrolment, cancelled);
        if (enrolment.status() == EnrolmentStatus.ENROLLED) {
            Optional<Enrolment> next = enrolments.firstWaiting(session.id());
            if (next.isPresent() && enrolments.taken(session.id()) < session.capacity()) {
                Enrolment movedUp = next.get().moved(next.get().status().after(EnrolmentStatus.Action.MOVE_UP), now);
                enrolments.update(movedUp.id(), movedUp.status(), now);
                audit.record(user, "enrolment.moved-up", SessionService.SUBJECT, session.id(),
                        session.jurisdictionCode(), next.get(), movedUp);
            }
        }
        return cancelled;
    }

    @ReadOnly
    public Enrolment get(CurrentUser user, UUID id) {
        return enrolments.find(id, readable(user)).orElseThrow(() -> new NotFoundException("enrolment", id));
    }

    /** A session's enrolments the caller may see: all of them for staff and its trainer, its own for an organization. */
    @ReadOnly
    public List<Enrolment> list(CurrentUser user, UUID sessionId, EnrolmentStatus status) {
        return enrolments.list(sessions.get(user, sessionId).id(), readable(user), status);
    }

    /** The enrolled of a session (holding a place), in order of arrival; the caller holds the session's lock. */
    public List<Enrolment> holdingPlaces(UUID sessionId) {
        return enrolments.list(sessionId, new ScopeFilter("TRUE", java.util.Map.of()), EnrolmentStatus.ENROLLED);
    }

    /** Every enrolment of a session in any status, in order of arrival; the caller holds the session's lock. */
    public List<Enrolment> ofSession(UUID sessionId) {
        return enrolments.list(sessionId, new ScopeFilter("TRUE", java.util.Map.of()), null);
    }

    /** Moves an enrolment on (completion); the caller holds the session's lock. */
    public Enrolment settle(CurrentUser user, Enrolment enrolment, EnrolmentStatus.Action action,
            TrainingSession session) {
        Instant now = now();
        Enrolment moved = enrolment.moved(enrolment.status().after(action), now);
        enrolments.update(enrolment.id(), moved.status(), now);
        audit.record(user, "enrolment." + moved.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                SessionService.SUBJECT, session.id(), session.jurisdictionCode(), enrolment, moved);
        return moved;
    }

    /**
     * What the caller sees of enrolments: staff and trainers those of organizations working within their subtrees, an
     * org-admin their own organization's.
     */
    private ScopeFilter readable(CurrentUser user) {
        return scopes.of(user).filter("e.organization_jurisdiction", "e.organization_id");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
