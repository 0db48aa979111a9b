package cn.incubator.registry.talent;

import static org.assertj.core.api.Assertions.assertThat;

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
import cn.incubator.registry.field.ServiceField;
import cn.incubator.registry.node.NewNode;
import cn.incubator.registry.node.NodeDirectoryService;
import cn.incubator.registry.node.ServiceEndpoint;
import cn.incubator.registry.node.TierNodes;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** 人才库 as .xlsx: the list's rows in the caller's scope, ID numbers and phones masked as the list shows them. */
// a generous time-out for the stand-in node: its first answer on a loaded machine is slow (a dead node is refused at once)
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.federation.timeout=10s"})
class TalentExportIT {

    static final CurrentUser COUNTY = TalentServiceIT.user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    static final CurrentUser XINGSHA = TalentServiceIT.user("xingsha-hub", Role.HUB_OPERATOR, "430121001000");
    static final CurrentUser LANGLI = TalentServiceIT.user("langli-hub", Role.HUB_OPERATOR, "430121004000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_talent_export_it");
    }

    @Autowired
    TalentService talent;

    @Autowired
    TalentController controller;

    @Autowired
    NodeDirectoryService directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void theExportHoldsTheListsRowsInTheCallersScopeMaskedAsTheListShowsThem() throws IOException {
        Talent xingsha = talent.create(COUNTY, new TalentService.NewTalent("周静", TalentKind.SOCIAL_WORKER,
                SocialWorkerLevel.INTERMEDIATE, Set.of(ServiceField.ELDERLY_CARE), "430121001000",
                "43012119900101004X", "13912345678", List.of()));
        Talent langli = talent.create(COUNTY, new TalentService.NewTalent("钱峰", TalentKind.VOLUNTEER, null,
                Set.of(), "430121004000", "430121199202020033", "13787654321", List.of()));

        ResponseEntity<byte[]> answer = controller.export(XINGSHA, null, null, null, null, null, null, get(), new MockHttpServletResponse());

        assertThat(answer.getHeaders().getContentType()).hasToString(Downloads.XLSX);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(Downloads.attachment("人才库.xlsx"));
        List<List<String>> rows = rows(answer.getBody());
        List<String> listed = Page.collect(page -> controller.search(XINGSHA, null, null, null, null, null, null,
                page, new MockHttpServletRequest("GET", "/api/registry/v1/talent"), new MockHttpServletResponse()),
                Integer.MAX_VALUE).stream().map(t -> t.id().toString()).toList();
        assertThat(rows).extracting(r -> r.get(9)).containsExactlyElementsOf(listed)
                .contains(xingsha.id().toString()).doesNotContain(langli.id().toString());
        List<String> row = rows.stream().filter(r -> r.get(9).equals(xingsha.id().toString())).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo("周静");
        assertThat(row.get(6)).isEqualTo(xingsha.idNumberMasked()).isEqualTo("430***********004X");
        assertThat(row.get(7)).isEqualTo("139****5678");
        String all = rows.toString();
        assertThat(all).doesNotContain("43012119900101004X").doesNotContain("13912345678");

        assertThat(rows(controller.export(LANGLI, null, null, null, null, null, null, get(), new MockHttpServletResponse()).getBody()))
                .extracting(r -> r.get(9)).contains(langli.id().toString()).doesNotContain(xingsha.id().toString());
        assertThat(rows(controller.export(COUNTY, TalentKind.VOLUNTEER, null, null, "430121004000", null, null,
                get(), new MockHttpServletResponse()).getBody())).extracting(r -> r.get(9)).contains(langli.id().toString())
                .doesNotContain(xingsha.id().toString());
    }

    private static MockHttpServletRequest get() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/registry/v1/talent/export");
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        return request;
    }

    @Test
    void theCountysExportHasTheStreetNodesPoolInTheListsOrderAndSaysWhenANodeIsMissing() throws IOException {
        talent.create(COUNTY, new TalentService.NewTalent("吴敏", TalentKind.VOLUNTEER, null, Set.of(), "430121004000",
                "430121199303030011", "13611112222", List.of()));
        List<List<String>> own = rows(controller.export(COUNTY, TalentKind.VOLUNTEER, null, null, null, null, null,
                get(), new MockHttpServletResponse()).getBody());
        assertThat(own).isNotEmpty();
        // Xingsha (430121001…) sorts before Langli (430121004…) and every other county code but 430121000000 itself
        TalentController.TalentResponse held = new TalentController.TalentResponse(UUID.randomUUID(), "星沙节点志愿者",
                TalentKind.VOLUNTEER, null, Set.of(), Jurisdiction.of("430121001000"), "430***********0022",
                "137****3333", List.of(), Instant.parse("2026-11-01T02:00:00Z"));
        TierNodes.clear(jdbc);
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .holds("/api/registry/v1/talent", List.of(held))) {
            directory.register(Callers.ADMIN, new NewNode("xingsha", "430121001000", Map.of("registry",
                    new ServiceEndpoint(node.base(), null))));
            MockHttpServletRequest request = get();
            request.addParameter("kind", "VOLUNTEER");
            MockHttpServletResponse response = new MockHttpServletResponse();
            byte[] xlsx = controller.export(COUNTY, TalentKind.VOLUNTEER, null, null, null, null, null, request,
                    response).getBody();
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            List<List<String>> rows = rows(xlsx);
            List<String> ids = new java.util.ArrayList<>(List.of(held.id().toString()));
            own.forEach(row -> ids.add(row.get(9)));
            assertThat(own).extracting(row -> row.get(4)).allSatisfy(code -> assertThat(code)
                    .isGreaterThan("430121001000"));
            assertThat(rows).extracting(row -> row.get(9)).containsExactlyElementsOf(ids);
            assertThat(rows.get(0)).containsExactly("星沙节点志愿者", "志愿者", "", "", "430121001000",
                    "湖南省长沙市长沙县星沙街道", "430***********0022", "137****3333", rows.get(0).get(8),
                    held.id().toString());
            assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri)
                    .startsWith("/api/registry/v1/talent?").contains("kind=VOLUNTEER").contains("size=200"));
        } finally {
            TierNodes.clear(jdbc);
        }
        try {
            directory.register(Callers.ADMIN, new NewNode("xingsha", "430121001000", Map.of("registry",
                    new ServiceEndpoint(StandInNode.deadBase(), null))));
            MockHttpServletResponse partial = new MockHttpServletResponse();
            byte[] without = controller.export(COUNTY, TalentKind.VOLUNTEER, null, null, null, null, null, get(),
                    partial).getBody();
            assertThat(partial.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
            assertThat(rows(without)).isEqualTo(own);
            assertThat(ExportSheets.sheetNames(without)).containsExactly("人才库", "未包含的节点");
        } finally {
            TierNodes.clear(jdbc);
        }
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        return ExportRows.of(xlsx);
    }
}
