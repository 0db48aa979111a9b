package cn.incubator.partybuilding.partycase;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.partybuilding.partycase.PartyCaseController.CaseResponse;
import cn.incubator.partybuilding.support.FederationIT;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.StandInNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 跨节点党建个案: the county officer's party cases, whose county holds a Xingsha street node (a stand-in answering as
 * party-building would), merge this node's with the node's, newest admission first, with the summed total, page by
 * page; a dead node is named and left out.
 */
class PartyCaseFederationIT extends FederationIT {

    private static final String CASES = "/api/party-building/v1/cases";

    @Autowired
    PartyCaseController controller;
    @Autowired
    PartyCaseService cases;

    private final List<CaseRecord> mine = new ArrayList<>();
    private List<CaseResponse> held;
    private StandInNode xingsha;

    @BeforeEach
    void startTheNode() {
        // this node's own: two Langli organizations admitted in May and July (they stay: no other test counts cases)
        for (String admitted : List.of("2026-05-01T02:00:00Z", "2026-07-01T02:00:00Z")) {
            mine.add(cases.open("federation-it", new PartyCaseService.Admission(UUID.randomUUID(),
                    "㮾梨街道跨节点测试协会" + admitted.substring(5, 7), "430121004000", UUID.randomUUID(), null,
                    "NURTURING", Instant.parse(admitted), UUID.randomUUID())).partyCase());
        }
        CaseResponse like = CaseResponse.of(mine.get(0));
        // the node's, newest first: after every local one, between this test's two, before every local one
        held = List.of(atXingsha(like, "2099-01-01T00:00:00Z"), atXingsha(like, "2026-06-01T02:00:00Z"),
                atXingsha(like, "2000-01-01T00:00:00Z"));
        xingsha = StandInNode.start("xingsha", "430121001000", json).holds(CASES, held);
    }

    @AfterEach
    void stopTheNode() {
        xingsha.close();
    }

    private Page<CaseResponse> search(PageRequest page, MockHttpServletResponse response) {
        return controller.search(COUNTY_OFFICER, null, null, null, null, page, StandInNode.request(CASES, page),
                response);
    }

    @Test
    void theCountysCasesMergeTheNodesNewestAdmissionFirstPageByPage() {
        NODES.serve("party-building", xingsha.endpoint());
        List<CaseResponse> own = Page.collect(page -> cases.search(COUNTY_OFFICER,
                new CaseSearch(null, null, null, null), page).map(CaseResponse::of), Integer.MAX_VALUE);
        List<CaseResponse> expected = StandInNode.merged(own, held,
                (local, node) -> local.admittedAt().isAfter(node.admittedAt()));
        assertThat(expected).extracting(CaseResponse::id).containsSubsequence(held.get(0).id(), mine.get(1).id(),
                held.get(1).id(), mine.get(0).id(), held.get(2).id());

        for (int number = 0; number * 3 < expected.size(); number++) {
            PageRequest page = new PageRequest(number, 3);
            MockHttpServletResponse response = new MockHttpServletResponse();
            Page<CaseResponse> answer = search(page, response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(answer.total()).isEqualTo(own.size() + held.size());
            assertThat(answer.items()).as("page " + number)
                    .containsExactlyElementsOf(expected.subList(number * 3, Math.min(expected.size(), number * 3 + 3)));
        }
    }

    @Test
    void aDeadNodeIsNamedAndLeftOutAndTheRestIsAnswered() {
        NODES.serve("party-building", StandInNode.dead("xingsha", "430121001000"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        PageRequest page = new PageRequest(0, 5);
        Page<CaseResponse> answer = search(page, response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(answer).isEqualTo(cases.search(COUNTY_OFFICER, new CaseSearch(null, null, null, null), page)
                .map(CaseResponse::of));
    }

    private static CaseResponse atXingsha(CaseResponse like, String admittedAt) {
        return new CaseResponse(UUID.randomUUID(), UUID.randomUUID(), "星沙节点协会" + admittedAt.substring(0, 4),
                Jurisdiction.of("430121001000"), UUID.randomUUID(), like.baseId(), like.track(),
                Instant.parse(admittedAt), like.openedAt(), like.stage(), like.memberCount(), like.requiredFormation(),
                like.currentFormation(), like.shortfalls(), like.developmentPlan(), null, null, like.instructor(),
                like.pairing(), null, null, like.ownBranchRequiredSince(), like.overdueReportedAt());
    }
}
