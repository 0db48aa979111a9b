package cn.incubator.registry.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.excel.ExportRows;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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

/** 年检 and its overdue rectifications as .xlsx: the lists' rows in the caller's scope. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
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

    @Test
    void theExportHoldsTheListsRowsInTheCallersScope() throws IOException {
        AnnualInspection xingsha = inspections.submit(COUNTY, registered("430121001000").id(), LAST_YEAR, "年度报告");
        AnnualInspection langli = inspections.submit(COUNTY, registered("430121004000").id(), LAST_YEAR, "年度报告");

        ResponseEntity<byte[]> answer = controller.export(XINGSHA, LAST_YEAR, null);

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
        assertThat(ExportRows.of(controller.export(COUNTY, LAST_YEAR, InspectionStatus.SUBMITTED).getBody()))
                .extracting(r -> r.get(ID)).contains(xingsha.id().toString(), langli.id().toString());
        assertThat(ExportRows.of(controller.export(COUNTY, LAST_YEAR, InspectionStatus.PASSED).getBody()))
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

        ResponseEntity<byte[]> answer = controller.exportOverdue(XINGSHA, null);

        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(Downloads.attachment("年检逾期未整改.xlsx"));
        List<String> listed = Page.collect(page -> controller.overdue(XINGSHA, null, page,
                new MockHttpServletRequest(), new MockHttpServletResponse()), Integer.MAX_VALUE)
                .stream().map(i -> i.id().toString()).toList();
        assertThat(ExportRows.of(answer.getBody())).extracting(r -> r.get(ID)).containsExactlyElementsOf(listed)
                .contains(late.id().toString());
        assertThat(ExportRows.of(controller.exportOverdue(LANGLI, null).getBody())).extracting(r -> r.get(ID))
                .doesNotContain(late.id().toString());
        assertThat(ExportRows.of(controller.exportOverdue(XINGSHA, LocalDate.now().minusDays(10)).getBody()))
                .extracting(r -> r.get(ID)).doesNotContain(late.id().toString());
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
