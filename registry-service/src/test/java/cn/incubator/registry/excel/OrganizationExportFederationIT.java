package cn.incubator.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
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
import cn.incubator.registry.organization.OrganizationStatus;
import cn.incubator.registry.organization.OrganizationView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * 跨节点导出: the organization export of a county officer whose county holds a Xingsha street node has the node's
 * organizations too (asked of the node's organization list, all pages), merged with this node's in the search's order
 * by name, the sheet's columns unchanged; with the node dead, the export answers this node's rows, names the node in
 * {@code Incubator-Partial} and says so on a sheet of its own. The node is a stand-in on loopback ({@link StandInNode}).
 */
// a generous time-out for the stand-in node: its first answer on a loaded machine is slow (a dead node is refused at once)
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.federation.timeout=10s"})
class OrganizationExportFederationIT {

    private static final CurrentUser COUNTY = Callers.COUNTY_OFFICER;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_export_federation_it");
    }

    @Autowired
    OrganizationWorkbookController controller;
    @Autowired
    OrganizationService organizations;
    @Autowired
    NodeDirectoryService directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private StandInNode xingsha;
    /** The node's organizations: their names begin with digits, so they sort before every Chinese name. */
    private final List<OrganizationView> held = IntStream.rangeClosed(1, 3).mapToObj(i -> new OrganizationView(
            UUID.randomUUID(), "000" + i + " 星沙节点导出服务社", LegalForm.COMMUNITY_ORGANIZATION, null,
            Jurisdiction.of("430121001000"), Jurisdiction.of("430121000000"), Category.COMMUNITY_SERVICE,
            OrganizationStatus.FILED, List.of(), null, null, null, null, null, null, null, null,
            Instant.parse("2026-11-0" + i + "T02:00:00Z"))).toList();

    @BeforeEach
    void startTheNode() {
        TierNodes.clear(jdbc);
        for (int i = 0; i < 3; i++) {
            organizations.create(COUNTY, new OrganizationService.NewOrganization("跨节点导出测试社区服务社"
                    + UUID.randomUUID().toString().substring(0, 6), LegalForm.COMMUNITY_ORGANIZATION, null,
                    "430121004000", Category.COMMUNITY_SERVICE, null, java.time.LocalDate.of(2024, 6, 1)));
        }
        xingsha = StandInNode.start("xingsha", "430121001000", json).holds("/api/registry/v1/organizations", held);
    }

    @AfterEach
    void stopTheNode() {
        xingsha.close();
        TierNodes.clear(jdbc);
    }

    private void register(URI http) {
        directory.register(Callers.ADMIN, new NewNode("xingsha", "430121001000", Map.of("registry",
                new ServiceEndpoint(http.toString(), null))));
    }

    private byte[] export(MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/registry/v1/organizations/export");
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        request.addParameter("legalForm", "COMMUNITY_ORGANIZATION");
        return controller.export(COUNTY, null, LegalForm.COMMUNITY_ORGANIZATION, null, null, null, null, null,
                request, response).getBody();
    }

    /** This node's own rows of the export, in its order: the export with no node registered. */
    private List<List<String>> own() throws IOException {
        return ExportRows.of(export(new MockHttpServletResponse()));
    }

    @Test
    void theCountysExportHasTheNodesOrganizationsInTheSearchsOrderThenThisNodes() throws IOException {
        List<List<String>> own = own();
        assertThat(own).hasSizeGreaterThanOrEqualTo(3);
        register(URI.create(xingsha.base()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[] xlsx = export(response);
        assertThat(response.getHeader("Incubator-Partial")).isNull();
        List<List<String>> rows = ExportRows.of(xlsx);
        List<List<String>> expected = new ArrayList<>();
        held.forEach(o -> expected.add(List.of(o.name(), "社区社会组织", "", "430121001000", "湖南省长沙市长沙县星沙街道",
                "社区服务类", "已备案", rows.get(held.indexOf(o)).get(7), o.id().toString())));
        expected.addAll(own);
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(rows.get(0).get(7)).startsWith("2026-11-01");
        assertThat(xingsha.asked()).singleElement().satisfies(uri -> assertThat(uri).startsWith("/api/registry/v1/organizations?")
                .contains("legalForm=COMMUNITY_ORGANIZATION").contains("sort=NAME").contains("page=0")
                .contains("size=200"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        }
    }

    @Test
    void withTheNodeDeadTheExportHasThisNodesRowsNamesTheNodeAndSaysSo() throws IOException {
        List<List<String>> own = own();
        register(URI.create(StandInNode.deadBase()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[] xlsx = export(response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(ExportRows.of(xlsx)).containsExactlyElementsOf(own);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("未包含的节点");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("xingsha");
        }
    }
}
