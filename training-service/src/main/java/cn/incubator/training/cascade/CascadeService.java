package cn.incubator.training.cascade;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.course.Course;
import cn.incubator.training.course.CourseService;
import cn.incubator.training.reach.Offered;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cascade (研发+重点+推广): the base that offers a course releases its courseware versions, trains every hub
 * centrally with them, and the hubs run the same version in their streets; its reach is read per course.
 */
@Service
public class CascadeService {

    private final CascadeRepository cascade;
    private final CourseService courses;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    CascadeService(CascadeRepository cascade, CourseService courses, DataScopes scopes, AuditTrail audit,
            Clock clock) {
        this.cascade = cascade;
        this.courses = courses;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Releases a version of a course's courseware, by staff working where the course is offered. */
    @Transactional
    public CoursewareVersion release(CurrentUser user, UUID courseId, String label, String summary) {
        Course course = courses.get(user, courseId);
        scopes.of(user).requireWritable(course.jurisdiction(), null);
        CoursewareVersion version = new CoursewareVersion(UUID.randomUUID(), course.id(), label, summary,
                user.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        if (!cascade.insert(version)) {
            throw new ConflictException("courseware-label-taken", label);
        }
        audit.record(user, "courseware.released", CourseService.SUBJECT, course.id(), course.jurisdictionCode(), null,
                version);
        return version;
    }

    @ReadOnly
    public List<CoursewareVersion> versions(CurrentUser user, UUID courseId) {
        return cascade.versions(courses.get(user, courseId).id());
    }

    /** The version a new session of the course runs; a version of another course is refused (409). */
    @ReadOnly
    public CoursewareVersion versionForSession(UUID courseId, UUID versionId) {
        return cascade.version(courseId, versionId)
                .orElseThrow(() -> new RuleViolationException("courseware-of-another-course"));
    }

    /**
     * The reach of a course's cascade as the caller sees it: officers and the base see every street of the county,
     * a hub its own street.
     *
     * @param versionId only this version, when given (it must be the course's)
     */
    @ReadOnly
    public Reach reach(CurrentUser user, UUID courseId, UUID versionId) {
        Course course = courses.get(user, courseId);
        if (versionId != null) {
            cascade.version(course.id(), versionId).orElseThrow(() -> new NotFoundException("courseware", versionId));
        }
        DataScope scope = scopes.of(user);
        Jurisdiction root = course.jurisdiction();
        boolean seesRoot = scope.covers(root, null);
        List<Jurisdiction> places = root.children().stream().filter(place -> Offered.sees(scope, place)).toList();
        return Reach.of(course.id(), course.title(), root, versionId, seesRoot, places,
                cascade.runs(scope.filter("s.jurisdiction_code", null), course.id(), root, versionId));
    }
}
