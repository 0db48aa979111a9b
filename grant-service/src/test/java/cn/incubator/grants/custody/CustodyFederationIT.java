package cn.incubator.grants.custody;

import static cn.incubator.grants.GrantTestData.COUNTY_OFFICER;
import static cn.incubator.grants.GrantTestData.LANGLI_HUB;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.support.GrantIT;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.SqlOrder;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * 跨节点汇聚: the county officer's custody agreements (资金代管) merge the Xingsha node's in the list's own order
 * ({@code signed_on DESC, organization_name, id}), the node's rows keeping their place, with the summed total; a dead
 * node is named in {@code Incubator-Partial}.
 */
@Import(StandInDirectory.Central.class)
class CustodyFederationIT extends GrantIT {

    private static final String PATH = "/api/grants/v1/custody-agreements";
    private static final String XINGSHA = "430121001000";

    @RegisterExtension
    final StandInNode.EachTest xingsha = new StandInNode.EachTest("xingsha", XINGSHA, "grants");

    @Autowired
    CustodyController controller;
    @Autowired
    CustodyService custody;

    private List<CustodyAgreement> own;

    @BeforeEach
    void agreementsHere() {
        for (int day = 1; day <= 3; day++) {
            custody.create(LANGLI_HUB, new CustodyService.NewAgreement(UUID.randomUUID(), "长沙县㮾梨街道志愿者协会",
                    Jurisdiction.of("430121004000"), "㮾梨街道㮾梨社区居委会", "㮾梨街道社区社会组织联合会",
                    "LL-FED-" + UUID.randomUUID(), LocalDate.of(2026, 5, day), "代管社会捐赠资金，专款专用"));
        }
        // every agreement of the county here, whatever else the tests before put in
        own = custody.list(COUNTY_OFFICER, PageRequest.first(200)).items();
        assertThat(own.size()).isBetween(3, 199);
    }

    private Page<CustodyAgreement> list(PageRequest page, MockHttpServletResponse response) {
        return controller.list(COUNTY_OFFICER, page, StandInNode.request(PATH, Map.of(), page), response);
    }

    private List<CustodyAgreement> inListOrder(List<CustodyAgreement> rows) {
        return SqlOrder.sorted(jdbc, rows, CustodyAgreement::id, "c", "c.signed_on DESC, c.organization_name, c.id",
                new SqlOrder.Column<>("signed_on", "date", CustodyAgreement::signedOn),
                new SqlOrder.Column<>("organization_name", "text", CustodyAgreement::organizationName));
    }

    private CustodyAgreement xingshas(CustodyAgreement like, Map<String, Object> changes) {
        Map<String, Object> all = new java.util.HashMap<>(changes);
        all.put("id", UUID.randomUUID());
        all.put("jurisdiction", Jurisdiction.of(XINGSHA));
        return StandInNode.variant(json, like, CustodyAgreement.class, all);
    }

    @Test
    void theCountysAgreementsMergeTheNodesInTheListsOrderWithTheirPlaces() {
        CustodyAgreement latest = own.get(0);
        List<CustodyAgreement> held = inListOrder(List.of(
                xingshas(latest, Map.of("signedOn", latest.signedOn().plusDays(1), "organizationName", "星沙街道龙舟协会")),
                // the same day and name as this node's latest: the id decides
                xingshas(latest, Map.of()),
                // the same day, a name before it in the database's collation
                xingshas(latest, Map.of("organizationName", "0 号星沙协会")),
                xingshas(latest, Map.of("signedOn", LocalDate.of(2001, 1, 1)))));
        assertThat(held).allSatisfy(row -> assertThat(row.jurisdictionCode()).isEqualTo(XINGSHA));
        xingsha.holds(PATH, held);
        xingsha.runs();

        List<CustodyAgreement> everything = new ArrayList<>(own);
        everything.addAll(held);
        List<CustodyAgreement> expected = inListOrder(everything);
        for (int number = 0; number < 3; number++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            Page<CustodyAgreement> page = list(new PageRequest(number, 3), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(page.total()).isEqualTo(own.size() + 4L);
            assertThat(page.items()).extracting(CustodyAgreement::id).as("page " + number).containsExactlyElementsOf(
                    expected.subList(Math.min(expected.size(), number * 3),
                            Math.min(expected.size(), number * 3 + 3)).stream().map(CustodyAgreement::id).toList());
        }
        List<CustodyAgreement> merged = list(new PageRequest(0, 200), new MockHttpServletResponse()).items();
        assertThat(merged).filteredOn(row -> held.stream().anyMatch(h -> h.id().equals(row.id())))
                .hasSize(4).allSatisfy(row -> {
                    assertThat(row.jurisdiction().code()).isEqualTo(XINGSHA);
                    assertThat(row.balance()).isEqualByComparingTo(latest.balance());
                });
    }

    @Test
    void aDeadNodeIsNamedAndTheAgreementsHereAreAnswered() {
        xingsha.down();
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<CustodyAgreement> page = list(new PageRequest(0, 200), response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(page.total()).isEqualTo(own.size());
        assertThat(page.items()).extracting(CustodyAgreement::id)
                .containsExactlyElementsOf(own.stream().map(CustodyAgreement::id).toList());
    }
}
