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
import cn.incubator.platform.sql.ReadOnly;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    private final SupervisionRepository supervisions;
    private final CaseService cases;
    private final BaseService bases;
    private final DataScopes scopes;
    private final Clock clock;

    SupervisionService(SupervisionRepository supervisions, CaseService cases, BaseService bases, DataScopes scopes,
            Clock clock) {
        this.supervisions = supervisions;
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
        supervisions.insertSession(id, request.kind(), request.topic(), request.problem(), request.heldOn(),
                request.supervisor(), base.id(), base.jurisdiction(), user.username(), now);
        caseIds.forEach(caseId -> supervisions.insertParticipant(id, caseId));
        request.findings().forEach(finding -> supervisions.insertFinding(id, finding));
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
        supervisions.closeFinding(findingId, Instant.now(clock), note);
        List<UUID> concerned = finding.caseId() != null ? List.of(finding.caseId()) : session.caseIds();
        concerned.forEach(caseId -> cases.recordStep(user, caseId, "supervision.follow-up-done",
                Map.of("sessionId", sessionId, "findingId", findingId, "followUp", finding.followUp(),
                        "note", note == null ? "" : note)));
        return find(user, sessionId);
    }

    @ReadOnly
    public Session find(CurrentUser user, UUID id) {
        return supervisions.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("supervision", id));
    }

    @ReadOnly
    public List<Session> ofCase(CurrentUser user, UUID caseId) {
        cases.get(user, caseId);
        return supervisions.sessionsOf(caseId).stream().map(id -> find(user, id)).toList();
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
