package cn.incubator.grants.review;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.platform.test.service.Callers.CITY_OPERATOR;
import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.EXPERT;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.XINGSHA_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundAction;
import cn.incubator.grants.round.RoundService;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.grants.support.Fixtures;
import cn.incubator.grants.support.GrantIT;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data-scope matrix of rounds: out-of-scope reads look like 404, writes to what the caller sees but does not run
 * are 403; a published county call is visible in its streets, a draft only to those who run it.
 */
class RoundScopeIT extends GrantIT {

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

    private Programme programme;
    private Round published;
    private Round draft;
    private Proposal xingshaProposal;

    @BeforeEach
    void aCountyRoundInInitialReviewAndADraft() {
        on(COUNTY_OFFICER);
        programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("长沙县公益创投", "100000"));
        published = rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("第一期", LocalDate.now().plusDays(3), 0, 7));
        rounds.act(COUNTY_OFFICER, published.id(), RoundAction.PUBLISH);
        UUID organization = UUID.randomUUID();
        SERVICES.organization(organization, "星沙街道助老服务队", "430121001000", "COMMUNITY_ORGANIZATION", "STARTUP");
        xingshaProposal = proposals.submit(COUNTY_OFFICER, proposals.create(COUNTY_OFFICER, published.id(),
                organization, Fixtures.content("助老", null, "6000")).id());
        rounds.act(COUNTY_OFFICER, published.id(), RoundAction.CLOSE, "申报已满，提前截止");
        rounds.act(COUNTY_OFFICER, published.id(), RoundAction.START_INITIAL_REVIEW);
        draft = rounds.create(COUNTY_OFFICER, programme.id(), Fixtures.round("第二期", LocalDate.now().plusDays(30), 0,
                7));
    }

    @Test
    void aHubOfAnotherStreetSeesThePublishedCallButNeitherItsProposalsNorItsBooksAndChangesNothing() {
        CurrentUser langli = on(LANGLI_HUB);
        assertThat(rounds.get(langli, published.id()).id()).isEqualTo(published.id());
        assertThat(proposals.search(langli, published.id(), null, PageRequest.first(200)).items()).isEmpty();

        notFound(() -> programmes.get(langli, programme.id()));
        notFound(() -> rounds.get(langli, draft.id()));
        notFound(() -> rounds.act(langli, draft.id(), RoundAction.PUBLISH));
        notFound(() -> proposals.get(langli, xingshaProposal.id()));
        notFound(() -> reviews.screen(langli, xingshaProposal.id(), true, null, null));
        notFound(() -> reviews.panel(langli, published.id()));
        notFound(() -> allocations.allocation(langli, published.id()));
        notFound(() -> notices.objections(langli, published.id()));
        notFound(() -> programmes.addFunding(langli, programme.id(), new ProgrammeService.NewFunding(
                Programme.Source.GOVERNMENT, "x", null, BigDecimal.TEN, LocalDate.now())));
        notFound(() -> rounds.create(langli, programme.id(), Fixtures.round("x", LocalDate.now(), 0, 5)));

        forbidden(() -> rounds.act(langli, published.id(), RoundAction.CANCEL));
        forbidden(() -> reviews.addExpert(langli, published.id(), "anyone"));
        forbidden(() -> allocations.rank(langli, published.id()));
        forbidden(() -> allocations.adjust(langli, published.id(), xingshaProposal.id(), BigDecimal.ONE, "x"));
        forbidden(() -> notices.finalizeRound(langli, published.id()));
    }

    @Test
    void theStreetHubOfTheApplicantSeesItsProposalButDoesNotRunTheCountyRound() {
        CurrentUser xingsha = on(XINGSHA_HUB);
        assertThat(proposals.get(xingsha, xingshaProposal.id()).id()).isEqualTo(xingshaProposal.id());
        forbidden(() -> reviews.screen(xingsha, xingshaProposal.id(), true, null, null));
        forbidden(() -> rounds.act(xingsha, published.id(), RoundAction.START_EXPERT_REVIEW));
        notFound(() -> rounds.get(xingsha, draft.id()));
    }

    @Test
    void theCityBaseOperatorRunsTheCountyRound() {
        CurrentUser city = on(CITY_OPERATOR);
        assertThat(rounds.get(city, draft.id()).id()).isEqualTo(draft.id());
        assertThat(reviews.screen(city, xingshaProposal.id(), true, null, "复核通过").screenedBy())
                .isEqualTo("city-operator");
    }

    @Test
    void anOrganizationSeesPublishedCallsOnlyAndAnExpertOffThePanelSeesNeitherTheRoundNorItsProposals() {
        CurrentUser orgAdmin = on(Callers.orgAdmin("org-admin-demo", UUID.randomUUID(), "430121001000"));
        assertThat(rounds.search(orgAdmin, programme.id(), null, PageRequest.first(200)).items()).extracting(Round::id).containsExactly(published.id());
        notFound(() -> proposals.get(orgAdmin, xingshaProposal.id()));
        notFound(() -> allocations.allocation(orgAdmin, published.id()));

        CurrentUser expert = on(EXPERT);
        assertThat(rounds.search(expert, programme.id(), null, PageRequest.first(200)).items()).isEmpty();
        notFound(() -> rounds.get(expert, published.id()));
        notFound(() -> proposals.search(expert, published.id(), null, PageRequest.first(200)).items());
        notFound(() -> allocations.allocation(expert, published.id()));
        assertThat(proposals.assignments(expert, PageRequest.first(200)).items()).extracting(Proposal::id).doesNotContain(xingshaProposal.id());
        notFound(() -> reviews.score(expert, xingshaProposal.id(), null, Map.of("NEED", BigDecimal.ONE), Map.of()));
        notFound(() -> reviews.sheets(expert, xingshaProposal.id()));
    }

    private static void notFound(ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }

    private static void forbidden(ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(OutOfScopeException.class);
    }
}
