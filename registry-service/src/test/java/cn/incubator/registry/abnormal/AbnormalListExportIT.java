package cn.incubator.registry.abnormal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** 活动异常名录 as .xlsx: the list's rows in the caller's scope. */
// a generous time-out for the stand-in node: its first answer on a loaded machine is slow (a dead node is refused at once)
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.federation.timeout=10s"})
class AbnormalListExportIT {

    private static final CurrentUser COUNTY = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    private static final CurrentUser XINGSHA = user("xingsha-hub", Role.HUB_OPERATOR, "430121001000");
    private static final CurrentUser LANGLI = user("langli-hub", Role.HUB_OPERATOR, "430121004000");
    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;
    private static final int ORGANIZATION = 7;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_abnormal_export_it");
    }

    @Autowired
    OrganizationService organizations;

    @Autowired
    AbnormalListService abnormalList;

    @Autowired
    AbnormalListController controller;

    @Autowired
    NodeDirectoryService directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void theExportHoldsTheListsRowsInTheCallersScope() throws IOException {
        Organization xingsha = registered("430121001000");
        Organization langli = registered("430121004000");
        abnormalList.sweep(COUNTY, LAST_YEAR);

        ResponseEntity<byte[]> answer = controller.export(XINGSHA, null, get(), new MockHttpServletResponse());

        assertThat(answer.getHeaders().getContentType()).hasToString(Downloads.XLSX);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(Downloads.attachment("活动异常名录.xlsx"));
        List<List<String>> rows = ExportRows.of(answer.getBody());
        List<String> listed = Page.collect(page -> controller.active(XINGSHA, null, page, new MockHttpServletRequest(),
                new MockHttpServletResponse()), Integer.MAX_VALUE)
                .stream().map(l -> l.organizationId().toString()).toList();
        assertThat(rows).extracting(r -> r.get(ORGANIZATION)).containsExactlyElementsOf(listed)
                .contains(xingsha.id().toString()).doesNotContain(langli.id().toString());
        assertThat(rows).filteredOn(r -> r.get(ORGANIZATION).equals(xingsha.id().toString())).singleElement()
                .satisfies(r -> assertThat(r.subList(0, 4)).containsExactly(xingsha.name(), "430121001000",
                        xingsha.jurisdiction().fullName(), "未按时提交年度报告"));
        assertThat(ExportRows.of(controller.export(LANGLI, null, get(), new MockHttpServletResponse()).getBody())).extracting(r -> r.get(ORGANIZATION))
                .contains(langli.id().toString()).doesNotContain(xingsha.id().toString());
        assertThat(ExportRows.of(controller.export(COUNTY, AbnormalReason.RECTIFICATION_OVERDUE, get(), new MockHttpServletResponse()).getBody()))
                .extracting(r -> r.get(ORGANIZATION)).doesNotContain(xingsha.id().toString(), langli.id().toString());
    }

    private static MockHttpServletRequest get() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/registry/v1/abnormal-list/export");
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        return request;
    }

    @Test
    void theCountysExportHasTheStreetNodesListingsNewestFirstAndSaysWhenTheNodeIsMissing() throws IOException {
        registered("430121004000");
        abnormalList.sweep(COUNTY, LAST_YEAR);
        List<List<String>> own = ExportRows.of(controller.export(COUNTY, null, get(), new MockHttpServletResponse())
                .getBody());
        assertThat(own).isNotEmpty();
        AbnormalListing newest = listing("星沙节点新列入协会", Instant.parse("2099-01-01T00:00:00Z"));
        AbnormalListing oldest = listing("星沙节点老列入协会", Instant.parse("2000-01-01T00:00:00Z"));
        TierNodes.clear(jdbc);
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .holds("/api/registry/v1/abnormal-list", List.of(newest, oldest))) {
            directory.register(Callers.ADMIN, new NewNode("xingsha", "430121001000", Map.of("registry",
                    new ServiceEndpoint(node.base(), null))));
            MockHttpServletResponse response = new MockHttpServletResponse();
            List<List<String>> rows = ExportRows.of(controller.export(COUNTY, null, get(), response).getBody());
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            List<String> expected = new ArrayList<>(List.of(newest.organizationId().toString()));
            own.forEach(row -> expected.add(row.get(ORGANIZATION)));
            expected.add(oldest.organizationId().toString());
            assertThat(rows).extracting(r -> r.get(ORGANIZATION)).containsExactlyElementsOf(expected);
            assertThat(rows.get(0).subList(0, 6)).containsExactly("星沙节点新列入协会", "430121001000",
                    "湖南省长沙市长沙县星沙街道", "未按时提交年度报告", "2098", "");
            assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri)
                    .startsWith("/api/registry/v1/abnormal-list?").contains("size=200"));
        } finally {
            TierNodes.clear(jdbc);
        }
        try {
            directory.register(Callers.ADMIN, new NewNode("xingsha", "430121001000", Map.of("registry",
                    new ServiceEndpoint(StandInNode.deadBase(), null))));
            MockHttpServletResponse partial = new MockHttpServletResponse();
            byte[] without = controller.export(COUNTY, null, get(), partial).getBody();
            assertThat(partial.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
            assertThat(ExportRows.of(without)).isEqualTo(own);
            assertThat(ExportSheets.sheetNames(without)).containsExactly("活动异常名录", "未包含的节点");
        } finally {
            TierNodes.clear(jdbc);
        }
    }

    private static AbnormalListing listing(String name, Instant listedAt) {
        return new AbnormalListing(UUID.randomUUID(), UUID.randomUUID(), name, Jurisdiction.of("430121001000"),
                AbnormalReason.NO_ANNUAL_REPORT, "2098", null, "registry", listedAt, null, null, null);
    }

    private Organization registered(String jurisdiction) {
        String code = UnifiedSocialCreditCode.withCheckCharacter(
                "51430121MJJ" + String.format("%06d", (int) (Math.random() * 1_000_000)));
        return organizations.create(COUNTY, new OrganizationService.NewOrganization(
                "名录导出测试协会" + UUID.randomUUID().toString().substring(0, 6), LegalForm.SOCIAL_GROUP, code,
                jurisdiction, Category.PUBLIC_WELFARE, null, LocalDate.of(LAST_YEAR - 1, 5, 1))).organization();
    }

    private static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }
}
