package cn.incubator.incubation.evaluation;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.EXPERT;
import static cn.incubator.platform.test.service.Callers.XINGSHA_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.base.ZoneKind;
import cn.incubator.incubation.cases.CaseAction;
import cn.incubator.incubation.cases.CaseService;
import cn.incubator.incubation.cases.IncubationCase;
import cn.incubator.incubation.cases.Stage;
import cn.incubator.incubation.cases.Track;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.contracts.incubation.events.v1.OrganizationAdmitted;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/** The five stages through expert panels: admission with a conflicted expert, growth, graduation, follow-up. */
class EvaluationServiceIT extends IncubationIT {

    private static final CurrentUser OTHER_EXPERT = Callers.user("expert-other", Role.EXPERT, "430100000000");

    @Autowired
    CaseService cases;

    @Autowired
    BaseService bases;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ApplicationEvents events;

    private Base base;
    private UUID organization;
    private String organizationName;
    private List<String> experts;

    @BeforeEach
    void baseApplicantAndTalentPool() {
        on(COUNTY_OFFICER);
        base = bases.create(COUNTY_OFFICER, "长沙县星沙孵化园" + UUID.randomUUID().toString().substring(0, 4),
                "430121000000", "长沙县星沙街道社区社会组织联合会");
        bases.addZone(COUNTY_OFFICER, base.id(), ZoneKind.INCUBATION, "孵化区", 2, "F");
        organization = UUID.randomUUID();
        organizationName = "星沙街道银发助餐服务队" + organization.toString().substring(0, 4);
        REGISTRY.organization(organization, organizationName, "430121001000", "IN_PREPARATION", "NOT_REGISTERED");
        String suffix = organization.toString().substring(0, 8);
        experts = List.of("p1-" + suffix, "p2-" + suffix, "p3-" + suffix, "p4-" + suffix, "p5-" + suffix,
                "p6-" + suffix);
        REGISTRY.expert(experts.get(0), "王志刚", "expert-demo");
        REGISTRY.expert(experts.get(1), "李红", "li-hong");
        REGISTRY.expert(experts.get(2), "王磊", "wang-lei");
        REGISTRY.expert(experts.get(3), "张敏", "zhang-min");
        REGISTRY.expert(experts.get(4), "刘洋", "liu-yang");
        REGISTRY.expert(experts.get(5), "陈静", "chen-jing", organization);
    }

