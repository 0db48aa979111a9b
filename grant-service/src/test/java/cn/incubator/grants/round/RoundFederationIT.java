package cn.incubator.grants.round;

import static cn.incubator.grants.GrantTestData.COUNTY_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.support.Fixtures;
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
 * 跨节点汇聚: the county officer's rounds of a programme, three held here and three by the Xingsha node, come as one
 * list in the list's own order ({@code r.opens_on DESC, r.created_at DESC, r.id}) with the summed total; a dead node
 * is named in {@code Incubator-Partial} and the rest answered.
 */
@Import(StandInDirectory.Central.class)
class RoundFederationIT extends GrantIT {

    private static final String PATH = "/api/grants/v1/rounds";
    private static final String XINGSHA = "430121001000";

    @RegisterExtension
    final StandInNode.EachTest xingsha = new StandInNode.EachTest("xingsha", XINGSHA, "grants");

    @Autowired
    RoundController controller;
    @Autowired
    RoundService rounds;
    @Autowired
    ProgrammeService programmes;

    private UUID programme;
    private List<RoundView> own;

    @BeforeEach
    void threeRoundsHere() {
        Programme created = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("跨节点公益创投"
                + UUID.randomUUID().toString().substring(0, 6), "300000.00"));
        programme = created.id();
        for (String title : List.of("第一期", "第二期", "第三期")) {
            rounds.create(COUNTY_OFFICER, programme, Fixtures.round(title, LocalDate.now().plusDays(10), 0, 5));
        }
        own = rounds.search(COUNTY_OFFICER, programme, null, PageRequest.first(200)).map(RoundView::of).items();
        assertThat(own).hasSize(3);
    }

    private Page<RoundView> search(PageRequest page, MockHttpServletResponse response) {
        return controller.search(COUNTY_OFFICER, programme, null, page,
                StandInNode.request(PATH, Map.of("programmeId", programme.toString()), page), response);
    }

    private List<RoundView> inListOrder(List<RoundView> rows) {
        return SqlOrder.sorted(jdbc, rows, RoundView::id, "r", "r.opens_on DESC, r.created_at DESC, r.id",
                new SqlOrder.Column<>("opens_on", "date", RoundView::opensOn),
                new SqlOrder.Column<>("created_at", "timestamptz", RoundView::createdAt));
    }

    @Test
    void theCountysRoundsMergeTheNodesInTheListsOrderWithTheSummedTotal() {
        LocalDate opens = own.get(0).opensOn();
        List<RoundView> held = inListOrder(List.of(
                StandInNode.variant(json, own.get(0), RoundView.class, Map.of("id", UUID.randomUUID(), "title", "星沙第一期",
                        "opensOn", opens.plusDays(3), "jurisdiction", Jurisdiction.of(XINGSHA))),
                // the same day and the same instant as one of this node's: the id decides, as in SQL
                StandInNode.variant(json, own.get(1), RoundView.class, Map.of("id", UUID.randomUUID(), "title", "星沙第二期",
                        "jurisdiction", Jurisdiction.of(XINGSHA))),
                StandInNode.variant(json, own.get(2), RoundView.class, Map.of("id", UUID.randomUUID(), "title", "星沙第三期",
                        "opensOn", opens.minusYears(1), "jurisdiction", Jurisdiction.of(XINGSHA)))));
        xingsha.holds(PATH, held);
        xingsha.runs();

        List<RoundView> everything = new ArrayList<>(own);
        everything.addAll(held);
        List<RoundView> expected = inListOrder(everything);
        assertThat(expected.get(0).title()).isEqualTo("星沙第一期");
        assertThat(expected.get(5).title()).isEqualTo("星沙第三期");
        for (int number = 0; number < 4; number++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            Page<RoundView> page = search(new PageRequest(number, 2), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(page.total()).isEqualTo(6);
            assertThat(page.items()).extracting(RoundView::id).as("page " + number).containsExactlyElementsOf(
                    expected.subList(Math.min(6, number * 2), Math.min(6, number * 2 + 2)).stream()
                            .map(RoundView::id).toList());
        }
        RoundView first = search(new PageRequest(0, 1), new MockHttpServletResponse()).items().get(0);
        assertThat(first.jurisdiction().code()).isEqualTo(XINGSHA);
        assertThat(first.awardCap()).isEqualTo(own.get(0).awardCap());
        assertThat(xingsha.asked()).allSatisfy(uri -> assertThat(uri).contains("programmeId=" + programme)
                .contains("page=0").contains("size=200"));
    }

    @Test
    void aDeadNodeIsNamedAndTheRoundsHereAreAnswered() {
        xingsha.down();
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<RoundView> page = search(new PageRequest(0, 20), response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(RoundView::id)
                .containsExactlyElementsOf(own.stream().map(RoundView::id).toList());
    }
}
