package cn.incubator.registry;

import static cn.incubator.platform.test.ScopedQueries.call;
import static cn.incubator.platform.test.ScopedQueries.record;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.ScopedQueries;
import cn.incubator.registry.consultation.Channel;
import cn.incubator.registry.consultation.ConsultationService;
import cn.incubator.registry.consultation.ConsultationStatistics;
import cn.incubator.registry.consultation.Topic;
import cn.incubator.registry.inspection.AnnualInspectionService;
import cn.incubator.registry.weekly.ActivityWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every scoped query of every registry repository, on the Changsha demo data: a caller whose jurisdiction lies outside
 * the node gets nothing (and no error), the 星沙 street hub only rows of its street, an org-admin only rows of its
 * organization.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopedQueriesIT {

    private static final String XINGSHA = "430121001";
    private static final UUID XINGSHA_FEDERATION = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001");
    private static final Jurisdiction COUNTY = Jurisdiction.of("430121000000");
    private static final CurrentUser COUNTY_OFFICER = user(Role.CIVIL_AFFAIRS, "430121000000", null);
    private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2100-01-01T00:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_scoped_queries_it");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DataScopes scopes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConsultationService consultations;
    @Autowired
    AnnualInspectionService inspections;

    private ScopedQueries<DataScope> queries;

    @BeforeAll
    void seedAndListTheQueries() {
        // The demo abnormal list is in 黄花镇 only; 星沙 gets one listing of its own (the scheduled sweeps may add more).
        jdbc.sql("INSERT INTO abnormal_listing (id, organization_id, jurisdiction_code, reason, reference, note,"
                        + " listed_by, listed_at) VALUES (:id, :organization, '430121001000', 'NO_ANNUAL_REPORT', '2019',"
                        + " NULL, 'county-officer', now()) ON CONFLICT DO NOTHING")
                .param("id", UUID.randomUUID()).param("organization", XINGSHA_FEDERATION).update();
        UUID langliOrganization = jdbc.sql("SELECT id FROM organization WHERE jurisdiction_code LIKE '430121004%'"
                + " AND status = 'REGISTERED' ORDER BY id LIMIT 1").query(UUID.class).single();
        for (String place : List.of("430121001000", "430121004000")) {
            consultations.record(COUNTY_OFFICER, new ConsultationService.NewConsultation(
                    Instant.parse("2024-03-05T02:00:00Z"), Channel.PHONE, Topic.REGISTRATION, "问", "答", null, place,
                    null));
        }
        UUID xingshaInspection = inspections.submit(COUNTY_OFFICER, XINGSHA_FEDERATION, 2024, "年度报告").id();
        inspections.submit(COUNTY_OFFICER, langliOrganization, 2024, "年度报告");
        UUID talent = anyId("talent");
        UUID activity = anyId("weekly_activity");
        UUID need = anyId("need");
        ActivityWeek week = ActivityWeek.of(LocalDate.now(ZoneOffset.UTC).plusWeeks(1));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Object organizations = repository("organization.OrganizationRepository");
        Object consultationLog = repository("consultation.ConsultationRepository");
        Object inspectionTable = repository("inspection.AnnualInspectionRepository");
        Object abnormal = repository("abnormal.AbnormalListRepository");
        Object talentPool = repository("talent.TalentRepository");
        Object weekly = repository("weekly.WeeklyActivityRepository");
        Object needs = repository("needs.NeedsRepository");
        Object statistics = repository("statistics.StatisticsRepository");
        Object byName = sort("cn.incubator.registry.organization.OrganizationSearch$Sort");
        queries = new ScopedQueries<DataScope>()
                .add("Organization.countByStreet", s -> call(organizations, "countByStreet", COUNTY, s))
                .add("Organization.find", s -> call(organizations, "find", XINGSHA_FEDERATION, s))
                .add("Organization.findForUpdate", s -> call(organizations, "findForUpdate", XINGSHA_FEDERATION, s))
                .add("Organization.search", s -> call(organizations, "search", record(
                        "cn.incubator.registry.organization.OrganizationSearch", null, null, null, null, null, null,
                        COUNTY, 0, 50, byName), s))
                .add("Organization.search by name", s -> call(organizations, "search", record(
                        "cn.incubator.registry.organization.OrganizationSearch", "星沙", null, null, null, null, null,
                        null, 0, 50, byName), s))
                .add("Consultation.search", s -> call(consultationLog, "search", s, FROM, TO, Topic.REGISTRATION,
                        Channel.PHONE, PageRequest.first(50)))
                .add("Consultation.counts", s -> call(consultationLog, "counts", s, FROM, TO,
                        ConsultationStatistics.Period.MONTH))
                .add("AnnualInspection.find", s -> call(inspectionTable, "find", xingshaInspection, s, false))
                .add("AnnualInspection.search", s -> call(inspectionTable, "search", s, null, 2024, null,
                        PageRequest.first(50)))
                .add("AnnualInspection.overdueRectifications", s -> call(inspectionTable, "overdueRectifications", s,
                        today.plusYears(5), PageRequest.first(50)))
                .add("AbnormalList.active", s -> call(abnormal, "active", s, null, PageRequest.first(50)))
                .add("Talent.find", s -> call(talentPool, "find", talent, s))
                .add("Talent.findByIdNumberHash", s -> call(talentPool, "findByIdNumberHash", "no such hash", s))
                .add("Talent.search", s -> call(talentPool, "search", record(
                        "cn.incubator.registry.talent.TalentRepository$TalentSearch", null, null, null, COUNTY, null,
                        null), PageRequest.first(50), s))
                .add("WeeklyActivity.find", s -> call(weekly, "find", activity, s))
                .add("WeeklyActivity.list", s -> call(weekly, "list", week, COUNTY, null, s))
                .add("WeeklyActivity.list page", s -> call(weekly, "list", week, COUNTY, null, s, PageRequest.first(200)))
                .add("WeeklyActivity.clashes", s -> call(weekly, "clashes", s, null, week, null))
                .add("WeeklyActivity.weekTotals", s -> call(weekly, "weekTotals", week, COUNTY, s))
                .add("WeeklyActivity.weekGroups", s -> call(weekly, "weekGroups", week, COUNTY, s,
                        "a.organization_id::text", "a.organization_name"))
                .add("WeeklyActivity.cumulative", s -> call(weekly, "cumulative", COUNTY, FROM, TO, s))
                .add("WeeklyActivity.byWeek", s -> call(weekly, "byWeek", COUNTY, FROM, TO, s))
                .add("Needs.findNeed", s -> call(needs, "findNeed", need, s))
                .add("Needs.needs", s -> call(needs, "needs", null, null, null, COUNTY, null, s, PageRequest.first(200)))
                .add("Needs.offers", s -> call(needs, "offers", null, s, PageRequest.first(200)))
                .add("Needs.totals", s -> call(needs, "totals", COUNTY, LocalDate.of(2000, 1, 1),
                        LocalDate.of(2100, 1, 1), s))
                .add("Statistics.countBy", s -> call(statistics, "countBy", "status", COUNTY, FROM, TO, s))
                .add("Statistics.registered", s -> call(statistics, "registered", COUNTY, TO, s));
    }

    @Test
    void aCallerOutsideTheNodeGetsNothingAndNoError() {
        DataScope outsider = scopes.of(user(Role.CIVIL_AFFAIRS, "110000000000", null));

        assertThat(outsider.isEmpty()).isTrue();
        queries.rows(outsider).forEach((query, rows) -> assertThat(rows).as(query).isEmpty());
    }

    @Test
    void theStreetHubGetsOnlyRowsOfItsStreet() {
        Map<String, List<Object>> rows = queries.rows(scopes.of(user(Role.HUB_OPERATOR, "430121001000", null)));

        // Counts carry no place; every row that has one is in the street.
        rows.forEach((query, found) -> found.stream().map(ScopedQueries::places).filter(places -> !places.isEmpty())
                .forEach(places -> assertThat(places).as(query).anyMatch(code -> code != null
                        && code.startsWith(XINGSHA))));
        assertThat(rows).allSatisfy((query, found) -> {
            // No ID number hash, overdue rectification or resource linkage of 星沙 in the demo data.
            if (!Set.of("Talent.findByIdNumberHash", "AnnualInspection.overdueRectifications", "Needs.totals")
                    .contains(query)) {
                assertThat(found).as(query).isNotEmpty();
            }
        });
    }

    @Test
    void theSweepsOfAnOutsiderListNothing() {
        Object abnormal = repository("abnormal.AbnormalListRepository");
        DataScope outsider = scopes.of(user(Role.CIVIL_AFFAIRS, "110000000000", null));

        assertThat(ScopedQueries.rowsOf(call(abnormal, "listMissingAnnualReports", 2023, outsider, "test",
                Instant.now()))).isEmpty();
        assertThat(ScopedQueries.rowsOf(call(abnormal, "listOverdueRectifications", LocalDate.now(), outsider,
                "test", Instant.now()))).isEmpty();
    }

    @Test
    void anOrgAdminGetsOnlyRowsOfItsOrganization() {
        Map<String, List<Object>> rows = queries.rows(scopes.of(user(Role.ORG_ADMIN, "430121001000",
                XINGSHA_FEDERATION)));

        rows.forEach((query, found) -> found.forEach(row -> ScopedQueries.organization(row).ifPresent(
                organization -> assertThat(organization).as(query).isEqualTo(XINGSHA_FEDERATION.toString()))));
        assertThat(rows.get("Organization.find")).hasSize(1);
        assertThat(rows.get("Organization.search")).hasSize(1);
        assertThat(rows.get("AnnualInspection.search")).hasSize(1);
        assertThat(rows.get("Needs.needs")).isNotEmpty();
        // The consultation log and the talent pool are about no one organization: an org-admin sees none of them.
        assertThat(rows.get("Consultation.search")).isEmpty();
        assertThat(rows.get("Consultation.counts")).isEmpty();
        assertThat(rows.get("Talent.search")).isEmpty();
    }

    private UUID anyId(String table) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE jurisdiction_code LIKE '" + XINGSHA + "%' ORDER BY id LIMIT 1")
                .query(UUID.class).single();
    }

    private Object repository(String name) {
        try {
            return context.getBean(Class.forName("cn.incubator.registry." + name));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sort(String enumClass) {
        try {
            return Class.forName(enumClass).getEnumConstants()[0];
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CurrentUser user(Role role, String jurisdiction, UUID organization) {
        return new CurrentUser("u", role.name().toLowerCase(), Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                Optional.ofNullable(organization), Optional.empty());
    }
}
