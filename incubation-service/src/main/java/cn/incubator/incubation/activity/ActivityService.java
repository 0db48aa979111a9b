package cn.incubator.incubation.activity;

import cn.incubator.incubation.cases.CaseAccess;
import cn.incubator.incubation.cases.CaseService;
import cn.incubator.incubation.cases.IncubationCase;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services logged against a case (coaching, project design, resource linkage ...), roadshows (项目路演) and plan
 * drafting (方案编制) as case steps, and templates of the library attached to cases. Each is on the case timeline.
 */
@Service
public class ActivityService {

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final Clock clock;

    ActivityService(JdbcClient jdbc, CaseService cases, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public Activity record(CurrentUser user, UUID caseId, NewActivity a) {
        requireStaff(user);
        IncubationCase c = cases.get(user, caseId);
        if (c.stage().terminal()) {
            throw new ConflictException("case-ended", c.organizationName(), c.stage());
        }
        if (a.occurredOn().isAfter(LocalDate.now(clock.withZone(Display.ZONE)))) {
            throw new FieldProblemException("occurredOn", "PastOrPresent");
        }
        BigDecimal value = a.resourceValue() == null ? null : a.resourceValue().setScale(2, RoundingMode.UNNECESSARY);
        Activity activity = new Activity(UUID.randomUUID(), caseId, a.kind(), a.title().strip(), a.description(),
                a.occurredOn(), a.provider(), a.personTimes(), value, user.username(), Instant.now(clock));
        jdbc.sql("""
                INSERT INTO case_activity (id, case_id, kind, title, description, occurred_on, provider, person_times,
                                           resource_value, recorded_by, recorded_at)
                VALUES (:id, :case, :kind, :title, :description, :on, :provider, :personTimes, :value, :by, :at)
                """)
                .param("id", activity.id()).param("case", caseId).param("kind", a.kind().name())
                .param("title", activity.title()).param("description", activity.description())
                .param("on", Date.valueOf(activity.occurredOn())).param("provider", activity.provider())
                .param("personTimes", activity.personTimes()).param("value", value)
                .param("by", activity.recordedBy()).param("at", Timestamp.from(activity.recordedAt()))
                .update();
        cases.recordStep(user, caseId, "activity." + a.kind().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), activity);
        return activity;
    }

    @ReadOnly
    public List<Activity> list(CurrentUser user, UUID caseId) {
        cases.get(user, caseId);
        return jdbc.sql("SELECT * FROM case_activity WHERE case_id = :case ORDER BY occurred_on, recorded_at")
                .param("case", caseId)
                .query((rs, n) -> new Activity(rs.getObject("id", UUID.class), caseId,
                        ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                        rs.getDate("occurred_on").toLocalDate(), rs.getString("provider"),
                        (Integer) rs.getObject("person_times"), rs.getBigDecimal("resource_value"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    @ReadOnly
    public List<Template> templates() {
        return jdbc.sql("SELECT * FROM template ORDER BY kind, code")
                .query((rs, n) -> new Template(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("kind"), rs.getString("title"), rs.getString("summary")))
                .list();
    }

    /** Attaches a template of the library (e.g. the three-party fund-custody agreement) to a case. */
    @Transactional
    public Template attach(CurrentUser user, UUID caseId, UUID templateId, String note) {
        requireStaff(user);
        cases.get(user, caseId);
        Template template = templates().stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new NotFoundException("template", templateId));
        int added = jdbc.sql("""
                INSERT INTO case_template (case_id, template_id, note, attached_by, attached_at)
                VALUES (:case, :template, :note, :by, :at) ON CONFLICT DO NOTHING
                """)
                .param("case", caseId).param("template", templateId).param("note", note)
                .param("by", user.username()).param("at", Timestamp.from(Instant.now(clock)))
                .update();
        if (added == 0) {
            throw new ConflictException("template-attached", template.title());
        }
        cases.recordStep(user, caseId, "template.attached", new AttachedTemplate(template, note));
        return template;
    }

    @ReadOnly
    public List<AttachedTemplate> attached(CurrentUser user, UUID caseId) {
        cases.get(user, caseId);
        return jdbc.sql("""
                SELECT t.*, ct.note FROM case_template ct JOIN template t ON t.id = ct.template_id
                WHERE ct.case_id = :case ORDER BY ct.attached_at
                """)
                .param("case", caseId)
                .query((rs, n) -> new AttachedTemplate(new Template(rs.getObject("id", UUID.class),
                        rs.getString("code"), rs.getString("kind"), rs.getString("title"), rs.getString("summary")),
                        rs.getString("note")))
                .list();
    }

    static void requireStaff(CurrentUser user) {
        CaseAccess.require(user, "incubation:service:write");
    }

    /** What a caller supplies to log a service or step. */
    public record NewActivity(ActivityKind kind, String title, String description, LocalDate occurredOn,
            String provider, Integer personTimes, BigDecimal resourceValue) {
    }

    /** A service or step logged against a case; {@code resourceValue} in yuan for resource linkage. */
    public record Activity(UUID id, UUID caseId, ActivityKind kind, String title, String description,
            LocalDate occurredOn, String provider, Integer personTimes, BigDecimal resourceValue, String recordedBy,
            Instant recordedAt) {
    }

    /** A document of the template library (模板库). */
    public record Template(UUID id, String code, String kind, String title, String summary) {
    }

    /** A template attached to a case, with why. */
    public record AttachedTemplate(Template template, String note) {
    }
}
