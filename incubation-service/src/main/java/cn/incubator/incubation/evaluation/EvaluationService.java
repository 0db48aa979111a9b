package cn.incubator.incubation.evaluation;

import cn.incubator.incubation.cases.CaseAccess;
import cn.incubator.incubation.cases.CaseAction;
import cn.incubator.incubation.cases.CaseService;
import cn.incubator.incubation.cases.IncubationCase;
import cn.incubator.incubation.cases.Stage;
import cn.incubator.incubation.remote.Registry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Expert panels (评审专家组): opening an evaluation with the current rubric, drawing the panel from the registry's
 * talent pool, conflicts of interest, score sheets, and the decision that moves the case.
 */
@Service
public class EvaluationService {

    /** Audit subject of an evaluation that is not about a case (e.g. a street hub's). */
    public static final String SUBJECT = "evaluation";
    /** Who opens evaluations, seats panels, decides, and enters a sheet or a conflict on an expert's behalf. */
    static final String MANAGE = "incubation:evaluation:manage";
    static final int MAX_PANEL = 15;

    private final EvaluationRepository evaluations;
    private final CaseService cases;
    private final Registry registry;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    EvaluationService(EvaluationRepository evaluations, CaseService cases, Registry registry, DataScopes scopes,
            AuditTrail audit, JsonMapper json, Clock clock) {
        this.evaluations = evaluations;
        this.cases = cases;
        this.registry = registry;
        this.scopes = scopes;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Opens the admission (入壳) or growth (成长) evaluation of a case in the matching stage. */
    @Transactional
    public Evaluation openForCase(CurrentUser user, UUID caseId, EvaluationKind kind) {
        requireStaff(user);
        IncubationCase c = cases.get(user, caseId);
        scopes.of(user).requireWritable(c.jurisdiction(), c.organizationId());
        Stage due = switch (kind) {
            case ADMISSION -> Stage.ADMISSION_EVALUATION;
            case GROWTH -> Stage.GROWTH_EVALUATION;
            default -> throw new FieldProblemException("kind", "Evaluation.notForCases", kind);
        };
        if (c.stage() != due) {
            throw new ConflictException("evaluation-not-due", c.stage(), kind);
        }
        return open(user, kind, caseId, c.organizationId(), c.organizationName(), c.jurisdiction());
    }

    /** Opens an evaluation of an organization itself, e.g. a street hub with the hub rubric. */
    @Transactional
    public Evaluation openForOrganization(CurrentUser user, UUID organizationId, String name, Jurisdiction where,
            EvaluationKind kind) {
        requireStaff(user);
        scopes.of(user).requireWritable(where, organizationId);
        return open(user, kind, null, organizationId, name, where);
    }

    private Evaluation open(CurrentUser user, EvaluationKind kind, UUID caseId, UUID organizationId, String name, Jurisdiction where) {
        Rubric rubric = evaluations.latestRubric(kind)
                .orElseThrow(() -> new ConflictException("no-rubric", kind));
        Evaluation evaluation = new Evaluation(UUID.randomUUID(), kind, caseId, organizationId, name, where,
                rubric.id(), Evaluation.Status.OPEN, Instant.now(clock), null, null, null);
        try {
            evaluations.insert(evaluation);
        } catch (DuplicateKeyException alreadyOpen) {
            throw new ConflictException("evaluation-open", name);
        }
        trace(user, evaluation, "evaluation.opened",
                Map.of("evaluationId", evaluation.id(), "kind", kind, "rubric", rubric.code() + " v" + rubric.version()));
        return evaluation;
    }

    /**
     * Appoints experts of the registry's talent pool to the panel, keeping a snapshot of each (name, account,
     * affiliations): an expert affiliated with the organization is recorded but excluded from scoring.
     */
    @Transactional
    public List<PanelMember> appoint(CurrentUser user, UUID evaluationId, List<String> talentIds) {
        requireStaff(user);
        Evaluation evaluation = openEvaluation(user, evaluationId);
        scopes.of(user).requireWritable(evaluation.jurisdiction(), evaluation.subjectOrganizationId());
        Set<String> wanted = new LinkedHashSet<>(talentIds);
        Set<String> seated = new java.util.HashSet<>();
        evaluations.panel(evaluationId).forEach(m -> seated.add(m.talentId()));
        if (seated.size() + wanted.size() > MAX_PANEL) {
            throw new FieldProblemException("talentIds", "Size");
        }
        List<Registry.PoolPerson> found = registry.people(wanted);
        for (String id : wanted) {
            if (found.stream().noneMatch(p -> p.id().equals(id))) {
                throw new FieldProblemException("talentIds", "Panel.unknownPerson", id);
            }
            if (seated.contains(id)) {
                throw new ConflictException("already-on-panel", id);
            }
        }
        List<PanelMember> appointed = found.stream()
                .map(p -> PanelMember.drawn(p.id(), p.name(), blankToNull(p.username()), p.affiliatedOrganizationIds(),
                        evaluation.subjectOrganizationId()))
                .toList();
        appointed.forEach(m -> evaluations.insert(evaluationId, m));
        trace(user, evaluation, "evaluation.panel-appointed", Map.of("evaluationId", evaluationId,
                "members", appointed.stream().map(m -> Map.of("talentId", m.talentId(), "name", m.name(),
                        "excluded", m.excluded().map(Enum::name).orElse("-"))).toList()));
        return evaluations.panel(evaluationId);
    }

    /** An expert declares a conflict of interest (利益冲突回避); staff may record it on the expert's behalf. */
    @Transactional
    public PanelMember declareConflict(CurrentUser user, UUID evaluationId, String talentId, String note) {
        Evaluation evaluation = openEvaluation(user, evaluationId);
        PanelMember member = member(evaluationId, talentId);
        requireSelfOrStaff(user, evaluation, member);
        PanelMember declared = member.declareConflict(note);
        evaluations.updateExclusion(evaluationId, declared);
        trace(user, evaluation, "evaluation.conflict-declared",
                Map.of("evaluationId", evaluationId, "talentId", talentId, "name", member.name()));
        return declared;
    }

    /** An expert's score sheet: by the expert, or entered by staff from the paper sheet. */
    @Transactional
    public ScoreSheet score(CurrentUser user, UUID evaluationId, String talentId, Map<String, BigDecimal> scores) {
        Evaluation evaluation = openEvaluation(user, evaluationId);
        PanelMember member = member(evaluationId, talentId);
        requireSelfOrStaff(user, evaluation, member);
        if (!member.mayScore()) {
            throw new ProblemException(HttpStatus.CONFLICT, "expert-excluded",
                    new Object[] {member.name(), member.exclusion().name()},
                    Map.of("exclusion", member.exclusion().name()));
        }
        ScoreSheet sheet = new ScoreSheet(talentId, scores);
        Rubric rubric = evaluations.rubric(evaluation.rubricId()).orElseThrow();
        List<ScoreSheet.Problem> problems = sheet.problems(rubric);
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems.stream().map(p -> new FieldProblemException.FieldProblem(
                    "scores." + p.criterion(), p.code(), p.argument())).toList());
        }
        evaluations.replaceSheet(evaluationId, sheet, user.username(), Instant.now(clock));
        trace(user, evaluation, "evaluation.scored",
                Map.of("evaluationId", evaluationId, "talentId", talentId, "name", member.name()));
        return sheet;
    }

    /**
     * Applies the scoring rule ({@link PanelScoring}) and moves the case by the result. A passed growth evaluation
     * before the in-shell period is over graduates only with the panel's early-graduation reason
     * ({@code earlyGraduationReason}, on the timeline with the decision); otherwise nothing is decided.
     */
    @Transactional
    public PanelScoring.Result decide(CurrentUser user, UUID evaluationId) {
        return decide(user, evaluationId, null);
    }

    /** {@link #decide(CurrentUser, UUID)} with the panel's early-graduation reason, or null. */
    @Transactional
    public PanelScoring.Result decide(CurrentUser user, UUID evaluationId, String earlyGraduationReason) {
        requireStaff(user);
        Evaluation evaluation = openEvaluation(user, evaluationId);
        scopes.of(user).requireWritable(evaluation.jurisdiction(), evaluation.subjectOrganizationId());
        Rubric rubric = evaluations.rubric(evaluation.rubricId()).orElseThrow();
        PanelScoring.Result result = PanelScoring.score(rubric, evaluations.panel(evaluationId),
                evaluations.sheets(evaluationId));
        if (!evaluations.decide(evaluationId, result, json.writeValueAsString(result), Instant.now(clock))) {
            throw new ConflictException("evaluation-decided", evaluation.subjectName());
        }
        Decision decision = new Decision(evaluationId, evaluation.kind(), rubric.code() + " v" + rubric.version(),
                result.total(), result.passThreshold(), result.passed(), result.sheetsCounted(),
                result.highestAndLowestDropped(), evaluation.kind() == EvaluationKind.GROWTH && result.passed()
                        ? blankToNull(earlyGraduationReason) : null);
        trace(user, evaluation, "evaluation.decided", decision);
        if (evaluation.caseId() != null) {
            CaseAction action = switch (evaluation.kind()) {
                case ADMISSION -> result.passed() ? CaseAction.ADMIT : CaseAction.REJECT;
                case GROWTH -> result.passed() ? CaseAction.GRADUATE : CaseAction.RETURN_TO_SHELL;
                default -> throw new IllegalStateException("case evaluations are admission or growth");
            };
            cases.decideByPanel(user, evaluation.caseId(), action, decision, decision.earlyGraduationReason());
        }
        return result;
    }

    @ReadOnly
    public View view(CurrentUser user, UUID evaluationId) {
        Evaluation evaluation = evaluations.find(evaluationId, user, scopes.of(user))
                .orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
        List<PanelMember> panel = evaluations.panel(evaluationId);
        List<ScoreSheet> sheets = evaluations.sheets(evaluationId);
        if (!CaseAccess.holds(user, MANAGE)) {
            // An expert sees their own sheet only; an organization sees the result, not who gave what.
            sheets = sheets.stream().filter(s -> panel.stream().anyMatch(m -> m.talentId().equals(s.talentId())
                    && user.username().equals(m.username()))).toList();
        }
        return new View(evaluation, evaluations.rubric(evaluation.rubricId()).orElseThrow(), panel, sheets);
    }

    /** Evaluations in the caller's scope; for an expert, the ones they are assigned to and may score. */
    @ReadOnly
    public Page<Evaluation> list(CurrentUser user, UUID caseId, UUID organizationId, PageRequest page) {
        return evaluations.list(user, scopes.of(user), caseId, organizationId, page);
    }

    @ReadOnly
    public List<Rubric> rubrics() {
        return evaluations.latestRubrics();
    }

    @ReadOnly
    public Rubric rubric(String code) {
        return evaluations.latestRubric(code).orElseThrow(() -> new NotFoundException("rubric", code));
    }

    /** A new version of a rubric (评估细则); evaluations already opened keep the version they were opened with. */
    @Transactional
    public Rubric publishRubric(CurrentUser user, String code, EvaluationKind kind, String name,
            BigDecimal passThreshold, int minExperts, List<Criterion> criteria) {
        BigDecimal weights = criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new FieldProblemException("criteria", "Rubric.weights", weights);
        }
        if (criteria.stream().map(Criterion::code).distinct().count() != criteria.size()) {
            throw new FieldProblemException("criteria", "Rubric.duplicateCode");
        }
        Rubric rubric = new Rubric(UUID.randomUUID(), code, evaluations.nextRubricVersion(code), kind, name,
                passThreshold, minExperts, criteria);
        evaluations.insert(rubric, Instant.now(clock));
        audit.record(user, "rubric.published", "rubric", rubric.id(), null, null, rubric);
        return rubric;
    }

    private Evaluation openEvaluation(CurrentUser user, UUID evaluationId) {
        Evaluation evaluation = evaluations.find(evaluationId, user, scopes.of(user))
                .orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
        if (evaluation.status() != Evaluation.Status.OPEN) {
            throw new ConflictException("evaluation-decided", evaluation.subjectName());
        }
        return evaluation;
    }

    private PanelMember member(UUID evaluationId, String talentId) {
        return evaluations.panel(evaluationId).stream().filter(m -> m.talentId().equals(talentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("panel-member", talentId));
    }

    private void requireSelfOrStaff(CurrentUser user, Evaluation evaluation, PanelMember member) {
        if (user.username().equals(member.username())) {
            return;
        }
        requireStaff(user);
        scopes.of(user).requireWritable(evaluation.jurisdiction(), evaluation.subjectOrganizationId());
    }

    private static void requireStaff(CurrentUser user) {
        CaseAccess.require(user, MANAGE);
    }

    private void trace(CurrentUser user, Evaluation evaluation, String action, Object detail) {
        if (evaluation.caseId() != null) {
            audit.record(user, action, CaseService.SUBJECT, evaluation.caseId(), evaluation.jurisdiction().code(),
                    null, detail);
        } else {
            audit.record(user, action, SUBJECT, evaluation.id(), evaluation.jurisdiction().code(), null, detail);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * What the decision was and on what basis, as it goes on the case's timeline; {@code earlyGraduationReason} is
     * the panel's reason to graduate before the in-shell period is over (提前出壳), or null.
     */
    public record Decision(UUID evaluationId, EvaluationKind kind, String rubric, BigDecimal total,
            BigDecimal passThreshold, boolean passed, int sheetsCounted, boolean highestAndLowestDropped,
            String earlyGraduationReason) {
    }

    /** An evaluation with its rubric, panel and the sheets the caller may see. */
    public record View(Evaluation evaluation, Rubric rubric, List<PanelMember> panel, List<ScoreSheet> sheets) {
    }
}
