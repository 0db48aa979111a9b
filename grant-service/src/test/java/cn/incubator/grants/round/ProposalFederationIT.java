package cn.incubator.grants.round;

import static cn.incubator.grants.GrantTestData.COUNTY_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.support.Fixtures;
import cn.incubator.grants.support.GrantIT;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.SqlOrder;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 跨节点汇聚: the county officer's proposals across rounds merge the Xingsha node's in the list's own order
 * ({@code p.submitted_at NULLS LAST, p.created_at, p.id}: submitted ones first, drafts after them by creation), with
 * the summed total and the filter asked of the node.
 */
@Import(StandInDirectory.Central.class)
class ProposalFederationIT extends GrantIT {

    private static final String PATH = "/api/grants/v1/proposals";
    private static final String XINGSHA = "430121001000";

    @RegisterExtension
    final StandInNode.EachTest xingsha = new StandInNode.EachTest("xingsha", XINGSHA, "grants");

    @Autowired
    ProposalController controller;
    @Autowired
    ProposalService proposals;
    @Autowired
    RoundService rounds;
    @Autowired
    ProgrammeService programmes;

    private List<ProposalController.ProposalView> own;

    @BeforeEach
    void draftsHere() {
        Callers.on(COUNTY_OFFICER);
        UUID programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("跨节点申报", "200000")).id();
        Round round = rounds.create(COUNTY_OFFICER, programme, Fixtures.round("第一期", LocalDate.now().plusDays(10), 0,
                7));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);
        for (String name : List.of("县老年协会", "县青少年服务社")) {
            UUID organization = UUID.randomUUID();
            SERVICES.organization(organization, name, "430121004000", "SOCIAL_SERVICE_ORGANIZATION", "DEVELOPING");
            proposals.create(Callers.on(Callers.orgAdmin("fed-" + organization, organization, "430121004000")),
                    round.id(), null, Fixtures.content(name + "项目", null, "1000"));
        }
        Callers.on(COUNTY_OFFICER);
        own = proposals.searchAll(COUNTY_OFFICER, ProposalStatus.DRAFT, PageRequest.first(200))
                .map(ProposalController.ProposalView::of).items();
        assertThat(own.size()).isBetween(2, 199);
    }

    private Page<ProposalController.ProposalView> search(PageRequest page, MockHttpServletResponse response) {
        return controller.searchAll(COUNTY_OFFICER, ProposalStatus.DRAFT, page,
                StandInNode.request(PATH, Map.of("status", "DRAFT"), page), response);
    }

    private List<ProposalController.ProposalView> inListOrder(List<ProposalController.ProposalView> rows) {
        return SqlOrder.sorted(jdbc, rows, ProposalController.ProposalView::id, "p",
                "p.submitted_at NULLS LAST, p.created_at, p.id",
                new SqlOrder.Column<>("submitted_at", "timestamptz", ProposalController.ProposalView::submittedAt),
                new SqlOrder.Column<>("created_at", "timestamptz", ProposalController.ProposalView::createdAt));
    }

    private ProposalController.ProposalView xingshas(ProposalController.ProposalView like, Map<String, Object> changes) {
        Map<String, Object> all = new HashMap<>(changes);
        all.put("id", UUID.randomUUID());
        all.put("jurisdiction", Jurisdiction.of(XINGSHA));
        return StandInNode.variant(json, like, ProposalController.ProposalView.class, all);
    }

    @Test
    void theCountysProposalsMergeTheNodesSubmittedFirstThenDraftsByCreation() {
        ProposalController.ProposalView first = own.get(0);
        List<ProposalController.ProposalView> held = inListOrder(List.of(
                xingshas(first, Map.of("submittedAt", Instant.parse("2026-01-05T02:00:00Z"))),
                // a draft created at the same instant as this node's first: the id decides
                xingshas(first, Map.of()),
                xingshas(first, Map.of("createdAt", Instant.parse("2001-01-01T00:00:00Z")))));
        xingsha.holds(PATH, held);
        xingsha.runs();

        List<ProposalController.ProposalView> everything = new ArrayList<>(own);
        everything.addAll(held);
        List<ProposalController.ProposalView> expected = inListOrder(everything);
        assertThat(expected.get(0).submittedAt()).isNotNull();
        for (int number = 0; number < 3; number++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            Page<ProposalController.ProposalView> page = search(new PageRequest(number, 2), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(page.total()).isEqualTo(own.size() + 3L);
            assertThat(page.items()).extracting(ProposalController.ProposalView::id).as("page " + number)
                    .containsExactlyElementsOf(expected.subList(Math.min(expected.size(), number * 2),
                            Math.min(expected.size(), number * 2 + 2)).stream()
                            .map(ProposalController.ProposalView::id).toList());
        }
        assertThat(xingsha.asked()).allSatisfy(uri -> assertThat(uri).contains("status=DRAFT"));
    }
}
