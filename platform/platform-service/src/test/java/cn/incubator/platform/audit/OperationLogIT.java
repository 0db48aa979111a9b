package cn.incubator.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.DeclaredPermissions;
import cn.incubator.platform.permission.PermissionTable;
import cn.incubator.platform.test.RealPostgres;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 操作日志 against a real PostgreSQL: the audit timeline read across records inside the caller's jurisdiction, with
 * its filters, paged in the database, and the operation every service gets under its own path and permission.
 */
@SpringBootTest(classes = OperationLogIT.TestService.class, properties = {
        "spring.application.name=oplog-it", "incubator.api.name=party-building",
        "incubator.api.permission-service=party", "incubator.database.name=unused", "spring.grpc.server.port=0"})
class OperationLogIT {

    private static final String XINGSHA = "430121001000";
    private static final String QUANTANG = "430121002000";
    private static final String YUELU = "430104000000";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "oplog_it");
    }

    @Autowired
    AuditTrail audit;

    @Autowired
    OperationLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    OperationLogController controller;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final String subject = UUID.randomUUID().toString();
    private final String elsewhere = UUID.randomUUID().toString();

    @BeforeEach
    void entries() {
        jdbc.sql("DELETE FROM audit_entry").update();
        audit.record("county-officer", "case.applied", "case", subject, XINGSHA, null,
                Map.of("stage", "APPLIED", "name", "星沙街道银龄志愿服务队"));
        audit.record("base-operator-demo", "case.inspection-started", "case", subject, XINGSHA,
                Map.of("stage", "APPLIED"), Map.of("stage", "INSPECTION"));
        audit.record("county-officer", "round.created", "round", UUID.randomUUID(), QUANTANG, null,
                Map.of("title", "泉塘街道微创投"));
        audit.record("city-officer", "case.applied", "case", elsewhere, YUELU, null, Map.of("stage", "APPLIED"));
        audit.record("partner-demo", "webhook.registered", "webhook", UUID.randomUUID(), null, null,
                Map.of("url", "https://example.org/hook"));
    }

    @Test
    void aCountyOfficerReadsOnlyTheCountysEntriesNewestFirstWithBeforeAndAfter() {
        Page<AuditEntry> page = log.search(officer("430121000000"), all(), PageRequest.FIRST);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(AuditEntry::action)
                .containsExactly("round.created", "case.inspection-started", "case.applied");
        AuditEntry inspected = page.items().get(1);
        assertThat(inspected.before()).isEqualTo("{\"stage\": \"APPLIED\"}");
        assertThat(inspected.after()).isEqualTo("{\"stage\": \"INSPECTION\"}");
        assertThat(page.items().get(2).before()).isNull();
    }

    @Test
    void anOfficerOfAnotherDistrictSeesNoneOfTheCountysEntries() {
        Page<AuditEntry> page = log.search(officer("430104000000"), all(), PageRequest.FIRST);

        assertThat(page.items()).extracting(AuditEntry::subjectId).containsExactly(elsewhere);
        assertThat(log.search(officer("430104000000"), byRecord(subject), PageRequest.FIRST).total()).isZero();
    }

    @Test
    void entriesOfNoPlaceAreShownOnlyToAPlatformAdminOverTheWholeNode() {
        CurrentUser admin = new CurrentUser("admin", "platform-admin-demo", Set.of(Role.PLATFORM_ADMIN),
                List.of(Jurisdiction.of("430000000000"), Jurisdiction.of("150627000000"),
                        Jurisdiction.of("511800000000")), Optional.empty(), Optional.empty());
        CurrentUser countyAdmin = new CurrentUser("admin", "county-admin", Set.of(Role.PLATFORM_ADMIN),
                List.of(Jurisdiction.of("430121000000")), Optional.empty(), Optional.empty());

        assertThat(log.search(admin, all(), PageRequest.FIRST).total()).isEqualTo(5);
        assertThat(log.search(countyAdmin, all(), PageRequest.FIRST).items()).extracting(AuditEntry::action)
                .doesNotContain("webhook.registered");
        assertThat(log.search(officer("430000000000"), all(), PageRequest.FIRST).items())
                .extracting(AuditEntry::action).doesNotContain("webhook.registered");
    }

    @Test
    void filtersByActorActionPrefixRecordAndDays() {
        CurrentUser officer = officer("430121000000");
        LocalDate today = LocalDate.now(cn.incubator.platform.text.Display.ZONE);

        assertThat(log.search(officer, new OperationLog.Criteria("county-officer", null, null, null, null, null, null),
                PageRequest.FIRST).items()).extracting(AuditEntry::action)
                .containsExactly("round.created", "case.applied");
        assertThat(log.search(officer, new OperationLog.Criteria(null, null, null, "case.", null, null, null),
                PageRequest.FIRST).total()).isEqualTo(2);
        assertThat(log.search(officer, new OperationLog.Criteria(null, null, null, "case_", null, null, null),
                PageRequest.FIRST).total()).as("_ is no wildcard").isZero();
        assertThat(log.search(officer, new OperationLog.Criteria(null, null, null, null, "round", null, null),
                PageRequest.FIRST).total()).isEqualTo(1);
        assertThat(log.search(officer, byRecord(subject), PageRequest.FIRST).total()).isEqualTo(2);
        assertThat(log.search(officer, new OperationLog.Criteria(null, today, today, null, null, null, null),
                PageRequest.FIRST).total()).isEqualTo(3);
        assertThat(log.search(officer, new OperationLog.Criteria(null, today.plusDays(1), null, null, null, null,
                null), PageRequest.FIRST).total()).isZero();
        assertThat(log.search(officer, new OperationLog.Criteria(null, null, today.minusDays(1), null, null, null,
                null), PageRequest.FIRST).total()).isZero();
        assertThat(log.search(officer, new OperationLog.Criteria(null, null, null, null, null, null,
                Jurisdiction.of(QUANTANG)), PageRequest.FIRST).items()).extracting(AuditEntry::action)
                .containsExactly("round.created");
    }

    @Test
    void pagesAreCutInTheDatabaseAndCarryTheTotal() {
        CurrentUser officer = officer("430121000000");

        Page<AuditEntry> first = log.search(officer, all(), new PageRequest(0, 2));
        Page<AuditEntry> second = log.search(officer, all(), new PageRequest(1, 2));

        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).extracting(AuditEntry::action).containsExactly("case.applied");
        assertThat(first.total()).isEqualTo(3);
        assertThat(log.query(officer, all()).sql()).contains("ORDER BY occurred_at DESC, seq DESC");
    }

    @Test
    void theExportIsAWorkbookOfTheNewestEntriesInScope() throws Exception {
        assertThat(log.latest(officer("430121000000"), all(), 2)).extracting(AuditEntry::action)
                .containsExactly("round.created", "case.inspection-started");

        var answer = controller.export(officer("430121000000"), null, null, null, null, null, null, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(answer.getBody()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("round.created");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("{\"stage\": \"APPLIED\"}");
        }
    }

    @Test
    void everyServiceGetsTheOperationUnderItsOwnPathAndPermission() {
        Map.Entry<RequestMappingInfo, HandlerMethod> operation = mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().contains("/api/party-building/v1/operation-log"))
                .findFirst().orElseThrow();

        String permission = DeclaredPermissions.of(operation.getValue(), environment).orElseThrow();
        assertThat(permission).isEqualTo("party:audit:read");
        assertThat(PermissionTable.rolesGranted(permission))
                .containsExactlyInAnyOrder(PermissionTable.ADMIN, PermissionTable.OFFICER);
        assertThat(mapping.getHandlerMethods().keySet()).anySatisfy(info -> assertThat(info.getPatternValues())
                .contains("/api/party-building/v1/operation-log/export"));
    }

    private static CurrentUser officer(String jurisdiction) {
        return new CurrentUser("officer", "officer-" + jurisdiction, Set.of(Role.CIVIL_AFFAIRS),
                List.of(Jurisdiction.of(jurisdiction)), Optional.empty(), Optional.empty());
    }

    private static OperationLog.Criteria all() {
        return new OperationLog.Criteria(null, null, null, null, null, null, null);
    }

    private static OperationLog.Criteria byRecord(String id) {
        return new OperationLog.Criteria(null, null, null, null, null, id, null);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {
    }
}
