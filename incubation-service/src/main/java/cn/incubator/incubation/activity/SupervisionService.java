package cn.incubator.incubation.activity;

import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.cases.CaseService;
import cn.incubator.incubation.cases.IncubationCase;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision (督导): collective sessions for a problem many organizations share (e.g. rural community organizations
 * hard to mobilise → backbone rotation training, material support, volunteer commendation) and individual ones
 * (e.g. a dragon-boat association managing 190,000 yuan through a three-party fund-custody agreement), with findings
 * and follow-ups that are closed when done. Each participating case has the session on its timeline.
 */
@Service
public class SupervisionService {

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final BaseService bases;
    private final DataScopes scopes;
    private final Clock clock;

    SupervisionService(JdbcClient jdbc, CaseService cases, BaseService bases, DataScopes scopes, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.bases = bases;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional
    public Session hold(CurrentUser user, NewSession request) {
        ActivityService.requireStaff(user);
        Set<UUID> caseIds = new LinkedHashSet<>(request.caseIds());
        if (request.kind() == Kind.INDIVIDUAL && caseIds.size() != 1) {
            throw new FieldProblemException("caseIds", "Supervision.individual");
        }
        if (request.kind() == Kind.COLLECTIVE && caseIds.size() < 2) {
            throw new FieldProblemException("caseIds", "Supervision.collective");
        }
        List<IncubationCase> participants = caseIds.stream().map(id -> cases.get(user, id)).toList();
        Set<UUID> baseIds = new LinkedHashSet<>(participants.stream().map(IncubationCase::baseId).toList());
        if (baseIds.size() != 1) {
            throw new FieldProblemException("caseIds", "Supervision.oneBase");
        }
        Base base = bases.get(user, baseIds.iterator().next());
        for (NewFinding finding : request.findings()) {
            if (finding.caseId() != null && !caseIds.contains(finding.caseId())) {
                throw new FieldProblemException("findings", "Supervision.findingCase", finding.caseId());
            }
        }
        Instant now = Instant.now(clock);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supervision_session (id, kind, topic, problem, held_on, supervisor, base_id,
                                                 jurisdiction_code, recorded_by, recorded_at)
                VALUES (:id, :kind, :topic, :problem, :heldOn, :supervisor, :base, :jurisdiction, :by, :at)
                """)
                .param("id", id).param("kind", request.kind().name()).param("topic", request.topic())
                .param("problem", request.problem()).param("heldOn", Date.valueOf(request.heldOn()))
                .param("supervisor", request.supervisor()).param("base", base.id())
                .param("jurisdiction", base.jurisdiction().code()).param("by", user.username())
                .param("at", Timestamp.from(now))
                .update();
        caseIds.forEach(caseId -> jdbc.sql("INSERT INTO supervision_participant (session_id, case_id) VALUES (:s, :c)")
                .param("s", id).param("c", caseId).update());
        for (NewFinding f : request.findings()) {
            jdbc.sql("""
                    INSERT INTO supervision_finding (id, session_id, case_id, finding, follow_up, due_on)
                    VALUES (:id, :session, :case, :finding, :followUp, :dueOn)
                    """)
                    .param("id", UUID.randomUUID()).param("session", id).param("case", f.caseId())
                    .param("finding", f.finding()).param("followUp", f.followUp())
                    .param("dueOn", f.dueOn() == null ? null : Date.valueOf(f.dueOn()))
                    .update();
        }
        Session session = find(user, id);
        for (UUID caseId : caseIds) {
            cases.recordStep(user, caseId, "supervision.held", Map.of("sessionId", id, "kind", request.kind(),
                    "topic", request.topic(), "supervisor", request.supervisor(),
                    "heldOn", request.heldOn().toString(), "participants", caseIds.size()));
        }
        return session;
    }

    /** Closes a follow-up of a finding (整改 / 跟进完成). */
    @Transactional
    public Session closeFollowUp(CurrentUser user, UUID sessionId, UUID findingId, String note) {
        ActivityService.requireStaff(user);
        Session session = find(user, sessionId);
        Finding finding = session.findings().stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new NotFoundException("supervision-finding", findingId));
        if (finding.doneAt() != null) {
            throw new ConflictException("follow-up-done", finding.followUp());
        }
        jdbc.sql("UPDATE supervision_finding SET done_at = :at, done_note = :note WHERE id = :id")
                .param("at", Timestamp.from(Instant.now(clock))).param("note", note).param("id", findingId)
                .update();
        List<UUID> concerned = finding.caseId() != null ? List.of(finding.caseId()) : session.caseIds();
        concerned.forEach(caseId -> cases.recordStep(user, caseId, "supervision.follow-up-done",
                Map.of("sessionId", sessionId, "findingId", findingId, "followUp", finding.followUp(),
                        "note", note == null ? "" : note)));
        return find(user, sessionId);
    }

    @Transactional(readOnly = true)
    public Session find(CurrentUser user, UUID id) {
        ScopeFilter filter = scopes.of(user).filter("jurisdiction_code", null);
        Session session = jdbc.sql("SELECT * FROM supervision_session WHERE id = :id AND " + filter.sql())
                .param("id", id).params(filter.params())
                .query((rs, n) -> new Session(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
                        rs.getString("topic"), rs.getString("problem"), rs.getDate("held_on").toLocalDate(),
                        rs.getString("supervisor"), rs.getObject("base_id", UUID.class), List.of(), List.of()))
                .optional().orElseThrow(() -> new NotFoundException("supervision", id));
        List<UUID> caseIds = jdbc.sql("SELECT case_id FROM supervision_participant WHERE session_id = :id")
                .param("id", id).query(UUID.class).list();
        List<Finding> findings = jdbc.sql("SELECT * FROM supervision_finding WHERE session_id = :id ORDER BY due_on")
                .param("id", id)
                .query((rs, n) -> new Finding(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("finding"), rs.getString("follow_up"),
                        rs.getDate("due_on") == null ? null : rs.getDate("due_on").toLocalDate(),
                        rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant(),
                        rs.getString("done_note")))
                .list();
        return new Session(session.id(), session.kind(), session.topic(), session.problem(), session.heldOn(),
                session.supervisor(), session.baseId(), caseIds, findings);
    }

    @Transactional(readOnly = true)
    public List<Session> ofCase(CurrentUser user, UUID caseId) {
        cases.get(user, caseId);
        return jdbc.sql("""
                SELECT s.id FROM supervision_session s JOIN supervision_participant p ON p.session_id = s.id
                WHERE p.case_id = :case ORDER BY s.held_on
                """)
                .param("case", caseId).query(UUID.class).list().stream().map(id -> find(user, id)).toList();
    }

    /** Collective (集体督导) or individual (个别督导). */
    public enum Kind {
        COLLECTIVE,
        INDIVIDUAL
    }

    public record NewFinding(UUID caseId, String finding, String followUp, LocalDate dueOn) {
    }

    public record NewSession(Kind kind, String topic, String problem, LocalDate heldOn, String supervisor,
            List<UUID> caseIds, List<NewFinding> findings) {
    }

    public record Finding(UUID id, UUID caseId, String finding, String followUp, LocalDate dueOn, Instant doneAt,
            String doneNote) {
    }

    public record Session(UUID id, Kind kind, String topic, String problem, LocalDate heldOn, String supervisor,
            UUID baseId, List<UUID> caseIds, List<Finding> findings) {
    }
}
