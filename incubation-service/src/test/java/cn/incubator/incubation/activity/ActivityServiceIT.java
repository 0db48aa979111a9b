package cn.incubator.incubation.activity;

import static cn.incubator.platform.test.service.Callers.CITY_OPERATOR;
import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.cases.CaseAction;
import cn.incubator.incubation.cases.CaseService;
import cn.incubator.incubation.cases.IncubationCase;
import cn.incubator.incubation.cases.Track;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Services, roadshows and plan drafting, supervision with follow-ups, and templates, on the case timeline: recorded by
 * the base operator (incubation:service:write), which civil affairs only reads.
 */
class ActivityServiceIT extends IncubationIT {

    private static final UUID FUND_CUSTODY = UUID.fromString("5e1a0000-0000-4000-8000-000000000001");

    @Autowired
    CaseService cases;

    @Autowired
    BaseService bases;

    @Autowired
    ActivityService activities;

    @Autowired
    SupervisionService supervision;

    private Base base;

    @BeforeEach
    void countyBase() {
        on(CITY_OPERATOR);
        base = bases.create(CITY_OPERATOR, "长沙县社会组织孵化基地（督导）" + UUID.randomUUID().toString().substring(0, 4),
                "430121000000", "湖南乐创公益慈善发展中心");
    }

    @Test
    void roadshowPlanDraftingAndResourceLinkageAreCaseSteps() {
        IncubationCase c = applied("星沙街道环保志愿队", "430121001000");

        activities.record(CITY_OPERATOR, c.id(), activity(ActivityKind.PLAN_DRAFTING, "编制社区垃圾分类项目方案", null));
        activities.record(CITY_OPERATOR, c.id(), activity(ActivityKind.ROADSHOW, "项目路演（12 个团队参加）", null));
        activities.record(CITY_OPERATOR, c.id(), activity(ActivityKind.RESOURCE_LINKAGE, "链接基金会物资",
                new BigDecimal("12000.50")));

        assertThat(activities.list(CITY_OPERATOR, c.id())).extracting(ActivityService.Activity::kind)
                .containsExactly(ActivityKind.PLAN_DRAFTING, ActivityKind.ROADSHOW, ActivityKind.RESOURCE_LINKAGE);
        assertThat(activities.list(CITY_OPERATOR, c.id()).get(2).resourceValue()).isEqualTo(new BigDecimal("12000.50"));
        assertThat(cases.timeline(CITY_OPERATOR, c.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action).containsExactly(
                "case.applied", "activity.plan-drafting", "activity.roadshow", "activity.resource-linkage");
        assertThatThrownBy(() -> activities.list(LANGLI_HUB, c.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void individualSupervisionOfTheDragonBoatFundIsFollowedUpAndTheAgreementAttached() {
        IncubationCase dragonBoat = applied("㮾梨街道龙舟协会", "430121004000");

        SupervisionService.Session session = supervision.hold(CITY_OPERATOR, new SupervisionService.NewSession(
                SupervisionService.Kind.INDIVIDUAL, "龙舟赛资金管理", "19 万元赛事资金缺少规范管理",
                LocalDate.of(2024, 5, 20), "督导 黄志强", List.of(dragonBoat.id()),
                List.of(new SupervisionService.NewFinding(dragonBoat.id(), "资金未设专账", "签订三方资金代管协议",
                        LocalDate.of(2024, 6, 10)))));
        activities.attach(CITY_OPERATOR, dragonBoat.id(), FUND_CUSTODY, "团队、社区、枢纽三方");
        SupervisionService.Session followedUp = supervision.closeFollowUp(CITY_OPERATOR, session.id(),
                session.findings().get(0).id(), "协议已签订");

        assertThat(followedUp.findings().get(0).doneAt()).isNotNull();
        assertThatThrownBy(() -> activities.attach(CITY_OPERATOR, dragonBoat.id(), FUND_CUSTODY, null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("template-attached"));
        assertThat(activities.attached(CITY_OPERATOR, dragonBoat.id())).extracting(a -> a.template().title())
                .containsExactly("三方资金代管协议");
        assertThat(cases.timeline(CITY_OPERATOR, dragonBoat.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action).containsExactly(
                "case.applied", "supervision.held", "template.attached", "supervision.follow-up-done");
    }

    @Test
    void collectiveSupervisionCoversSeveralCasesAndNeedsMoreThanOne() {
        IncubationCase first = applied("黄花镇乡村舞蹈队", "430121105000");
        IncubationCase second = applied("黄花镇老年协会", "430121105000");

        assertThatThrownBy(() -> supervision.hold(CITY_OPERATOR, session(SupervisionService.Kind.COLLECTIVE,
                List.of(first.id())))).isInstanceOf(FieldProblemException.class);
        SupervisionService.Session session = supervision.hold(CITY_OPERATOR,
                session(SupervisionService.Kind.COLLECTIVE, List.of(first.id(), second.id())));

        assertThat(supervision.ofCase(CITY_OPERATOR, second.id())).extracting(SupervisionService.Session::id)
                .containsExactly(session.id());
        assertThat(cases.timeline(CITY_OPERATOR, first.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .contains("supervision.held");
    }

    @Test
    void civilAffairsReadsTheServicesOfACaseButDoesNotRecordThem() {
        IncubationCase c = applied("星沙街道读书会", "430121001000");
        activities.record(CITY_OPERATOR, c.id(), activity(ActivityKind.COACHING, "辅导", null));

        assertThatThrownBy(() -> activities.record(COUNTY_OFFICER, c.id(), activity(ActivityKind.COACHING, "辅导",
                null))).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("permission-denied"));
        assertThat(activities.list(COUNTY_OFFICER, c.id())).extracting(ActivityService.Activity::title)
                .containsExactly("辅导");
    }

    @Test
    void noServiceIsLoggedOnAnEndedCase() {
        IncubationCase c = applied("星沙街道已撤回团队", "430121001000");
        cases.perform(CITY_OPERATOR, c.id(), CaseAction.WITHDRAW, null);

        assertThatThrownBy(() -> activities.record(CITY_OPERATOR, c.id(), activity(ActivityKind.COACHING, "辅导", null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("case-ended"));
    }

    private SupervisionService.NewSession session(SupervisionService.Kind kind, List<UUID> caseIds) {
        return new SupervisionService.NewSession(kind, "农村社区社会组织动员难", "骨干流失、活动参与少",
                LocalDate.of(2024, 4, 2), "督导 李红", caseIds, List.of(new SupervisionService.NewFinding(null,
                        "骨干能力不足", "开展骨干轮训、物资支持与志愿者表彰", LocalDate.of(2024, 7, 1))));
    }

    private IncubationCase applied(String name, String jurisdiction) {
        UUID org = UUID.randomUUID();
        REGISTRY.organization(org, name, jurisdiction, "REGISTERED");
        return cases.apply(on(CITY_OPERATOR), new CaseService.NewApplication(Track.INCUBATION, base.id(), org, null,
                null));
    }

    private static ActivityService.NewActivity activity(ActivityKind kind, String title, BigDecimal value) {
        return new ActivityService.NewActivity(kind, title, null, LocalDate.of(2024, 3, 15), "乐创", 20, value);
    }
}
