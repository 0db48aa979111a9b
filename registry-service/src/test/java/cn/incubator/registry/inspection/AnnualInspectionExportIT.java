package cn.incubator.registry.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.ExportSheets;
import cn.incubator.platform.test.service.StandInNode;
import cn.incubator.registry.excel.ExportRows;
import cn.incubator.registry.node.NewNode;
import cn.incubator.registry.node.NodeDirectoryService;
import cn.incubator.registry.node.ServiceEndpoint;
import cn.incubator.registry.node.TierNodes;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** 年检 and its overdue rectifications as .xlsx: the lists' rows in the caller's scope. */
// a generous time-out for the stand-in node: its first answer on a loaded machine is slow (a dead node is refused at once)
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.federation.timeout=10s"})
class AnnualInspectionExportIT {

    private static final CurrentUser COUNTY = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    private static final CurrentUser XINGSHA = user("xingsha-hub", Role.HUB_OPERATOR, "430121001000");
    private static final CurrentUser LANGLI = user("langli-hub", Role.HUB_OPERATOR, "430121004000");
    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;
    private static final int ID = 10;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_inspection_export_it");
    }

    @Autowired
    OrganizationService organizations;

    @Autowired
    AnnualInspectionService inspections;

    @Autowired
    AnnualInspectionController controller;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NodeDirectoryService directory;

    @Autowired
    JsonMapper json;

    @Test
    void theExportHoldsTheListsRowsInTheCallersScope() throws IOException {
        AnnualInspection xingsha = inspections.submit(COUNTY, registered("430121001000").id(), LAST_YEAR, "年度报告");
        AnnualInspection langli = inspections.submit(COUNTY, registered("430121004000").id(), LAST_YEAR, "年度报告");

        ResponseEntity<byte[]> answer = controller.export(XINGSHA, LAST_YEAR, null, get(), new MockHttpServletResponse());

        assertThat(answer.getHeaders().getContentType()).hasToString(Downloads.XLSX);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(Downloads.attachment("年检-" + LAST_YEAR + ".xlsx"));
        List<List<String>> rows = ExportRows.of(answer.getBody());
        List<String> listed = Page.collect(page -> controller.search(XINGSHA, LAST_YEAR, null, page,
                new MockHttpServletRequest(), new MockHttpServletResponse()),
                Integer.MAX_VALUE).stream().map(i -> i.id().toString()).toList();
        assertThat(rows).extracting(r -> r.get(ID)).containsExactlyElementsOf(listed)
                .contains(xingsha.id().toString()).doesNotContain(langli.id().toString());
        assertThat(rows).filteredOn(r -> r.get(ID).equals(xingsha.id().toString())).singleElement()
                .satisfies(r -> assertThat(r.subList(0, 5)).containsExactly(xingsha.organizationName(),
                        "430121001000", xingsha.jurisdiction().fullName(), String.valueOf(LAST_YEAR), "已提交"));
        assertThat(ExportRows.of(controller.export(COUNTY, LAST_YEAR, InspectionStatus.SUBMITTED, get(), new MockHttpServletResponse()).getBody()))
                .extracting(r -> r.get(ID)).contains(xingsha.id().toString(), langli.id().toString());
        assertThat(ExportRows.of(controller.export(COUNTY, LAST_YEAR, InspectionStatus.PASSED, get(), new MockHttpServletResponse()).getBody()))
                .extracting(r -> r.get(ID)).doesNotContain(xingsha.id().toString(), langli.id().toString());
    }

    @Test
    void theOverdueExportHoldsTheOverdueListsRowsInTheCallersScope() throws IOException {
        AnnualInspection late = inspections.submit(COUNTY, registered("430121001000").id(), LAST_YEAR, null);
        inspections.review(COUNTY, late.id());
        inspections.conclude(COUNTY, late.id(), InspectionAction.BASIC_PASS, "换届逾期，请尽快换届",
                LocalDate.now().plusDays(10));
        jdbc.sql("UPDATE annual_inspection SET rectification_due = :due WHERE id = :id")
                .param("due", java.sql.Date.valueOf(LocalDate.now().minusDays(5))).param("id", late.id()).update();

        ResponseEntity<byte[]> answer = controller.exportOverdue(XINGSHA, null, get(), new MockHttpServletResponse());

        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(Downloads.attachment("年检逾期未整改.xlsx"));
        List<String> listed = Page.collect(page -> controller.overdue(XINGSHA, null, page,
                new MockHttpServletRequest(), new MockHttpServletResponse()), Integer.MAX_VALUE)
                .stream().map(i -> i.id().toString()).toList();
        assertThat(ExportRows.of(answer.getBody())).extracting(r -> r.get(ID)).containsExactlyElementsOf(listed)
                .contains(late.id().toString());
        assertThat(ExportRows.of(controller.exportOverdue(LANGLI, null, get(), new MockHttpServletResponse()).getBody())).extracting(r -> r.get(ID))
                .doesNotContain(late.id().toString());
        assertThat(ExportRows.of(controller.exportOverdue(XINGSHA, LocalDate.now().minusDays(10), get(), new MockHttpServletResponse()).getBody()))
                .extracting(r -> r.get(ID)).doesNotContain(late.id().toString());
    }

    private static MockHttpServletRequest get() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/registry/v1/annual-inspections/export");
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        return request;
    }

    private static AnnualInspection held(String name, int year, LocalDate due) {
        return new AnnualInspection(UUID.randomUUID(), UUID.randomUUID(), name, Jurisdiction.of("430121001000"), year,
                InspectionStatus.BASIC_PASSED, "年度报告", "xingsha-hub", null, null, null, null, null, "请整改", due,
                null);
    }

    /** The export with Xingsha's node at {@code base} in the directory; the response gets the headers. */
    private byte[] withNode(String base, java.util.function.Function<MockHttpServletResponse, byte[]> export,
            MockHttpServletResponse response) {
        TierNodes.clear(jdbc);
        try {
            directory.register(Callers.ADMIN, new NewNode("xingsha", "430121001000", Map.of("registry",
                    new ServiceEndpoint(base, null))));
            return export.apply(response);
        } finally {
            TierNodes.clear(jdbc);
        }
    }

    @Test
    void theCountysExportsHaveTheStreetNodesInspectionsInTheListsOrders() throws IOException {
        AnnualInspection here = inspections.submit(COUNTY, registered("430121004000").id(), LAST_YEAR, "年度报告");
        List<String> own = ExportRows.of(controller.export(COUNTY, null, null, get(), new MockHttpServletResponse())
                .getBody()).stream().map(r -> r.get(ID)).toList();
        assertThat(own).contains(here.id().toString());
        // the latest year first, the oldest last
        AnnualInspection newest = held("星沙节点协会", 2099, null);
        AnnualInspection oldest = held("星沙节点老协会", 1999, null);
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .holds("/api/registry/v1/annual-inspections", List.of(newest, oldest))) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            List<List<String>> rows = ExportRows.of(withNode(node.base(), r -> controller.export(COUNTY, null, null,
                    get(), r).getBody(), response));
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            List<String> expected = new java.util.ArrayList<>(List.of(newest.id().toString()));
            expected.addAll(own);
            expected.add(oldest.id().toString());
            assertThat(rows).extracting(r -> r.get(ID)).containsExactlyElementsOf(expected);
            assertThat(rows.get(0).subList(0, 5)).containsExactly("星沙节点协会", "430121001000",
                    "湖南省长沙市长沙县星沙街道", "2099", "基本合格");
            assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri)
                    .startsWith("/api/registry/v1/annual-inspections?"));
        }

        // overdue: the earliest due date first
        AnnualInspection overdue = held("星沙节点逾期协会", LAST_YEAR, LocalDate.of(2000, 1, 1));
        List<String> ownOverdue = ExportRows.of(controller.exportOverdue(COUNTY, null, get(),
                new MockHttpServletResponse()).getBody()).stream().map(r -> r.get(ID)).toList();
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .holds("/api/registry/v1/annual-inspections/overdue-rectifications", List.of(overdue))) {
            List<String> expected = new java.util.ArrayList<>(List.of(overdue.id().toString()));
            expected.addAll(ownOverdue);
            assertThat(ExportRows.of(withNode(node.base(), r -> controller.exportOverdue(COUNTY, null, get(), r)
                    .getBody(), new MockHttpServletResponse()))).extracting(r -> r.get(ID))
                    .containsExactlyElementsOf(expected);
        }

        MockHttpServletResponse partial = new MockHttpServletResponse();
        byte[] without = withNode(StandInNode.deadBase(),
                r -> controller.export(COUNTY, null, null, get(), r).getBody(),
                partial);
        assertThat(partial.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(ExportRows.of(without)).extracting(r -> r.get(ID)).containsExactlyElementsOf(own);
        assertThat(ExportSheets.sheetNames(without)).containsExactly("年检", "未包含的节点");
    }

    private Organization registered(String jurisdiction) {
        String code = UnifiedSocialCreditCode.withCheckCharacter(
                "51430121MJJ" + String.format("%06d", (int) (Math.random() * 1_000_000)));
        return organizations.create(COUNTY, new OrganizationService.NewOrganization(
                "年检导出测试协会" + UUID.randomUUID().toString().substring(0, 6), LegalForm.SOCIAL_GROUP, code,
                jurisdiction, Category.PUBLIC_WELFARE, null, LocalDate.of(LAST_YEAR - 1, 5, 1))).organization();
    }

    private static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }
}
