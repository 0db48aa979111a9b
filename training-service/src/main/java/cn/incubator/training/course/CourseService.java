package cn.incubator.training.course;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.training.reach.Offered;
import cn.incubator.training.remote.Registry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The course catalogue (课程体系): courses are offered in a place and seen by everyone working there or below. */
@Service
public class CourseService {

    public static final String SUBJECT = "course";

    private final CourseRepository courses;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final Registry registry;

    CourseService(CourseRepository courses, DataScopes scopes, AuditTrail audit, Clock clock, Registry registry) {
        this.courses = courses;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.registry = registry;
    }

    @Transactional
    public Course create(CurrentUser user, Jurisdiction jurisdiction, String title, CourseArea area, BigDecimal hours,
            List<Audience> audience, List<UUID> trainerIds, int completionPercent) {
        scopes.of(user).requireWritable(jurisdiction, null);
        // Trainers come from the registry's talent pool, as the caller sees it; checked before anything is written.
        registry.requireTrainers(trainerIds);
        Course course = new Course(UUID.randomUUID(), jurisdiction.code(), title, area, hours,
                List.copyOf(audience), List.copyOf(trainerIds), completionPercent, user.username(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        courses.insert(course);
        audit.record(user, "course.created", SUBJECT, course.id(), course.jurisdictionCode(), null, course);
        return course;
    }

    /** A course the caller sees (out of sight reads as not found). */
    @ReadOnly
    public Course get(CurrentUser user, UUID id) {
        return courses.find(id, Offered.filter(scopes.of(user), "jurisdiction_code"))
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public List<Course> list(CurrentUser user, CourseArea area) {
        return courses.list(Offered.filter(scopes.of(user), "jurisdiction_code"), area);
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }
}
