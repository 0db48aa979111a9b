package cn.incubator.incubation.cases;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 跨节点导出: the case board's export for a county officer whose county holds a Xingsha street node has the node's
 * cases (asked of the node's case list) merged with this node's, newest first as the list, the sheet's columns
 * unchanged; a dead node is named in {@code Incubator-Partial} and on a sheet of its own, and this node's cases are
 * still exported. The node is a stand-in on loopback answering the case list's JSON ({@link StandInNode}).
 */
class CaseExportFederationIT extends IncubationIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");

    @Autowired
    CaseService cases;
    @Autowired
    BaseService bases;
    @Autowired
    CaseExportController export;

    private StandInNode node;
    private final List<CaseController.CaseResponse> held = new ArrayList<>();

    @BeforeEach
    void startTheNode() {
        on(COUNTY_OFFICER);
        Base base = bases.create(COUNTY_OFFICER, "长沙县跨节点导出基地" + UUID.randomUUID().toString().substring(0, 4),
                "430121000000", "湖南乐创公益慈善发展中心");
        UUID organization = UUID.randomUUID();
        REGISTRY.organization(organization, "榔梨街道跨节点导出测试社", "430121004000", "REGISTERED");
        cases.apply(on(LANGLI_HUB), new CaseService.NewApplication(Track.INCUBATION, base.id(), organization, null,
                null));
        // newer than every case here, and older: the merge puts one first and the other last
        held.add(nodeCase("星沙节点新申请", Stage.APPLIED, Instant.parse("2090-01-01T00:00:00Z")));
        held.add(nodeCase("星沙节点老案例", Stage.IN_SHELL, Instant.parse("1990-01-01T00:00:00Z")));
        node = StandInNode.start("xingsha", XINGSHA.code(), json).holds("/api/incubation/v1/cases", held);
    }

    @AfterEach
    void stopTheNode() {
        node.close();
    }

    private static CaseController.CaseResponse nodeCase(String name, Stage stage, Instant appliedAt) {
        return new CaseController.CaseResponse(UUID.randomUUID(), Track.INCUBATION, stage, UUID.randomUUID(), name,
                XINGSHA, UUID.randomUUID(), appliedAt, null, null, null, null, Set.of(), Set.of(), null, List.of(),
                null, null);
    }

    /** The export as a controller whose federation knows the Xingsha node at {@code base}. */
    private byte[] export(String base, MockHttpServletResponse response) {
        NodeFederation federation = StandInDirectory.federation("incubation", new NodeEndpoint("xingsha", XINGSHA,
                base), jdbc, json);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/incubation/v1/cases/export");
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        request.addParameter("track", "INCUBATION");
        return new CaseExportController(cases, federation).export(on(COUNTY_OFFICER), null, Track.INCUBATION, null,
                request, response).getBody();
    }

    /** This node's own export (no node known), in its order. */
    private List<List<String>> own() throws IOException {
        return rows(export.export(on(COUNTY_OFFICER), null, Track.INCUBATION, null, new MockHttpServletRequest(),
                new MockHttpServletResponse()).getBody(), 0);
    }

    private static List<List<String>> rows(byte[] xlsx, int sheetIndex) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            DataFormatter text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(sheet.getRow(r).getCell(c) == null ? ""
                            : text.formatCellValue(sheet.getRow(r).getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static int sheets(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getNumberOfSheets();
        }
    }

    @Test
    void theCountysExportHasTheNodesCasesNewestFirstWithThisNodesOnes() throws IOException {
        List<List<String>> own = own();
        assertThat(own).isNotEmpty().extracting(r -> r.get(0)).contains("榔梨街道跨节点导出测试社");
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[] xlsx = export(node.base(), response);
        assertThat(response.getHeader("Incubator-Partial")).isNull();
        assertThat(sheets(xlsx)).isEqualTo(1);
        List<List<String>> rows = rows(xlsx, 0);
        assertThat(rows).hasSize(own.size() + 2);
        assertThat(rows.get(0)).containsExactly("星沙节点新申请", "孵化区", "项目申请", "430121001000",
                "湖南省长沙市长沙县星沙街道", rows.get(0).get(5), "", "", "", held.get(0).id().toString());
        assertThat(rows.get(0).get(5)).startsWith("2090-01-01");
        assertThat(rows.subList(1, rows.size() - 1)).containsExactlyElementsOf(own);
        List<String> last = rows.get(rows.size() - 1);
        assertThat(List.of(last.get(2), last.get(9))).containsExactly("在壳孵化", held.get(1).id().toString());
        assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri).startsWith("/api/incubation/v1/cases?")
                .contains("track=INCUBATION").contains("size=200"));
    }

    @Test
    void aDeadNodeIsNamedAndSaidOnTheWorkbookAndThisNodesCasesAreExported() throws IOException {
        List<List<String>> own = own();
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[] xlsx = export(StandInNode.deadBase(), response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(rows(xlsx, 0)).containsExactlyElementsOf(own);
        assertThat(sheets(xlsx)).isEqualTo(2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("未包含的节点");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("xingsha");
        }
    }
}
