package cn.incubator.partybuilding.partycase;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.contracts.incubation.events.v1.OrganizationAdmitted;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventInbox;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.ExportSheets;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
 * 跨节点导出: the party case export of a county officer whose county holds a Xingsha street node has the node's party
 * cases (asked of the node's case list) merged with this node's, newest admission first as the list, the columns
 * unchanged; a dead node is named in {@code Incubator-Partial} and on a sheet of its own.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class PartyCaseExportFederationIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "party_case_export_federation_it");
    }

    @Autowired
    PartyCaseService cases;
    @Autowired
    PartyCaseExportController export;
    @Autowired
    EventInbox inbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    /** Newer than every case here, and older: the merge puts one first and the other last. */
    private final List<PartyCaseController.CaseResponse> held = List.of(
            nodeCase("星沙节点新入壳组织", Stage.SUPPORT, Instant.parse("2090-01-01T00:00:00Z")),
            nodeCase("星沙节点老案例", Stage.FOLLOW_UP, Instant.parse("1990-01-01T00:00:00Z")));

    private static PartyCaseController.CaseResponse nodeCase(String name, Stage stage, Instant admittedAt) {
        return new PartyCaseController.CaseResponse(UUID.randomUUID(), UUID.randomUUID(), name, XINGSHA, null, null,
                "INCUBATION_ZONE", admittedAt, admittedAt, stage, 2, Formation.JOINT_BRANCH, null, List.of(), null,
                null, null, null, null, null, null, null, null);
    }

    private void admitHere() {
        UUID organization = UUID.randomUUID();
        OrganizationAdmitted admitted = OrganizationAdmitted.newBuilder().setOrganizationId(organization.toString())
                .setOrganizationName("榔梨街道跨节点导出测试社").setCaseId(UUID.randomUUID().toString())
                .setBaseId(UUID.randomUUID().toString()).setTrack("INCUBATION_ZONE")
                .setAdmittedAt(EventPayloads.timestamp(Instant.now())).build();
        assertThat(inbox.receive(new EventEnvelope(UUID.randomUUID(), EventPayloads.typeOf(admitted), Instant.now(),
                "incubation-service", "430121004000", organization.toString(), EventPayloads.toJson(admitted, json))))
                .isEqualTo(EventInbox.Outcome.PROCESSED);
    }

    private byte[] export(String node, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/party-building/v1/cases/export");
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        request.addParameter("stage", "SUPPORT");
        PartyCaseExportController federated = new PartyCaseExportController(cases,
                StandInDirectory.federation("party-building", new NodeEndpoint("xingsha", XINGSHA, node), jdbc, json));
        return federated.export(COUNTY_OFFICER, null, null, null, request, response).getBody();
    }

    private List<List<String>> own() {
        return ExportSheets.sheet(export.export(COUNTY_OFFICER, null, null, null, new MockHttpServletRequest(),
                new MockHttpServletResponse()).getBody(), 0);
    }

    @Test
    void theCountysExportHasTheNodesCasesInTheListsOrderWithThisNodesOnes() throws IOException {
        admitHere();
        List<List<String>> own = own();
        assertThat(own).extracting(r -> r.get(0)).contains("榔梨街道跨节点导出测试社");
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .holds("/api/party-building/v1/cases", held)) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            byte[] xlsx = export(node.base(), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(ExportSheets.sheetNames(xlsx)).containsExactly("党建案例");
            List<List<String>> rows = ExportSheets.sheet(xlsx, 0);
            assertThat(rows).hasSize(own.size() + 2);
            assertThat(rows.get(0)).containsExactly("星沙节点新入壳组织", "支持帮扶", "430121001000", "湖南省长沙市长沙县星沙街道",
                    "2", "联合党支部", "", "", rows.get(0).get(8), held.get(0).id().toString());
            assertThat(rows.get(0).get(8)).startsWith("2090-01-01");
            assertThat(rows.subList(1, rows.size() - 1)).containsExactlyElementsOf(own);
            List<String> last = rows.get(rows.size() - 1);
            assertThat(List.of(last.get(1), last.get(9))).containsExactly("后续服务", held.get(1).id().toString());
            assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri)
                    .startsWith("/api/party-building/v1/cases?").contains("stage=SUPPORT").contains("size=200"));
        }
    }

    @Test
    void aDeadNodeIsNamedAndSaidOnTheWorkbookAndThisNodesCasesAreExported() {
        admitHere();
        List<List<String>> own = own();
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[] xlsx = export(StandInNode.deadBase(), response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(ExportSheets.sheet(xlsx, 0)).containsExactlyElementsOf(own);
        assertThat(ExportSheets.sheetNames(xlsx)).containsExactly("党建案例", "未包含的节点");
        assertThat(ExportSheets.sheet(xlsx, 1)).singleElement().satisfies(row -> assertThat(row.get(0))
                .isEqualTo("xingsha"));
    }
}
