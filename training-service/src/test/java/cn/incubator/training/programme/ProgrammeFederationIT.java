package cn.incubator.training.programme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.SqlOrder;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import cn.incubator.training.support.TrainingIT;
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
 * 跨节点汇聚: the county officer's training programmes (培训项目) merge the Xingsha node's in the list's own order
 * ({@code p.starts_on DESC, p.id}), the node's keeping their place and figures, with the summed total; a dead node is
 * named in {@code Incubator-Partial}.
 */
@Import(StandInDirectory.Central.class)
class ProgrammeFederationIT extends TrainingIT {

    private static final String PATH = "/api/training/v1/programmes";
    private static final String XINGSHA = "430121001000";

    @RegisterExtension
    final StandInNode.EachTest xingsha = new StandInNode.EachTest("xingsha", XINGSHA, "training");

    @Autowired
    ProgrammeController controller;
    @Autowired
    ProgrammeService programmes;

    private List<Programme> own;

    @BeforeEach
    void programmesHere() {
        for (int month = 3; month <= 4; month++) {
            programmes.create(COUNTY_BASE, new ProgrammeService.Plan(Jurisdiction.of("430121000000"),
                    "跨节点青年人才计划 " + UUID.randomUUID().toString().substring(0, 6), ProgrammeKind.values()[0], null,
                    LocalDate.of(2026, month, 1), LocalDate.of(2026, 12, 31)));
        }
        // every programme the county officer sees here, whatever else the tests before put in
        own = programmes.list(COUNTY_OFFICER, null);
        assertThat(own.size()).isBetween(2, 199);
    }

    private Page<Programme> list(PageRequest page, MockHttpServletResponse response) {
        return controller.list(COUNTY_OFFICER, null, page, StandInNode.request(PATH, Map.of(), page), response);
    }

    private List<Programme> inListOrder(List<Programme> rows) {
        return SqlOrder.sorted(jdbc, rows, Programme::id, "p", "p.starts_on DESC, p.id",
                new SqlOrder.Column<>("starts_on", "date", Programme::startsOn));
    }

    private Programme xingshas(Programme like, Map<String, Object> changes) {
        Map<String, Object> all = new HashMap<>(changes);
        all.put("id", UUID.randomUUID());
        all.put("jurisdiction", Jurisdiction.of(XINGSHA));
        all.put("personTimes", 123);
        return StandInNode.variant(json, like, Programme.class, all);
    }

    @Test
    void theCountysProgrammesMergeTheNodesInTheListsOrderWithTheirPlaces() {
        Programme latest = own.get(0);
        List<Programme> held = inListOrder(List.of(
                xingshas(latest, Map.of("startsOn", latest.startsOn().plusDays(1))),
                // the same first day as this node's latest: the id decides
                xingshas(latest, Map.of()),
                xingshas(latest, Map.of("startsOn", LocalDate.of(2001, 1, 1)))));
        assertThat(held).allSatisfy(row -> assertThat(row.jurisdictionCode()).isEqualTo(XINGSHA));
        xingsha.holds(PATH, held);
        xingsha.runs();

        List<Programme> everything = new ArrayList<>(own);
        everything.addAll(held);
        List<Programme> expected = inListOrder(everything);
        for (int number = 0; number < 3; number++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            Page<Programme> page = list(new PageRequest(number, 2), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(page.total()).isEqualTo(own.size() + 3L);
            assertThat(page.items()).extracting(Programme::id).as("page " + number).containsExactlyElementsOf(
                    expected.subList(Math.min(expected.size(), number * 2),
                            Math.min(expected.size(), number * 2 + 2)).stream().map(Programme::id).toList());
        }
        List<Programme> merged = list(new PageRequest(0, 200), new MockHttpServletResponse()).items();
        assertThat(merged).filteredOn(row -> held.stream().anyMatch(h -> h.id().equals(row.id())))
                .hasSize(3).allSatisfy(row -> {
                    assertThat(row.jurisdiction().code()).isEqualTo(XINGSHA);
                    assertThat(row.personTimes()).isEqualTo(123);
                });
    }

    @Test
    void aDeadNodeIsNamedAndTheProgrammesHereAreAnswered() {
        xingsha.down();
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<Programme> page = list(new PageRequest(0, 200), response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(page.total()).isEqualTo(own.size());
        assertThat(page.items()).extracting(Programme::id)
                .containsExactlyElementsOf(own.stream().map(Programme::id).toList());
    }
}
