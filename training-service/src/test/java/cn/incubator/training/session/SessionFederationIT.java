package cn.incubator.training.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.SqlOrder;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import cn.incubator.training.course.Course;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import java.time.Duration;
import java.time.Instant;
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
 * 跨节点汇聚: the county officer's sessions (培训班次) of a course, three held here and three by the Xingsha node, come
 * as one list in the list's own order ({@code s.enrolment_deadline DESC, s.id}), the node's keeping their place, with
 * the summed total; a dead node is named in {@code Incubator-Partial} and the rest answered.
 */
@Import(StandInDirectory.Central.class)
class SessionFederationIT extends TrainingIT {

    private static final String PATH = "/api/training/v1/sessions";
    private static final String XINGSHA = "430121001000";

    @RegisterExtension
    final StandInNode.EachTest xingsha = new StandInNode.EachTest("xingsha", XINGSHA, "training");

    @Autowired
    SessionController controller;
    @Autowired
    SessionService sessions;
    @Autowired
    Fixtures fixtures;

    private Course course;
    private List<TrainingSession> own;

    @BeforeEach
    void threeSessionsHere() {
        course = fixtures.course();
        for (int days = 1; days <= 3; days++) {
            Instant start = Fixtures.FIRST_SITTING;
            TrainingSession planned = sessions.plan(COUNTY_BASE, new SessionService.Plan(course.id(),
                    Jurisdiction.of("430121000000"), "第" + days + "期", TrainingSession.Mode.ONSITE, "县社会组织服务中心",
                    null, 30, start.minus(Duration.ofDays(days)), "trainer-demo",
                    List.of(new TrainingSession.Sitting(0, start, start.plus(Duration.ofHours(2))))));
            sessions.publish(COUNTY_BASE, planned.id());
        }
        own = sessions.list(COUNTY_OFFICER, course.id(), null, null);
        assertThat(own).hasSize(3);
    }

    private Page<TrainingSession> list(PageRequest page, MockHttpServletResponse response) {
        return controller.list(COUNTY_OFFICER, course.id(), null, null, page,
                StandInNode.request(PATH, Map.of("courseId", course.id().toString()), page), response);
    }

    private List<TrainingSession> inListOrder(List<TrainingSession> rows) {
        return SqlOrder.sorted(jdbc, rows, TrainingSession::id, "s", "s.enrolment_deadline DESC, s.id",
                new SqlOrder.Column<>("enrolment_deadline", "timestamptz", TrainingSession::enrolmentDeadline));
    }

    private TrainingSession xingshas(TrainingSession like, String title, Instant deadline) {
        return StandInNode.variant(json, like, TrainingSession.class, Map.of("id", UUID.randomUUID(), "title", title,
                "enrolmentDeadline", deadline, "jurisdiction", Jurisdiction.of(XINGSHA)));
    }

    @Test
    void theCountysSessionsMergeTheNodesInTheListsOrderWithTheSummedTotal() {
        List<TrainingSession> held = inListOrder(List.of(
                xingshas(own.get(0), "星沙第一期", own.get(0).enrolmentDeadline().plusSeconds(3600)),
                // the same deadline as one of this node's: the id decides, as in SQL
                xingshas(own.get(1), "星沙第二期", own.get(1).enrolmentDeadline()),
                xingshas(own.get(2), "星沙第三期", Instant.parse("2001-01-01T00:00:00Z"))));
        assertThat(held).allSatisfy(row -> assertThat(row.jurisdictionCode()).isEqualTo(XINGSHA));
        xingsha.holds(PATH, held);
        xingsha.runs();

        List<TrainingSession> everything = new ArrayList<>(own);
        everything.addAll(held);
        List<TrainingSession> expected = inListOrder(everything);
        assertThat(expected.get(0).title()).isEqualTo("星沙第一期");
        assertThat(expected.get(5).title()).isEqualTo("星沙第三期");
        for (int number = 0; number < 4; number++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            Page<TrainingSession> page = list(new PageRequest(number, 2), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(page.total()).isEqualTo(6);
            assertThat(page.items()).extracting(TrainingSession::id).as("page " + number).containsExactlyElementsOf(
                    expected.subList(Math.min(6, number * 2), Math.min(6, number * 2 + 2)).stream()
                            .map(TrainingSession::id).toList());
        }
        TrainingSession first = list(new PageRequest(0, 1), new MockHttpServletResponse()).items().get(0);
        assertThat(first.jurisdiction().code()).isEqualTo(XINGSHA);
        assertThat(first.sittings()).isEqualTo(own.get(0).sittings());
        assertThat(xingsha.asked()).allSatisfy(uri -> assertThat(uri).contains("courseId=" + course.id())
                .contains("page=0").contains("size=200"));
    }

    @Test
    void aDeadNodeIsNamedAndTheSessionsHereAreAnswered() {
        xingsha.down();
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<TrainingSession> page = list(new PageRequest(0, 20), response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(TrainingSession::id)
                .containsExactlyElementsOf(own.stream().map(TrainingSession::id).toList());
    }
}
