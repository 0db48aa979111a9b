package cn.incubator.grants.round;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.XINGSHA_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeKind;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.grants.support.Fixtures;
import cn.incubator.grants.support.GrantIT;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.transition.IllegalTransitionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Programmes with their pools and plans, rounds and their calls, proposals drafted and submitted. */
class ProposalServiceIT extends GrantIT {

    private static final String XINGSHA = "430121001000";

    @Autowired
    ProgrammeService programmes;
    @Autowired
    RoundService rounds;
    @Autowired
    ProposalService proposals;

    @Test
    void yaansThreePlansMakeAPoolOfItsFundingsWithCapsPerPlan() {
        Programme programme = programmes.create(on(COUNTY_OFFICER), new ProgrammeService.NewProgramme("430121000000",
                "社会组织发展资助计划", ProgrammeKind.SUBSIDY_PLAN, "三大计划", List.of(
                        new ProgrammeService.NewFunding(Programme.Source.GOVERNMENT, "长沙县民政局", null,
                                new BigDecimal("500000.00"), LocalDate.of(2026, 4, 1)),
                        new ProgrammeService.NewFunding(Programme.Source.PARTNER, "南都公益基金会", "demo-foundation",
                                new BigDecimal("300000.00"), LocalDate.of(2026, 4, 2))),
                List.of(new ProgrammeService.NewPlan("STARTUP_LOCAL", "本土初创型社会组织资助计划", new BigDecimal("10000")),
                        new ProgrammeService.NewPlan("MATURE_LOCAL", "本土成熟型社会组织资助计划", new BigDecimal("30000")),
                        new ProgrammeService.NewPlan("OUTSIDE_CONTRIBUTOR", "外来社会组织本土发展资助计划",
                                new BigDecimal("30000")))));

        assertThat(programme.pool()).isEqualByComparingTo("800000.00");
        assertThat(programme.available()).isEqualByComparingTo("800000.00");
        assertThat(programme.plan("STARTUP_LOCAL").orElseThrow().cap()).isEqualByComparingTo("10000");
        Programme funded = programmes.addFunding(COUNTY_OFFICER, programme.id(), new ProgrammeService.NewFunding(
                Programme.Source.GOVERNMENT, "长沙县财政局", null, new BigDecimal("0.50"), LocalDate.of(2026, 5, 1)));
        assertThat(funded.pool()).isEqualByComparingTo("800000.50");
        assertThat(programmes.timeline(COUNTY_OFFICER, programme.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .containsExactly("programme.created", "programme.funded");
        assertThatThrownBy(() -> programmes.get(LANGLI_HUB, programme.id())).isInstanceOf(NotFoundException.class);
        Programme withoutPlans = programmes.create(COUNTY_OFFICER, new ProgrammeService.NewProgramme("430121000000",
                "尚无计划的资助项目", ProgrammeKind.SUBSIDY_PLAN, null, List.of(), List.of()));
        Round round = rounds.create(COUNTY_OFFICER, withoutPlans.id(), Fixtures.round("x", LocalDate.now(), 0, 5));
        assertThatThrownBy(() -> rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("plans-missing"));
        assertThatThrownBy(() -> programmes.addPlan(COUNTY_OFFICER, programme.id(),
                new ProgrammeService.NewPlan("STARTUP_LOCAL", "重复", BigDecimal.TEN)))
                .isInstanceOf(FieldProblemException.class);
    }

    @Test
    void hubsRunMicroVenturesOfTheirStreetOnlyAndPartnerFundingNamesThePartner() {
        assertThatThrownBy(() -> programmes.create(XINGSHA_HUB, Fixtures.ventureProgramme("星沙公益创投", "100000")))
                .isInstanceOfSatisfying(OutOfScopeException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThatThrownBy(() -> programmes.create(XINGSHA_HUB, new ProgrammeService.NewProgramme(XINGSHA, "星沙公益创投",
                ProgrammeKind.VENTURE_PHILANTHROPY, null, List.of(), List.of())))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("hub-micro-venture-only"));
        assertThatThrownBy(() -> programmes.create(COUNTY_OFFICER, new ProgrammeService.NewProgramme("430121000000",
                "县级微创投", ProgrammeKind.MICRO_VENTURE, null, List.of(), List.of())))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("jurisdiction"));
        assertThatThrownBy(() -> programmes.create(XINGSHA_HUB, new ProgrammeService.NewProgramme(XINGSHA, "星沙微创投",
                ProgrammeKind.MICRO_VENTURE, null, List.of(new ProgrammeService.NewFunding(Programme.Source.PARTNER,
                        "某基金会", null, BigDecimal.TEN, LocalDate.now())), List.of())))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("fundings[0].partnerId"));

        Programme micro = programmes.create(XINGSHA_HUB, new ProgrammeService.NewProgramme(XINGSHA, "星沙街道社区微创投",
                ProgrammeKind.MICRO_VENTURE, null, List.of(), List.of()));
        assertThat(programmes.search(LANGLI_HUB, ProgrammeKind.MICRO_VENTURE, PageRequest.first(200)).items()).extracting(Programme::id)
                .doesNotContain(micro.id());
        assertThat(programmes.search(COUNTY_OFFICER, null, PageRequest.first(200)).items()).extracting(Programme::id).contains(micro.id());
    }

