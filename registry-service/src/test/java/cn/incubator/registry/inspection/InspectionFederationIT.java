package cn.incubator.registry.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.StandInNode;
import cn.incubator.registry.node.NewNode;
import cn.incubator.registry.node.NodeDirectoryService;
import cn.incubator.registry.node.ServiceEndpoint;
import cn.incubator.registry.node.TierNodes;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.OrganizationService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * 跨节点年检: a county officer's inspection lists, whose county holds a Xingsha street node (a stand-in answering as a
 * registry would), merge this node's rows with the node's in each list's own order, latest year first for the
 * inspections and the earliest due date first for the overdue rectifications, with the summed totals; a dead node is
 * named and left out.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class InspectionFederationIT {

    private static final CurrentUser COUNTY = Callers.COUNTY_OFFICER;
    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;
    private static final LocalDate AS_OF = LocalDate.of(2031, 1, 1);
    private static final String INSPECTIONS = "/api/registry/v1/annual-inspections";
    private static final String OVERDUE = "/api/registry/v1/annual-inspections/overdue-rectifications";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_inspection_federation_it");
    }

    @Autowired
    AnnualInspectionController controller;
    @Autowired
    AnnualInspectionService inspections;
    @Autowired
    OrganizationService organizations;
    @Autowired
    NodeDirectoryService directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private StandInNode xingsha;

    /**
     * The node's inspections, in the list's order: a year after every local one, last year (its name, in digits,
     * before every Chinese name) and a year before every local one.
     */
    private final List<AnnualInspection> held = List.of(
            atXingsha("0001 星沙节点协会", 2099, InspectionStatus.SUBMITTED, null),
            atXingsha("0002 星沙节点协会", LAST_YEAR, InspectionStatus.SUBMITTED, null),
            atXingsha("0003 星沙节点协会", 1990, InspectionStatus.SUBMITTED, null));
    /** The node's overdue rectifications, in the list's order: before, between and after this node's own. */
    private final List<AnnualInspection> overdue = List.of(
            atXingsha("0004 星沙节点协会", LAST_YEAR, InspectionStatus.FAILED, LocalDate.of(2000, 1, 1)),
            atXingsha("0005 星沙节点协会", LAST_YEAR, InspectionStatus.BASIC_PASSED, LocalDate.of(2030, 6, 1)),
            atXingsha("0006 星沙节点协会", LAST_YEAR, InspectionStatus.FAILED, LocalDate.of(2030, 12, 31)));

    @BeforeEach
    void startTheNode() {
        TierNodes.clear(jdbc);
        // this node's own: inspections of last year and the year before, two of them rectifications overdue
        for (LocalDate due : List.of(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 9, 1))) {
            UUID organization = registered();
            inspections.submit(COUNTY, organization, LAST_YEAR - 1, "年度报告");
            AnnualInspection late = inspections.submit(COUNTY, organization, LAST_YEAR, "年度报告");
            inspections.review(COUNTY, late.id());
            inspections.conclude(COUNTY, late.id(), InspectionAction.BASIC_PASS, "请按期整改",
                    LocalDate.now().plusDays(10));
            jdbc.sql("UPDATE annual_inspection SET rectification_due = :due WHERE id = :id")
                    .param("due", java.sql.Date.valueOf(due)).param("id", late.id()).update();
        }
        xingsha = StandInNode.start("xingsha", "430121001000", json).holds(INSPECTIONS, held).holds(OVERDUE, overdue);
    }

    @AfterEach
    void stopTheNode() {
        xingsha.close();
        TierNodes.clear(jdbc);
    }

    private void register(NodeEndpoint node) {
        directory.register(Callers.ADMIN, new NewNode(node.name(), node.jurisdiction().code(),
                Map.of("registry", new ServiceEndpoint(node.target(), null))));
    }

    @Test
    void theInspectionsMergeTheNodesLatestYearFirstWithTheSummedTotal() {
        register(xingsha.endpoint());
        List<AnnualInspection> own = Page.collect(page -> inspections.search(COUNTY, null, null, null, page),
                Integer.MAX_VALUE);
        assertThat(own).as("this node's own").hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(row -> assertThat(row.year()).isBetween(1991, 2098));
        List<AnnualInspection> expected = StandInNode.merged(own, held, (local, node) -> local.year() > node.year());

        for (int number = 0; number * 4 < expected.size(); number++) {
            PageRequest page = new PageRequest(number, 4);
            MockHttpServletResponse response = new MockHttpServletResponse();
            Page<AnnualInspection> answer = controller.search(COUNTY, null, null, page,
                    StandInNode.request(INSPECTIONS, page), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(answer.total()).isEqualTo(own.size() + held.size());
            assertThat(answer.items()).extracting(AnnualInspection::id).as("page " + number)
                    .containsExactlyElementsOf(expected.subList(number * 4, Math.min(expected.size(), number * 4 + 4))
                            .stream().map(AnnualInspection::id).toList());
        }
        // the node's row whole, as the node wrote it (its place read back from the one jurisdiction shape)
        PageRequest first = new PageRequest(0, 1);
        assertThat(controller.search(COUNTY, null, null, first, StandInNode.request(INSPECTIONS, first),
                new MockHttpServletResponse()).items()).containsExactly(held.get(0));
        assertThat(xingsha.asked()).allSatisfy(uri -> assertThat(uri).contains("size=200"));
    }

    @Test
    void theOverdueRectificationsMergeTheNodesEarliestDueFirstForTheSameDay() {
        register(xingsha.endpoint());
        List<AnnualInspection> own = Page.collect(page -> inspections.overdueRectifications(COUNTY, AS_OF, page),
                Integer.MAX_VALUE);
        assertThat(own).extracting(AnnualInspection::rectificationDue)
                .contains(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 9, 1));
        List<AnnualInspection> expected = StandInNode.merged(own, overdue,
                (local, node) -> local.rectificationDue().isBefore(node.rectificationDue()));
        assertThat(expected).as("the node's rows among this node's").extracting(AnnualInspection::rectificationDue)
                .containsSubsequence(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 3, 1), LocalDate.of(2030, 6, 1),
                        LocalDate.of(2030, 9, 1), LocalDate.of(2030, 12, 31));

        PageRequest page = new PageRequest(0, PageRequest.MAX_SIZE);
        Page<AnnualInspection> answer = controller.overdue(COUNTY, AS_OF, page,
                StandInNode.request(OVERDUE, page, "asOf", AS_OF.toString()), new MockHttpServletResponse());
        assertThat(answer.total()).isEqualTo(own.size() + overdue.size());
        assertThat(answer.items()).extracting(AnnualInspection::id)
                .containsExactlyElementsOf(expected.stream().map(AnnualInspection::id).toList());
        assertThat(xingsha.asked()).as("the node is asked for the same day")
                .allSatisfy(uri -> assertThat(uri).contains("asOf=2031-01-01"));
    }

    @Test
    void aDeadNodeIsNamedAndLeftOutAndTheRestIsAnswered() {
        register(StandInNode.dead("xingsha", "430121001000"));
        PageRequest page = new PageRequest(0, 5);
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<AnnualInspection> answer = controller.search(COUNTY, null, null, page,
                StandInNode.request(INSPECTIONS, page), response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        Page<AnnualInspection> own = inspections.search(COUNTY, null, null, null, page);
        assertThat(answer.total()).isEqualTo(own.total());
        assertThat(answer.items()).isEqualTo(own.items());
    }

    private static AnnualInspection atXingsha(String name, int year, InspectionStatus status, LocalDate due) {
        Instant submitted = Instant.parse("2026-03-01T02:00:00Z");
        return new AnnualInspection(UUID.randomUUID(), UUID.randomUUID(), name, Jurisdiction.of("430121001000"),
                year, status, "年度报告", "xingsha-hub", submitted, null, null,
                due == null ? null : "xingsha-hub", due == null ? null : submitted, due == null ? null : "请按期整改",
                due, null);
    }

    private UUID registered() {
        String code = UnifiedSocialCreditCode.withCheckCharacter(
                "51430121MJJ" + String.format("%06d", (int) (Math.random() * 1_000_000)));
        return organizations.create(COUNTY, new OrganizationService.NewOrganization(
                "跨节点年检测试协会" + UUID.randomUUID().toString().substring(0, 6), LegalForm.SOCIAL_GROUP, code,
                "430121004000", Category.PUBLIC_WELFARE, null, LocalDate.of(LAST_YEAR - 3, 5, 1))).organization()
                .id();
    }
}
