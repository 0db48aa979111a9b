package cn.incubator.registry.talent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.excel.ExportRows;
import cn.incubator.registry.field.ServiceField;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 人才库 as .xlsx: the list's rows in the caller's scope, ID numbers and phones masked as the list shows them. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
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

    @Test
    void theExportHoldsTheListsRowsInTheCallersScopeMaskedAsTheListShowsThem() throws IOException {
        Talent xingsha = talent.create(COUNTY, new TalentService.NewTalent("周静", TalentKind.SOCIAL_WORKER,
                SocialWorkerLevel.INTERMEDIATE, Set.of(ServiceField.ELDERLY_CARE), "430121001000",
                "43012119900101004X", "13912345678", List.of()));
        Talent langli = talent.create(COUNTY, new TalentService.NewTalent("钱峰", TalentKind.VOLUNTEER, null,
                Set.of(), "430121004000", "430121199202020033", "13787654321", List.of()));

        ResponseEntity<byte[]> answer = controller.export(XINGSHA, null, null, null, null, null, null);

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

        assertThat(rows(controller.export(LANGLI, null, null, null, null, null, null).getBody()))
                .extracting(r -> r.get(9)).contains(langli.id().toString()).doesNotContain(xingsha.id().toString());
        assertThat(rows(controller.export(COUNTY, TalentKind.VOLUNTEER, null, null, "430121004000", null, null)
                .getBody())).extracting(r -> r.get(9)).contains(langli.id().toString())
                .doesNotContain(xingsha.id().toString());
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        return ExportRows.of(xlsx);
    }
}