    @Test
    void anOrganizationDraftsAndSubmitsItsOwnProposalOnceWithTheRequestTheSumOfItsBudget() {
        Round round = openRound(LocalDate.now().plusDays(10), 0);
        UUID organization = applicant("星沙街道夕阳红助老服务队");
        CurrentUser orgAdmin = on(Callers.orgAdmin("org-admin-demo", organization, XINGSHA));

        Proposal draft = proposals.create(orgAdmin, round.id(), null,
                Fixtures.content("银龄助餐", null, "12000.50", "6000", "2000"));

        assertThat(draft.requested()).isEqualByComparingTo("20000.50");
        assertThat(draft.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(draft.organizationName()).isEqualTo("星沙街道夕阳红助老服务队");
        Proposal edited = proposals.update(orgAdmin, draft.id(), null,
                Fixtures.content("银龄助餐（修订）", null, "15000"));
        assertThat(edited.requested()).isEqualByComparingTo("15000.00");
        Proposal submitted = proposals.submit(orgAdmin, draft.id());
        assertThat(submitted.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(submitted.applicant().maturity()).isEqualTo("DEVELOPING");
        assertThatThrownBy(() -> proposals.update(orgAdmin, draft.id(), null, Fixtures.content("再改", null, "1")))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState()).isEqualTo(ProposalStatus.SUBMITTED));
        assertThatThrownBy(() -> proposals.create(orgAdmin, round.id(), null, Fixtures.content("第二个", null, "1")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("proposal-exists"));
        assertThatThrownBy(() -> proposals.create(orgAdmin, round.id(), applicant("别家组织"),
                Fixtures.content("代别人申报", null, "1"))).isInstanceOf(OutOfScopeException.class);
        assertThat(proposals.timeline(COUNTY_OFFICER, draft.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .containsExactly("proposal.drafted", "proposal.edited", "proposal.submitted");
        assertThatThrownBy(() -> proposals.get(LANGLI_HUB, draft.id())).isInstanceOf(NotFoundException.class);
        assertThat(proposals.search(on(XINGSHA_HUB), round.id(), null, PageRequest.first(200)).items()).extracting(Proposal::id).contains(draft.id());
        assertThat(rounds.get(orgAdmin, round.id()).id()).as("the county's call is visible to a Xingsha organization")
                .isEqualTo(round.id());
    }

    @Test
    void nothingIsAcceptedAfterClosingPlusGraceDays() {
        Round withGrace = openRound(LocalDate.now().minusDays(3), 5);
        Round closed = openRound(LocalDate.now().minusDays(3), 0);
        UUID organization = applicant("星沙街道邻里守望队");
        on(COUNTY_OFFICER);

        Proposal late = proposals.create(COUNTY_OFFICER, withGrace.id(), organization,
                Fixtures.content("邻里守望", null, "8000"));
        assertThat(proposals.submit(COUNTY_OFFICER, late.id()).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThatThrownBy(() -> proposals.create(COUNTY_OFFICER, closed.id(), organization,
                Fixtures.content("邻里守望", null, "8000")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("round-not-accepting");
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                });

        Round open = openRound(LocalDate.now().plusDays(1), 0);
        Proposal draft = proposals.create(COUNTY_OFFICER, open.id(), organization, Fixtures.content("x", null, "1"));
        rounds.act(COUNTY_OFFICER, open.id(), RoundAction.CLOSE, "申报已满，提前截止");
        assertThatThrownBy(() -> proposals.submit(COUNTY_OFFICER, draft.id()))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("round-not-accepting"));
        assertThat(proposals.get(COUNTY_OFFICER, draft.id()).status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void aRegistryThatDoesNotAnswerYields503AndTheDraftStaysADraft() {
        Round round = openRound(LocalDate.now().plusDays(10), 0);
        UUID organization = applicant("星沙街道文体协会");
        Proposal draft = proposals.create(on(COUNTY_OFFICER), round.id(), organization,
                Fixtures.content("广场舞队培训", null, "5000"));
        SERVICES.registryDown = true;

        assertThatThrownBy(() -> proposals.submit(COUNTY_OFFICER, draft.id()))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));

        SERVICES.registryDown = false;
        assertThat(proposals.get(COUNTY_OFFICER, draft.id()).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposals.timeline(COUNTY_OFFICER, draft.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .containsExactly("proposal.drafted");
    }

    @Test
    void aSubsidyProposalNamesAnExistingPlanAndOthersNone() {
        Round round = openRound(LocalDate.now().plusDays(10), 0);
        UUID organization = applicant("星沙街道青少年成长服务中心");
        on(COUNTY_OFFICER);
        assertThatThrownBy(() -> proposals.create(COUNTY_OFFICER, round.id(), organization,
                Fixtures.content("x", "STARTUP_LOCAL", "1")))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).code()).isEqualTo("Proposal.planCode.notApplicable"));
        ProposalService.Content outsideAreas = new ProposalService.Content("x", null, "体育赛事", null,
                Fixtures.content("x", null, "1").budget(), new Proposal.Outcomes(1, 1, 1));
        assertThatThrownBy(() -> proposals.create(COUNTY_OFFICER, round.id(), organization, outsideAreas))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("priorityArea"));
    }

    Round openRound(LocalDate closesOn, int graceDays) {
        on(COUNTY_OFFICER);
        Programme programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("长沙县公益创投", "440000"));
        Round round = rounds.create(COUNTY_OFFICER, programme.id(), Fixtures.round("第一期", closesOn, graceDays, 7));
        return rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);
    }

    static UUID applicant(String name) {
        UUID id = UUID.randomUUID();
        SERVICES.organization(id, name, XINGSHA, "SOCIAL_SERVICE_ORGANIZATION", "DEVELOPING");
        return id;
    }
}
