package cn.incubator.grants.review;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.EXPERT;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.incubator.grants.award.AwardDecision;
import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeKind;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundAction;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RoundStatus;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.grants.support.Fixtures;
import cn.incubator.grants.support.GrantIT;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A capped subsidy round from call to final: initial review with an ineligible applicant, an expert panel with an
 * affiliated expert and a declared conflict refused, priority for a five-star organization, allocation within caps
 * and pool, committee adjustments, public notice with an objection, finalization handing the decision to awards.
 */
@RecordApplicationEvents
class RoundJourneyIT extends GrantIT {

    private static final String XINGSHA = "430121001000";

    @Autowired
    ProgrammeService programmes;
    @Autowired
    RoundService rounds;
    @Autowired
    ProposalService proposals;
    @Autowired
    ReviewService reviews;
    @Autowired
    AllocationService allocations;
    @Autowired
    NoticeService notices;
    @Autowired
    ApplicationEvents events;

    @Test
    void aSubsidyRoundRunsFromCallToFinalWithinCapsAndPool() {
        on(COUNTY_OFFICER);
        Programme programme = programmes.create(COUNTY_OFFICER, new ProgrammeService.NewProgramme("430121000000",
                "长沙县社会组织资助计划", ProgrammeKind.SUBSIDY_PLAN, null,
                List.of(new ProgrammeService.NewFunding(Programme.Source.GOVERNMENT, "长沙县民政局", null,
                        new BigDecimal("45000.00"), LocalDate.of(2026, 4, 1))),
                List.of(new ProgrammeService.NewPlan("STARTUP_LOCAL", "本土初创型", new BigDecimal("10000")),
                        new ProgrammeService.NewPlan("MATURE_LOCAL", "本土成熟型", new BigDecimal("30000")))));
        Round round = rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("2026年第一轮", LocalDate.now().plusDays(5), 0, 7));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);

        UUID mature = organization("星沙街道社会工作服务中心", "MODEL");
        UUID startup = organization("星沙街道青少年成长营", "STARTUP");
        UUID starred = organization("星沙街道红色互助会", "DEVELOPING");
        UUID preparing = organization("星沙街道筹备中的读书会", "IN_PREPARATION");
        SERVICES.stars.put(starred.toString(), 5);
        SERVICES.stars.put(startup.toString(), 3);
        Proposal a = submitted(round, mature, "MATURE_LOCAL", "25000", "15000");
        Proposal b = submitted(round, startup, "STARTUP_LOCAL", "12000");
        Proposal c = submitted(round, starred, "STARTUP_LOCAL", "8000");
        Proposal d = submitted(round, preparing, "STARTUP_LOCAL", "5000");
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CLOSE, "申报已满，提前截止");

        // 初审
        illegal(() -> rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_EXPERT_REVIEW));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_INITIAL_REVIEW);
        refused(() -> rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_EXPERT_REVIEW), "screening-incomplete");
        assertThat(reviews.screeningChecks(COUNTY_OFFICER, d.id())).containsExactly("MATURITY_TOO_LOW");
        refused(() -> reviews.screen(COUNTY_OFFICER, d.id(), true, List.of(), null), "ineligible");
        assertThat(reviews.screen(COUNTY_OFFICER, d.id(), false, List.of("尚在筹建"), "未达到初创型").screeningReasons())
                .containsExactly("MATURITY_TOO_LOW", "尚在筹建");
        for (Proposal p : List.of(a, b, c)) {
            assertThat(reviews.screen(COUNTY_OFFICER, p.id(), true, null, "资料齐全").status())
                    .isEqualTo(ProposalStatus.PASSED);
        }

        // 专家评审
        String suffix = round.id().toString().substring(0, 8);
        SERVICES.expert("e1-" + suffix, "王志刚", "expert-demo");
        SERVICES.expert("e2-" + suffix, "李秀英", null);
        SERVICES.expert("e3-" + suffix, "张伟", null, startup);
        for (String talent : List.of("e1-", "e2-", "e3-")) {
            reviews.addExpert(COUNTY_OFFICER, round.id(), talent + suffix);
        }
        assertThat(reviews.panel(COUNTY_OFFICER, round.id())).hasSize(3);
        refused(() -> score(COUNTY_OFFICER, a, "e1-" + suffix, 27, 36, 27), "expert-review-closed");
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_EXPERT_REVIEW);
        assertThat(rounds.search(on(EXPERT), programme.id(), null, PageRequest.first(200)).items()).as("the round whose panel the expert sits on")
                .extracting(Round::id).containsExactly(round.id());

        refused(() -> score(COUNTY_OFFICER, b, "e3-" + suffix, 20, 20, 20), "conflict-of-interest");
        assertThat(proposals.search(on(EXPERT), round.id(), null, PageRequest.first(200)).items()).extracting(Proposal::id)
                .containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        reviews.declareConflict(EXPERT, c.id(), null, "曾为该组织提供督导服务");
        assertThat(proposals.search(EXPERT, round.id(), null, PageRequest.first(200)).items()).extracting(Proposal::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(proposals.assignments(EXPERT, PageRequest.first(200)).items()).extracting(Proposal::id).contains(a.id(), b.id())
                .doesNotContain(c.id(), d.id());
        refused(() -> score(EXPERT, c, null, 20, 20, 20), "conflict-of-interest");
        assertThatThrownBy(() -> score(EXPERT, a, null, 31, 36, 27))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("scores.NEED"));

        // an expert scores only as themselves
        assertThatThrownBy(() -> score(EXPERT, a, "e2-" + suffix, 10, 10, 10))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.slug()).isEqualTo("score-as-self");
                });
        assertThatThrownBy(() -> reviews.declareConflict(EXPERT, a.id(), "e2-" + suffix, "冒名回避"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("score-as-self"));
        score(EXPERT, a, "e1-" + suffix, 27, 36, 27);                     // 90, naming oneself is fine
        score(COUNTY_OFFICER, a, "e2-" + suffix, 27, 36, 27);             // 90, a paper sheet
        score(EXPERT, b, null, 21, 30, 21);                               // 72
        assertThat(reviews.sheets(COUNTY_OFFICER, a.id())).extracting(ScoreSheet::talentId, ScoreSheet::enteredBy)
                .containsExactlyInAnyOrder(tuple("e1-" + suffix, null), tuple("e2-" + suffix, "county-officer"));
        assertThat(proposals.timeline(COUNTY_OFFICER, a.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .contains("proposal.scored", "proposal.paper-sheet-entered");
        // e2 owes b and c, e3 owes a and c (never b: affiliated), e1 owes nothing (c: declared conflict)
        assertThatThrownBy(() -> allocations.rank(COUNTY_OFFICER, round.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("review-incomplete");
                    assertThat(e.properties().get("missing")).asInstanceOf(InstanceOfAssertFactories.LIST)
                            .containsExactly(Map.of("talentId", "e2-" + suffix, "name", "李秀英", "missingSheets", 2),
                                    Map.of("talentId", "e3-" + suffix, "name", "张伟", "missingSheets", 2));
                });
        score(COUNTY_OFFICER, c, "e2-" + suffix, 21, 28, 21);             // 70 + 5 for five stars
        score(COUNTY_OFFICER, b, "e2-" + suffix, 21, 30, 21);             // 72
        assertThat(reviews.sheets(EXPERT, a.id())).extracting(ScoreSheet::talentId).containsExactly("e1-" + suffix);
        assertThat(reviews.sheets(COUNTY_OFFICER, a.id())).hasSize(2);
        assertThatThrownBy(() -> allocations.rank(COUNTY_OFFICER, round.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.args()).containsExactly(1,
                        "张伟 (2)"));
        // the committee decides to rank without 张伟, with its reason on the round's timeline
        assertThat(reviews.excuse(COUNTY_OFFICER, round.id(), "e3-" + suffix, "因病无法参加评审，委员会决定不再等待")
                .excused()).isTrue();

        // 排序与分配
        SERVICES.partyBuildingDown = true;
        assertThatThrownBy(() -> allocations.rank(COUNTY_OFFICER, round.id()))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThat(rounds.get(COUNTY_OFFICER, round.id()).status()).isEqualTo(RoundStatus.EXPERT_REVIEW);
        SERVICES.partyBuildingDown = false;

        AllocationService.RoundAllocation first = allocations.rank(COUNTY_OFFICER, round.id());
        assertThat(first.lines()).extracting(AllocationRow::proposalId).containsExactly(a.id(), c.id(), b.id());

        // a ranked round returns to expert review, with a reason, until the notice is published
        assertThatThrownBy(() -> rounds.act(COUNTY_OFFICER, round.id(), RoundAction.REOPEN_REVIEW, " "))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("reason"));
        assertThat(rounds.act(COUNTY_OFFICER, round.id(), RoundAction.REOPEN_REVIEW, "补录王志刚的书面意见").status())
                .isEqualTo(RoundStatus.EXPERT_REVIEW);
        score(EXPERT, b, null, 21, 30, 21);                               // the same 72 again
        AllocationService.RoundAllocation ranked = allocations.rank(COUNTY_OFFICER, round.id());

        assertThat(ranked.lines()).extracting(AllocationRow::proposalId).containsExactly(a.id(), c.id(), b.id());
        assertThat(ranked.lines()).extracting(AllocationRow::priority).containsExactly(false, true, false);
        assertThat(ranked.lines()).extracting(AllocationRow::limit).containsExactly(new BigDecimal("30000.00"),
                new BigDecimal("8000.00"), new BigDecimal("10000.00"));
        // 30,000 + 8,000 leave 7,000: the third does not fit and the round allows no partial grant
        assertThat(ranked.lines()).extracting(AllocationRow::amount).containsExactly(new BigDecimal("30000.00"),
                new BigDecimal("8000.00"), new BigDecimal("0.00"));
        assertThat(ranked.total()).isEqualByComparingTo("38000.00");
        assertThat(ranked.available()).isEqualByComparingTo("45000.00");

        // 评审委员会调整
        refused(() -> allocations.adjust(COUNTY_OFFICER, round.id(), b.id(), new BigDecimal("10000.01"), "超上限"),
                "allocation-refused");
        refused(() -> allocations.adjust(COUNTY_OFFICER, round.id(), b.id(), new BigDecimal("7000.01"), "超资金池"),
                "allocation-refused");
        AllocationService.RoundAllocation adjusted = allocations.adjust(COUNTY_OFFICER, round.id(), b.id(),
                new BigDecimal("7000.00"), "委员会决定以余额资助");
        assertThat(adjusted.total()).isEqualByComparingTo("45000.00");
        assertThat(adjusted.lines().get(2).adjustedReason()).isEqualTo("委员会决定以余额资助");
        assertThatThrownBy(() -> allocations.allocation(on(Callers.orgAdmin("org-admin-demo", starred, XINGSHA)),
                round.id())).isInstanceOf(NotFoundException.class);

        // 公示
        on(COUNTY_OFFICER);
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH_NOTICE);
        illegal(() -> rounds.act(COUNTY_OFFICER, round.id(), RoundAction.REOPEN_REVIEW, "公示后不能退回"));
        illegal(() -> allocations.adjust(COUNTY_OFFICER, round.id(), b.id(), BigDecimal.ONE, "公示后"));
        CurrentUser preparingAdmin = on(Callers.orgAdmin("reading-club", preparing, XINGSHA));
        assertThat(allocations.allocation(preparingAdmin, round.id()).total()).isEqualByComparingTo("45000.00");
        Objection objection = notices.lodge(preparingAdmin, round.id(), null, "星沙街道筹备中的读书会",
                "认为初审标准过严");
        on(COUNTY_OFFICER);
        Instant noticeEnds = rounds.get(COUNTY_OFFICER, round.id()).noticeEndsAt();
        assertThatThrownBy(() -> notices.finalizeRound(COUNTY_OFFICER, round.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("notice-not-over");
                    assertThat(e.properties()).containsEntry("noticeEndsAt", noticeEnds);
                });
        CLOCK.offset = Duration.between(Instant.now(), noticeEnds).minusMinutes(1);
        assertThatThrownBy(() -> notices.finalizeRound(COUNTY_OFFICER, round.id()))
                .as("a minute before the end").isInstanceOf(RuleViolationException.class);
        CLOCK.offset = Duration.ofDays(8);
        assertThatThrownBy(() -> notices.finalizeRound(COUNTY_OFFICER, round.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("objections-open");
                    assertThat(e.args()).containsExactly(1, "星沙街道筹备中的读书会");
                });
        notices.resolve(COUNTY_OFFICER, round.id(), objection.id(), Objection.Status.DISMISSED,
                "申报指南明确要求初创型以上", false);
        refused(() -> notices.resolve(COUNTY_OFFICER, round.id(), objection.id(), Objection.Status.UPHELD, "再议",
                false), "objection-resolved");

        Round finalRound = notices.finalizeRound(COUNTY_OFFICER, round.id());

        assertThat(finalRound.status()).isEqualTo(RoundStatus.FINAL);
        List<AwardDecision> decisions = events.stream(AwardDecision.class)
                .filter(decision -> decision.roundId().equals(round.id())).toList();
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.programmeId()).isEqualTo(programme.id());
            assertThat(decision.decidedBy()).isEqualTo("county-officer");
            assertThat(decision.lines()).extracting(AwardDecision.Line::organizationId)
                    .containsExactly(mature, starred, startup);
            assertThat(decision.lines()).extracting(AwardDecision.Line::amount).containsExactly(
                    new BigDecimal("30000.00"), new BigDecimal("8000.00"), new BigDecimal("7000.00"));
            assertThat(decision.lines()).extracting(AwardDecision.Line::planCode)
                    .containsExactly("MATURE_LOCAL", "STARTUP_LOCAL", "STARTUP_LOCAL");
        });
        assertThat(programmes.get(COUNTY_OFFICER, programme.id()).available()).isEqualByComparingTo("0.00");
        assertThat(rounds.timeline(COUNTY_OFFICER, round.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action).contains(
                "round.created", "round.publish", "round.closed-early", "round.close", "round.start-initial-review",
                "round.expert-added", "round.start-expert-review", "round.expert-excused", "round.review-reopened",
                "round.reopen-review", "round.allocated", "round.rank", "round.allocation-adjusted",
                "round.publish-notice", "round.objection-lodged", "round.objection-resolved", "round.award-decision",
                "round.finalize");
        assertThat(rounds.get(LANGLI_HUB, round.id()).status()).as("a published county call is visible in its streets")
                .isEqualTo(RoundStatus.FINAL);

        // the next round of the programme finds nothing left in the pool; its notice cannot be skipped
        assertThatThrownBy(() -> rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("2026年第二轮", LocalDate.now().plusDays(5), 0, 0)))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("noticeDays"));
        assertThatThrownBy(() -> rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("2026年第二轮", LocalDate.now().plusDays(5), 0, 4)))
                .isInstanceOf(FieldProblemException.class);
        Round second = rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("2026年第二轮", LocalDate.now().plusDays(5), 0, 5));
        assertThat(allocations.allocation(COUNTY_OFFICER, second.id()).available()).isEqualByComparingTo("0.00");
    }

    @Test
    void closingBeforeThePublishedDateNeedsAReasonAndTellsEveryApplicantWithADraft() {
        on(COUNTY_OFFICER);
        Programme programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("长沙县公益创投（提前截止）",
                "20000"));
        Round round = rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("第一期", LocalDate.now().plusDays(18), 0, 5));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);
        Proposal draft = proposals.create(COUNTY_OFFICER, round.id(), organization("星沙街道书香社", "DEVELOPING"),
                Fixtures.content("社区共读", null, "6000"));
        Proposal sent = submitted(round, organization("星沙街道邻里守望队", "DEVELOPING"), null, "7000");

        assertThatThrownBy(() -> rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CLOSE))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("reason"));
        assertThat(rounds.get(COUNTY_OFFICER, round.id()).status()).isEqualTo(RoundStatus.OPEN);

        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CLOSE, "资金调整，提前结束征集");

        assertThat(rounds.timeline(COUNTY_OFFICER, round.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).filteredOn(e -> e.action().equals("round.closed-early"))
                .singleElement().satisfies(e -> assertThat(e.after().toString()).contains("资金调整，提前结束征集"));
        assertThat(proposals.timeline(COUNTY_OFFICER, draft.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .contains("proposal.round-closed-early");
        assertThat(proposals.timeline(COUNTY_OFFICER, sent.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .doesNotContain("proposal.round-closed-early");
    }

    @Test
    void closingAfterThePublishedDateNeedsNoReason() {
        on(COUNTY_OFFICER);
        Programme programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("长沙县公益创投（按期截止）",
                "20000"));
        Round round = rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("第一期", LocalDate.now().plusDays(2), 0, 5));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);
        CLOCK.offset = Duration.ofDays(4);

        assertThat(rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CLOSE).status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(rounds.timeline(COUNTY_OFFICER, round.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .doesNotContain("round.closed-early");
    }

    @Test
    void aCancelledRoundGivesItsMoneyBackToThePool() {
        on(COUNTY_OFFICER);
        Programme programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("长沙县公益创投", "20000"));
        Round round = rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("第一期", LocalDate.now().plusDays(5), 0, 5));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);
        UUID graduate = organization("星沙街道长者食堂", "DEVELOPING");
        SERVICES.graduated.put(graduate.toString(), true);
        Proposal p = submitted(round, graduate, null, "15000");
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CLOSE, "申报已满，提前截止");
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_INITIAL_REVIEW);
        reviews.screen(COUNTY_OFFICER, p.id(), true, null, null);
        String talent = "solo-" + round.id().toString().substring(0, 8);
        SERVICES.expert(talent, "陈静", null);
        reviews.addExpert(COUNTY_OFFICER, round.id(), talent);
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_EXPERT_REVIEW);
        score(COUNTY_OFFICER, p, talent, 20, 30, 20);
        AllocationRow line = allocations.rank(COUNTY_OFFICER, round.id()).lines().get(0);
        assertThat(line.priority()).as("graduated from incubation").isTrue();
        assertThat(line.totalScore()).isEqualByComparingTo("75.0000"); // 70 + the bonus of 5
        assertThat(programmes.get(COUNTY_OFFICER, programme.id()).available()).isEqualByComparingTo("5000.00");

        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CANCEL);

        assertThat(programmes.get(COUNTY_OFFICER, programme.id()).available()).isEqualByComparingTo("20000.00");
        illegal(() -> notices.finalizeRound(COUNTY_OFFICER, round.id()));
        refused(() -> rounds.act(COUNTY_OFFICER, round.id(), RoundAction.RANK), "validation");
    }

    private void score(CurrentUser user, Proposal p, String talentId, int need, int design, int capacity) {
        reviews.score(user, p.id(), talentId, Map.of("NEED", BigDecimal.valueOf(need), "DESIGN",
                BigDecimal.valueOf(design), "CAPACITY", BigDecimal.valueOf(capacity)), Map.of("DESIGN", "设计清晰"));
    }

    private Proposal submitted(Round round, UUID organization, String plan, String... amounts) {
        Proposal draft = proposals.create(COUNTY_OFFICER, round.id(), organization,
                Fixtures.content("项目" + organization.toString().substring(0, 4), plan, amounts));
        return proposals.submit(COUNTY_OFFICER, draft.id());
    }

    private static UUID organization(String name, String maturity) {
        UUID id = UUID.randomUUID();
        SERVICES.organization(id, name, XINGSHA, "SOCIAL_SERVICE_ORGANIZATION", maturity);
        return id;
    }

    private static void illegal(ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IllegalTransitionException.class);
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, String slug) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.slug()).isEqualTo(slug));
    }
}
