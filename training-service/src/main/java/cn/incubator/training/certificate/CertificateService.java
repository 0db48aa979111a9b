package cn.incubator.training.certificate;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.events.Events;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import cn.incubator.training.attendance.AttendanceService;
import cn.incubator.training.course.Course;
import cn.incubator.training.course.CourseService;
import cn.incubator.training.enrolment.Enrolment;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.enrolment.EnrolmentStatus;
import cn.incubator.training.remote.Registry;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.SessionStatus;
import cn.incubator.training.session.TrainingSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion and certificates (结业与证书). Completing a session judges every enrolled person by the course's rule
 * (sittings attended ≥ the course's completion percent of all sittings) and issues a certificate with a verification
 * code to each who meets it. Anyone may verify a code; staff may revoke a certificate, and verification then says so.
 */
@Service
public class CertificateService {

    public static final String SUBJECT = "certificate";
    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);
    private static final ZoneId BEIJING = Display.ZONE;
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRepository certificates;
    private final SessionService sessions;
    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final Events events;
    private final Registry registry;

    CertificateService(CertificateRepository certificates, SessionService sessions, CourseService courses,
            EnrolmentService enrolments, AttendanceService attendance, DataScopes scopes, AuditTrail audit,
            Clock clock, Events events, Registry registry) {
        this.events = events;
        this.registry = registry;
        this.certificates = certificates;
        this.sessions = sessions;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Completes the session (enrolment closed, last sitting over) and issues the certificates it earns. */
    @Transactional
    public List<Certificate> complete(CurrentUser user, UUID sessionId) {
        TrainingSession session = sessions.lockToRun(user, sessionId);
        return completeLocked(user, session, courses.get(user, session.courseId()), organizationNames(sessionId));
    }

    /**
     * 批量发证: judges every person of the session by the completion rule and issues a certificate to each who meets
     * it and has none yet. A session not yet completed is completed first (the same rule and refusals as
     * {@link #complete}); a completed one (the demo's historic sessions, say) gets the certificates its completed
     * people lack. Idempotent: a certificate, valid or revoked, is never issued twice (a second run issues nothing
     * and reports everyone as already issued or not eligible). One transaction under the session's lock: a failure
     * issues nothing.
     */
    @Transactional
    public IssueReport issueAll(CurrentUser user, UUID sessionId) {
        TrainingSession session = sessions.lockToRun(user, sessionId);
        Course course = courses.get(user, session.courseId());
        Map<UUID, String> names = organizationNames(sessionId);
        List<Certificate> issued = new ArrayList<>();
        if (session.status() != SessionStatus.COMPLETED) {
            issued.addAll(completeLocked(user, session, course, names));
        }
        Set<UUID> issuedNow = issued.stream().map(Certificate::enrolmentId).collect(Collectors.toSet());
        Set<UUID> certified = certificates.certifiedEnrolments(sessionId);
        int sittings = session.sittings().size();
        int already = 0;
        List<IssueReport.NotEligible> notEligible = new ArrayList<>();
        Instant now = now();
        for (Enrolment enrolment : enrolments.ofSession(sessionId)) {
            switch (enrolment.status()) {
                case COMPLETED -> {
                    if (issuedNow.contains(enrolment.id())) {
                        continue;
                    }
                    if (certified.contains(enrolment.id())) {
                        already++;
                    } else {
                        issued.add(issue(user, session, course, enrolment, now, names));
                    }
                }
                case NOT_COMPLETED -> notEligible.add(new IssueReport.NotEligible(enrolment.id(),
                        enrolment.organizationId(), enrolment.personName(), IssueReport.BELOW_THRESHOLD,
                        attendance.attended(enrolment.id()), sittings, course.completionPercent()));
                case WAITLISTED -> notEligible.add(new IssueReport.NotEligible(enrolment.id(),
                        enrolment.organizationId(), enrolment.personName(), IssueReport.NO_PLACE, 0, sittings,
                        course.completionPercent()));
                default -> {
                    // cancelled: no longer enrolled
                }
            }
        }
        IssueReport report = new IssueReport(sessionId, issued.size(), already, notEligible.size(), issued,
                notEligible);
        if (!issued.isEmpty()) {
            audit.record(user, "certificates.bulk-issued", SessionService.SUBJECT, session.id(),
                    session.jurisdictionCode(), null, java.util.Map.of("issued", report.issued(),
                            "alreadyIssued", report.alreadyIssued(), "notEligible", report.notEligible()));
        }
        return report;
    }

    private List<Certificate> completeLocked(CurrentUser user, TrainingSession session, Course course,
            Map<UUID, String> names) {
        session.status().after(SessionStatus.Action.COMPLETE);
        Instant now = now();
        TrainingSession.Sitting last = session.sittings().get(session.sittings().size() - 1);
        if (now.isBefore(last.endsAt())) {
            throw new cn.incubator.platform.transition.RuleViolationException("sittings-not-over", last.endsAt());
        }
        int sittings = session.sittings().size();
        List<Certificate> issued = new ArrayList<>();
        for (Enrolment enrolment : enrolments.holdingPlaces(session.id())) {
            boolean completed = attendance.attended(enrolment.id()) * 100 >= course.completionPercent() * sittings;
            enrolments.settle(user, enrolment,
                    completed ? EnrolmentStatus.Action.COMPLETE : EnrolmentStatus.Action.FAIL, session);
            if (completed) {
                issued.add(issue(user, session, course, enrolment, now, names));
            }
        }
        sessions.move(user, session, SessionStatus.Action.COMPLETE, "session.completed");
        return issued;
    }

    private Certificate issue(CurrentUser user, TrainingSession session, Course course, Enrolment enrolment,
            Instant now, Map<UUID, String> names) {
        TrainingSession.Sitting last = session.sittings().get(session.sittings().size() - 1);
        Certificate certificate = new Certificate(UUID.randomUUID(), newCode(), enrolment.id(), session.id(),
                enrolment.organizationId(), enrolment.organizationJurisdiction(), enrolment.personName(),
                course.title(), LocalDate.ofInstant(last.endsAt(), BEIJING), session.jurisdiction().fullName(),
                CertificateStatus.VALID, null, user.username(), now, null);
        certificates.insert(certificate);
        audit.record(user, "certificate.issued", SUBJECT, certificate.id(), certificate.organizationJurisdiction(),
                null, certificate);
        // In the issuing transaction (the outbox): other services learn of each completion (结业), whether the
        // certificate comes with the completion or later by bulk issue.
        events.publish(certificate.organizationJurisdiction(), certificate.organizationId(),
                CompletionEvents.courseCompleted(certificate, course, enrolment,
                        names.getOrDefault(enrolment.organizationId(), ""), attendance.attended(enrolment.id()),
                        session.sittings().size()));
        return certificate;
    }

    /**
     * The names of the session's organizations for the completions published ({@code CourseCompleted}), as the
     * issuer sees them in the registry, asked once before anything is written. Training keeps no organization names,
     * and a name only describes the event: when the registry does not answer (or the issuer may not see an
     * organization there), the certificates are issued all the same and the event's name is empty.
     */
    private Map<UUID, String> organizationNames(UUID sessionId) {
        Set<UUID> organizations = enrolments.ofSession(sessionId).stream().map(Enrolment::organizationId)
                .collect(Collectors.toSet());
        try {
            return registry.organizationNames(organizations);
        } catch (ProblemException unanswered) {
            log.warn("Completions of session {} are published without organization names: {}", sessionId,
                    unanswered.getMessage());
            return Map.of();
        }
    }

    @ReadOnly
    public Certificate get(CurrentUser user, UUID id) {
        return certificates.find(id, readable(user), false).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** Certificates the caller may see: staff those of organizations within their subtrees, an org-admin its own. */
    @ReadOnly
    public List<Certificate> list(CurrentUser user, UUID sessionId) {
        return certificates.list(readable(user), sessionId);
    }

    @Transactional
    public Certificate revoke(CurrentUser user, UUID id, String reason) {
        DataScope scope = scopes.of(user);
        if (scope.onlyOrganization().isPresent()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        Certificate certificate = certificates.find(id, readable(user), true)
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
        Certificate revoked = certificate.revoked(reason, now());
        certificates.revoke(revoked);
        audit.record(user, "certificate.revoked", SUBJECT, id, certificate.organizationJurisdiction(),
                certificate.status(), revoked.status());
        return revoked;
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }

    /** The public verification of a code: the masked view, valid or revoked; an unknown code is not found. */
    @ReadOnly
    public Certificate.Verification verify(String code) {
        return certificates.byCode(code).map(Certificate::verification)
                .orElseThrow(() -> new NotFoundException(SUBJECT, code));
    }

    private ScopeFilter readable(CurrentUser user) {
        return scopes.of(user).filter("organization_jurisdiction", "organization_id");
    }

    private static String newCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