    @Test
    void aTeamGoesThroughAllFiveStagesWithAConflictedExpertLeftOut() {
        IncubationCase c = cases.apply(on(XINGSHA_HUB), new CaseService.NewApplication(Track.INCUBATION, base.id(),
                organization, null, "社区推荐"));
        cases.perform(XINGSHA_HUB, c.id(), CaseAction.START_INSPECTION, "实地考察");
        cases.perform(XINGSHA_HUB, c.id(), CaseAction.REQUEST_ADMISSION_EVALUATION, null);

        Evaluation admission = evaluations.openForCase(COUNTY_OFFICER, c.id(), EvaluationKind.ADMISSION);
        List<PanelMember> panel = evaluations.appoint(on(COUNTY_OFFICER), admission.id(), experts);

        assertThat(panel).filteredOn(m -> !m.mayScore()).extracting(PanelMember::name).containsExactly("陈静");
        assertThat(REGISTRY.tokens).last().isEqualTo("Bearer token-of-county-officer");

        // The affiliated expert cannot score; another declares a conflict and then cannot either.
        assertThatThrownBy(() -> evaluations.score(COUNTY_OFFICER, admission.id(), experts.get(5), sheet(admission, 9)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("expert-excluded"));
        evaluations.declareConflict(COUNTY_OFFICER, admission.id(), experts.get(4), "曾任该队顾问");
        assertThatThrownBy(() -> evaluations.score(COUNTY_OFFICER, admission.id(), experts.get(4), sheet(admission, 9)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("expert-excluded"));

        // The expert scores their own sheet; staff enter the paper sheets of the others.
        evaluations.score(EXPERT, admission.id(), experts.get(0), sheet(admission, 8));
        assertThatThrownBy(() -> evaluations.score(EXPERT, admission.id(), experts.get(1), sheet(admission, 10)))
                .as("an expert cannot fill in another expert's sheet").isInstanceOf(ProblemException.class);
        evaluations.score(COUNTY_OFFICER, admission.id(), experts.get(1), sheet(admission, 7));
        evaluations.score(COUNTY_OFFICER, admission.id(), experts.get(2), sheet(admission, 6));
        evaluations.score(COUNTY_OFFICER, admission.id(), experts.get(3), sheet(admission, 7));

        PanelScoring.Result admitted = evaluations.decide(COUNTY_OFFICER, admission.id());

        assertThat(admitted.sheetsCounted()).isEqualTo(4);
        assertThat(admitted.total()).isEqualByComparingTo("70.00");
        assertThat(admitted.passed()).isTrue();
        IncubationCase inShell = cases.get(COUNTY_OFFICER, c.id());
        assertThat(inShell.stage()).isEqualTo(Stage.IN_SHELL);
        assertThat(inShell.inShellEndsAt()).isNotNull();
        assertThat(cases.allocate(COUNTY_OFFICER, c.id(), null).workstationCode()).isEqualTo("F-001");

        cases.perform(COUNTY_OFFICER, c.id(), CaseAction.START_GROWTH_EVALUATION, null);
        Evaluation growth = evaluations.openForCase(COUNTY_OFFICER, c.id(), EvaluationKind.GROWTH);
        evaluations.appoint(on(COUNTY_OFFICER), growth.id(), experts.subList(0, 3));
        for (String expert : experts.subList(0, 3)) {
            evaluations.score(COUNTY_OFFICER, growth.id(), expert, sheet(growth, 8));
        }
        // Graduation (出壳) waits for the registry: the team is still in preparation.
        assertThatThrownBy(() -> evaluations.decide(COUNTY_OFFICER, growth.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("graduation-needs-registration");
                    assertThat(e.properties()).containsEntry("registryStatus", "IN_PREPARATION");
                });
        REGISTRY.organization(organization, organizationName, "430121001000", "FILED");
        // And for the in-shell clock: ten months from admission.
        assertThatThrownBy(() -> evaluations.decide(COUNTY_OFFICER, growth.id()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("in-shell-period-running"));
        assertThat(cases.get(COUNTY_OFFICER, c.id()).stage()).as("nothing decided").isEqualTo(Stage.GROWTH_EVALUATION);
        CLOCK.moveTo(inShell.inShellEndsAt().plusSeconds(3600));
        assertThat(evaluations.decide(COUNTY_OFFICER, growth.id()).passed()).isTrue();
        assertThat(cases.get(COUNTY_OFFICER, c.id()).stage()).isEqualTo(Stage.GRADUATED);
        assertThat(cases.workstationOf(COUNTY_OFFICER, c.id())).as("released on graduation").isEmpty();
        IncubationCase followUp = cases.perform(COUNTY_OFFICER, c.id(), CaseAction.START_FOLLOW_UP, "协助承接政府购买服务");
        assertThat(followUp.followUpEndsAt()).isNotNull();

        assertThat(cases.timeline(COUNTY_OFFICER, c.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action).containsExactly(
                "case.applied", "case.start-inspection", "case.request-admission-evaluation", "evaluation.opened",
                "evaluation.panel-appointed", "evaluation.conflict-declared", "evaluation.scored",
                "evaluation.scored", "evaluation.scored", "evaluation.scored", "evaluation.decided", "case.admit",
                "workstation.allocated", "case.start-growth-evaluation", "evaluation.opened",
                "evaluation.panel-appointed", "evaluation.scored", "evaluation.scored", "evaluation.scored",
                "evaluation.decided", "workstation.released", "case.graduate", "case.start-follow-up");
        assertThat(events.stream(EventEnvelope.class).filter(e -> e.subjectId().equals(organization.toString())))
                .extracting(EventEnvelope::type).containsExactly(
                        "cn.incubator.incubation.events.v1.ApplicationSubmitted",
                        "cn.incubator.incubation.events.v1.OrganizationAdmitted",
                        "cn.incubator.incubation.events.v1.OrganizationGraduated");
        EventEnvelope admittedEvent = events.stream(EventEnvelope.class)
                .filter(e -> e.type().equals("cn.incubator.incubation.events.v1.OrganizationAdmitted")
                        && e.subjectId().equals(organization.toString())).findFirst().orElseThrow();
        OrganizationAdmitted admittedPayload = EventPayloads.read(admittedEvent,
                OrganizationAdmitted.getDefaultInstance());
        assertThat(admittedPayload.getOrganizationId()).isEqualTo(organization.toString());
        assertThat(admittedPayload.getCaseId()).isEqualTo(c.id().toString());
        assertThat(admittedPayload.getBaseId()).isEqualTo(base.id().toString());
        assertThat(admittedPayload.getTrack()).isEqualTo("INCUBATION");
        assertThat(EventPayloads.instant(admittedPayload.getAdmittedAt())).isNotNull();
        assertThat(admittedEvent.jurisdiction()).isEqualTo("430121001000");
    }

    @Test
    void aPanelGraduatesEarlyOnlyWithItsRecordedReason() {
        IncubationCase inShell = inShellCase();
        REGISTRY.organization(organization, organizationName, "430121001000", "REGISTERED");
        Evaluation growth = passedGrowthPanel(inShell);

        assertThat(evaluations.decide(COUNTY_OFFICER, growth.id(), "项目已获政府购买服务，专家组一致同意提前出壳")
                .passed()).isTrue();

        IncubationCase graduated = cases.get(COUNTY_OFFICER, inShell.id());
        assertThat(graduated.stage()).isEqualTo(Stage.GRADUATED);
        assertThat(graduated.graduatedAt()).isBefore(graduated.inShellEndsAt());
        AuditEntry decided = cases.timeline(COUNTY_OFFICER, inShell.id(), cn.incubator.platform.paging.PageRequest.first(200)).items().stream()
                .filter(e -> e.action().equals("case.graduate")).findFirst().orElseThrow();
        assertThat(decided.after()).contains("项目已获政府购买服务，专家组一致同意提前出壳");
    }

    @Test
    void theFollowUpEndsByItsClockOrByARecordedDecision() {
        IncubationCase inShell = inShellCase();
        REGISTRY.organization(organization, organizationName, "430121001000", "FILED");
        Evaluation growth = passedGrowthPanel(inShell);
        CLOCK.moveTo(inShell.inShellEndsAt().plusSeconds(3600));
        evaluations.decide(COUNTY_OFFICER, growth.id());
        IncubationCase followUp = cases.perform(COUNTY_OFFICER, inShell.id(), CaseAction.START_FOLLOW_UP, null);

        assertThat(cases.actionsFor(COUNTY_OFFICER, followUp, false)).doesNotContain(CaseAction.CLOSE);
        assertThat(cases.actionsFor(COUNTY_OFFICER, followUp, true)).containsExactly(CaseAction.CLOSE);
        assertThatThrownBy(() -> cases.perform(COUNTY_OFFICER, inShell.id(), CaseAction.CLOSE, "到期了吗"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("follow-up-running"));

        CLOCK.moveTo(followUp.followUpEndsAt().plusSeconds(60));
        assertThat(cases.actionsFor(COUNTY_OFFICER, followUp, false)).containsExactly(CaseAction.CLOSE);
        assertThat(cases.actionsFor(COUNTY_OFFICER, followUp, true)).isEmpty();
        assertThat(cases.perform(COUNTY_OFFICER, inShell.id(), CaseAction.CLOSE, null).stage())
                .isEqualTo(Stage.CLOSED);
    }

    @Test
    void anOfficerClosesTheFollowUpEarlyWithTheDecisionsReasonOnTheTimeline() {
        IncubationCase inShell = inShellCase();
        REGISTRY.organization(organization, organizationName, "430121001000", "FILED");
        evaluations.decide(COUNTY_OFFICER, passedGrowthPanel(inShell).id(), "提前出壳：已独立承接社区项目");
        cases.perform(COUNTY_OFFICER, inShell.id(), CaseAction.START_FOLLOW_UP, null);

        IncubationCase closed = cases.perform(COUNTY_OFFICER, inShell.id(), CaseAction.CLOSE, null,
                "组织迁往长沙市区，后续服务转交属地");

        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        List<AuditEntry> timeline = cases.timeline(COUNTY_OFFICER, inShell.id(), cn.incubator.platform.paging.PageRequest.first(200)).items();
        AuditEntry last = timeline.get(timeline.size() - 1);
        assertThat(last.action()).isEqualTo("case.close");
        assertThat(last.after()).contains("组织迁往长沙市区，后续服务转交属地");
    }

    /** A case admitted by a passing admission panel, in shell now. */
    private IncubationCase inShellCase() {
        IncubationCase c = admissionEvaluationOf(organization);
        Evaluation admission = evaluations.openForCase(COUNTY_OFFICER, c.id(), EvaluationKind.ADMISSION);
        evaluations.appoint(on(COUNTY_OFFICER), admission.id(), experts.subList(1, 4));
        for (String expert : experts.subList(1, 4)) {
            evaluations.score(COUNTY_OFFICER, admission.id(), expert, sheet(admission, 8));
        }
        evaluations.decide(COUNTY_OFFICER, admission.id());
        return cases.get(COUNTY_OFFICER, c.id());
    }

    /** The growth evaluation of the case opened, seated and scored to pass, not yet decided. */
    private Evaluation passedGrowthPanel(IncubationCase inShell) {
        cases.perform(COUNTY_OFFICER, inShell.id(), CaseAction.START_GROWTH_EVALUATION, null);
        Evaluation growth = evaluations.openForCase(COUNTY_OFFICER, inShell.id(), EvaluationKind.GROWTH);
        evaluations.appoint(on(COUNTY_OFFICER), growth.id(), experts.subList(1, 4));
        for (String expert : experts.subList(1, 4)) {
            evaluations.score(COUNTY_OFFICER, growth.id(), expert, sheet(growth, 9));
        }
        return growth;
    }

    @Test
    void expertsSeeOnlyWhatTheyAreAssignedToAndTheirOwnSheet() {
        IncubationCase c = admissionEvaluationOf(organization);
        Evaluation admission = evaluations.openForCase(COUNTY_OFFICER, c.id(), EvaluationKind.ADMISSION);
        evaluations.appoint(on(COUNTY_OFFICER), admission.id(), experts.subList(0, 3));
        evaluations.score(EXPERT, admission.id(), experts.get(0), sheet(admission, 8));
        evaluations.score(COUNTY_OFFICER, admission.id(), experts.get(1), sheet(admission, 6));

        assertThat(cases.get(EXPERT, c.id()).id()).isEqualTo(c.id());
        assertThat(evaluations.list(EXPERT, c.id(), null, PageRequest.first(200)).items()).extracting(Evaluation::id).containsExactly(admission.id());
        assertThat(evaluations.view(EXPERT, admission.id()).sheets()).extracting(ScoreSheet::talentId)
                .containsExactly(experts.get(0));
        assertThat(evaluations.view(COUNTY_OFFICER, admission.id()).sheets()).hasSize(2);
        assertThatThrownBy(() -> cases.get(OTHER_EXPERT, c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evaluations.view(OTHER_EXPERT, admission.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(evaluations.list(OTHER_EXPERT, null, null, PageRequest.first(200)).items()).isEmpty();

        evaluations.declareConflict(EXPERT, admission.id(), experts.get(0), "近亲属在该组织任职");
        assertThatThrownBy(() -> cases.get(EXPERT, c.id())).as("a conflicted expert no longer sees the case")
                .isInstanceOf(NotFoundException.class);
        assertThat(evaluations.list(EXPERT, c.id(), null, PageRequest.first(200)).items()).isEmpty();
    }

    @Test
    void aSheetOutOfRangeIsRefusedCriterionByCriterionAndTooFewSheetsCannotDecide() {
        IncubationCase c = admissionEvaluationOf(organization);
        Evaluation admission = evaluations.openForCase(COUNTY_OFFICER, c.id(), EvaluationKind.ADMISSION);
        evaluations.appoint(on(COUNTY_OFFICER), admission.id(), experts.subList(0, 3));
        Map<String, BigDecimal> tooHigh = new java.util.HashMap<>(sheet(admission, 8));
        tooHigh.put("staffing", new BigDecimal("11"));

        assertThatThrownBy(() -> evaluations.score(COUNTY_OFFICER, admission.id(), experts.get(1), tooHigh))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::field).containsExactly("scores.staffing"));
        evaluations.score(COUNTY_OFFICER, admission.id(), experts.get(1), sheet(admission, 8));
        assertThatThrownBy(() -> evaluations.decide(COUNTY_OFFICER, admission.id()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("too-few-sheets"));
        assertThat(cases.get(COUNTY_OFFICER, c.id()).stage()).isEqualTo(Stage.ADMISSION_EVALUATION);
    }

    @Test
    void aFailedAdmissionRejectsTheCase() {
        IncubationCase c = admissionEvaluationOf(organization);
        Evaluation admission = evaluations.openForCase(COUNTY_OFFICER, c.id(), EvaluationKind.ADMISSION);
        evaluations.appoint(on(COUNTY_OFFICER), admission.id(), experts.subList(0, 3));
        for (String expert : experts.subList(0, 3)) {
            evaluations.score(COUNTY_OFFICER, admission.id(), expert, sheet(admission, 4));
        }

        assertThat(evaluations.decide(COUNTY_OFFICER, admission.id()).passed()).isFalse();
        assertThat(cases.get(COUNTY_OFFICER, c.id()).stage()).isEqualTo(Stage.REJECTED);
    }

    private IncubationCase admissionEvaluationOf(UUID org) {
        IncubationCase c = cases.apply(on(XINGSHA_HUB), new CaseService.NewApplication(Track.INCUBATION, base.id(),
                org, null, null));
        cases.perform(XINGSHA_HUB, c.id(), CaseAction.START_INSPECTION, null);
        return cases.perform(XINGSHA_HUB, c.id(), CaseAction.REQUEST_ADMISSION_EVALUATION, null);
    }

    /** Every criterion of the evaluation's rubric scored the same. */
    private Map<String, BigDecimal> sheet(Evaluation evaluation, int score) {
        return evaluations.view(COUNTY_OFFICER, evaluation.id()).rubric().criteria().stream()
                .collect(java.util.stream.Collectors.toMap(Criterion::code, c -> BigDecimal.valueOf(score)));
    }
}
