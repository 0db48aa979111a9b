package cn.incubator.incubation;

import static cn.incubator.platform.test.ScopedQueries.call;
import static cn.incubator.platform.test.ScopedQueries.record;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.cases.ReminderService;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.incubation.support.FakeRegistry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.ScopedQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * Every scoped query of every incubation repository, on the Changsha demo data: a caller whose jurisdiction lies
 * outside the node gets nothing (and no error), the 星沙 street hub only rows of its street (and the bases above it,
 * which it applies to), an org-admin only rows of its organization. Counts of the street are never more than the
 * county's and are what the street's rows give.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopedQueriesIT {

    private static final String XINGSHA = "430121001";
    private static final Jurisdiction COUNTY = Jurisdiction.of("430121000000");
    /** 长沙县星沙街道阳光养老服务中心, in shell at the county base (case c…015). */
    private static final UUID XINGSHA_ORGANIZATION = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002");
    private static final UUID XINGSHA_CASE = UUID.fromString("c0000000-0000-4000-8000-000000000015");
    /** 长龙街道居家养老服务中心, in shell at the county base. */
    private static final UUID CHANGLONG_CASE = UUID.fromString("c0000000-0000-4000-8000-000000000004");
    private static final UUID COUNTY_BASE = UUID.fromString("b0000000-0000-4000-8000-000000000002");
    private static final UUID COUNTY_ZONE = UUID.fromString("20000000-0000-4000-8000-000000000021");
    private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2100-01-01T00:00:00Z");
    private static final FakeRegistry REGISTRY = new FakeRegistry();

    private static final CurrentUser OUTSIDER = Callers.user("outsider", Role.CIVIL_AFFAIRS, "110000000000");
    private static final CurrentUser XINGSHA_OPERATOR = Callers.XINGSHA_HUB;
    private static final CurrentUser XINGSHA_ORG_ADMIN = Callers.orgAdmin("xingsha-org", XINGSHA_ORGANIZATION,
            "430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "incubation_scoped_queries_it");
        registry.add("spring.grpc.client.channels.registry.address", REGISTRY::grpcAddress);
        registry.add("incubator.services.registry", REGISTRY::httpUrl);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DataScopes scopes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReminderService reminders;

    private ScopedQueries<CurrentUser> queries;
    private UUID countySession;

    @BeforeAll
    void seedAndListTheQueries() {
        UUID xingshaEvaluation = openGrowthEvaluation(XINGSHA_CASE);
        openGrowthEvaluation(CHANGLONG_CASE);
        countySession = supervisionAtTheCountyBase(XINGSHA_CASE, CHANGLONG_CASE);
        // Every open clock of the demo cases has run out three years on: reminders in 星沙 and elsewhere.
        reminders.remind(Instant.now().plus(Duration.ofDays(3 * 365)));
        UUID workstation = jdbc.sql("SELECT id FROM workstation WHERE zone_id = :zone ORDER BY code LIMIT 1")
                .param("zone", COUNTY_ZONE).query(UUID.class).single();
        UUID hub = jdbc.sql("SELECT id FROM street_hub WHERE street_code = '430121001000'").query(UUID.class).single();
        List<UUID> organizations = jdbc.sql("SELECT organization_id FROM incubation_case ORDER BY id")
                .query(UUID.class).list();

        Object cases = repository("cases.CaseRepository");
        Object evaluations = repository("evaluation.EvaluationRepository");
        Object bases = repository("base.BaseRepository");
        Object hubs = repository("hub.HubRepository");
        Object notifications = repository("cases.NotificationRepository");
        Object statistics = repository("statistics.StatisticsRepository");
        Object supervisions = repository("activity.SupervisionRepository");
        queries = new ScopedQueries<CurrentUser>()
                .add("Case.find", u -> call(cases, "find", XINGSHA_CASE, u, scope(u)))
                .add("Case.search", u -> call(cases, "search", record("cn.incubator.incubation.cases.CaseSearch",
                        null, null, null, null), PageRequest.first(100), u, scope(u)))
                .add("Case.search overdue", u -> call(cases, "search", record(
                        "cn.incubator.incubation.cases.CaseSearch", null, null, COUNTY_BASE, TO), PageRequest.first(100), u,
                        scope(u)))
                .add("Case.standings", u -> call(cases, "standings", organizations, u, scope(u)))
                .add("Evaluation.find", u -> call(evaluations, "find", xingshaEvaluation, u, scope(u)))
                .add("Evaluation.list", u -> call(evaluations, "list", u, scope(u), null, null, PageRequest.first(200)))
                .add("Base.find", u -> call(bases, "find", COUNTY_BASE, scope(u)))
                .add("Base.list", u -> call(bases, "list", scope(u), PageRequest.first(200)))
                .add("Base.findZone", u -> call(bases, "findZone", COUNTY_ZONE, scope(u)))
                .add("Base.findWorkstation", u -> call(bases, "findWorkstation", workstation, scope(u)))
                .add("Hub.find", u -> call(hubs, "find", hub, scope(u)))
                .add("Hub.list", u -> call(hubs, "list", COUNTY, scope(u), PageRequest.first(200)))
                .add("Hub.all", u -> call(hubs, "all", COUNTY, scope(u)))
                .add("Notification.list", u -> call(notifications, "list", false, scope(u), PageRequest.first(200)))
                .add("Notification.list unread", u -> call(notifications, "list", true, scope(u), PageRequest.first(200)))
                .add("Statistics.casesByStage", u -> casesInStages(u))
                .add("Statistics.period", u -> periodCounts(u))
                .add("Statistics.occupancy", u -> call(statistics, "occupancy", COUNTY, scope(u)))
                .add("Supervision.find", u -> call(supervisions, "find", countySession, scope(u)));
    }

    @Test
    void aCallerOutsideTheNodeGetsNothingAndNoError() {
        assertThat(scope(OUTSIDER).isEmpty()).isTrue();
        queries.rows(OUTSIDER).forEach((query, rows) -> assertThat(rows).as(query).isEmpty());
        assertThat((boolean) call(repository("cases.NotificationRepository"), "markRead", anyNotification(), "outsider",
                Instant.now(), scope(OUTSIDER))).isFalse();
    }

    @Test
    void theStreetHubGetsOnlyRowsOfItsStreet() {
        Map<String, List<Object>> rows = queries.rows(XINGSHA_OPERATOR);

        // A street hub also sees the bases above it (it applies to them); every other row with a place is in 星沙.
        rows.forEach((query, found) -> found.stream().filter(row -> !query.startsWith("Base."))
                .map(ScopedQueries::places).filter(places -> !places.isEmpty())
                .forEach(places -> assertThat(places).as(query).allMatch(code -> code.startsWith(XINGSHA))));
        rows.get("Base.list").forEach(base -> assertThat(Jurisdiction.of(ScopedQueries.text(base, "jurisdiction"))
                .contains(Jurisdiction.of("430121001000"))).as("base %s", base).isTrue());
        assertThat(rows).allSatisfy((query, found) -> {
            // No workstations of a base in 星沙; the supervision was held at the county base, outside the street.
            if (!Set.of("Statistics.occupancy", "Supervision.find").contains(query)) {
                assertThat(found).as(query).isNotEmpty();
            }
        });
        assertThat(rows.get("Supervision.find")).isEmpty();
        assertThat(queries.rows(Callers.COUNTY_OFFICER).get("Supervision.find")).hasSize(1);
        assertThat(rows.get("Hub.list")).hasSize(1);
    }

    @Test
    void theStreetsCountsAreWhatItsCasesGiveAndNoMoreThanTheCountys() {
        long streetCases = count("SELECT count(*) FROM incubation_case WHERE jurisdiction_code LIKE '" + XINGSHA
                + "%'");
        long streetAdmissions = count("SELECT count(*) FROM incubation_case WHERE jurisdiction_code LIKE '" + XINGSHA
                + "%' AND admitted_at IS NOT NULL");

        assertThat(casesInStages(XINGSHA_OPERATOR)).isEqualTo(streetCases).isPositive()
                .isLessThan(casesInStages(Callers.COUNTY_OFFICER));
        long[] street = periodCounts(XINGSHA_OPERATOR);
        long[] county = periodCounts(Callers.COUNTY_OFFICER);
        assertThat(street[0]).isEqualTo(streetCases);
        assertThat(street[1]).isEqualTo(streetAdmissions);
        for (int i = 0; i < street.length; i++) {
            assertThat(street[i]).as("count %d", i).isLessThanOrEqualTo(county[i]);
        }
        Object statistics = repository("statistics.StatisticsRepository");
        assertThat(ScopedQueries.text(call(statistics, "occupancy", COUNTY, scope(XINGSHA_OPERATOR)), "workstations"))
                .isEqualTo("0");
        assertThat(ScopedQueries.text(call(statistics, "occupancy", COUNTY, scope(Callers.COUNTY_OFFICER)),
                "workstations")).isEqualTo(String.valueOf(count("""
                        SELECT count(*) FROM workstation w JOIN zone z ON z.id = w.zone_id JOIN base b ON b.id = z.base_id
                        WHERE b.jurisdiction_code LIKE '430121%'""")));
    }

    @Test
    void anOrgAdminGetsOnlyRowsOfItsOrganization() {
        Map<String, List<Object>> rows = queries.rows(XINGSHA_ORG_ADMIN);

        rows.forEach((query, found) -> found.forEach(row -> ScopedQueries.organization(row).ifPresent(
                organization -> assertThat(organization).as(query).isEqualTo(XINGSHA_ORGANIZATION.toString()))));
        assertThat(rows.get("Case.find")).hasSize(1);
        assertThat(rows.get("Case.search")).hasSize(1);
        assertThat(rows.get("Case.standings")).hasSize(1);
        assertThat(rows.get("Evaluation.list")).hasSize(1);
        assertThat(rows.get("Notification.list")).isNotEmpty();
        assertThat(casesInStages(XINGSHA_ORG_ADMIN)).isEqualTo(1);
        // Its street's hub is another organization.
        assertThat(rows.get("Hub.list")).isEmpty();
    }

    private long casesInStages(CurrentUser user) {
        @SuppressWarnings("unchecked")
        Map<String, Long> byStage = (Map<String, Long>) call(repository("statistics.StatisticsRepository"),
                "casesByStage", COUNTY, scope(user));
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Applications, admissions and graduations of all time (averages left out: null when nothing happened). */
    private long[] periodCounts(CurrentUser user) {
        Object period = call(repository("statistics.StatisticsRepository"), "period", COUNTY, FROM, TO, scope(user));
        return new long[] {Long.parseLong(ScopedQueries.text(period, "applications")),
                Long.parseLong(ScopedQueries.text(period, "admissions")),
                Long.parseLong(ScopedQueries.text(period, "graduations"))};
    }

    private UUID openGrowthEvaluation(UUID caseId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO evaluation (id, kind, case_id, subject_organization_id, subject_name, jurisdiction_code,
                                        rubric_id, status, opened_at)
                SELECT :id, 'GROWTH', c.id, c.organization_id, c.organization_name, c.jurisdiction_code,
                       '7a3e0000-0000-4000-8000-000000000002', 'OPEN', now()
                FROM incubation_case c WHERE c.id = :case
                """).param("id", id).param("case", caseId).update();
        return id;
    }

    private UUID supervisionAtTheCountyBase(UUID... caseIds) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supervision_session (id, kind, topic, problem, held_on, supervisor, base_id,
                                                 jurisdiction_code, recorded_by, recorded_at)
                VALUES (:id, 'COLLECTIVE', '养老服务规范', '服务记录不全', current_date, '周敏', :base, '430121000000',
                        'county-officer', now())
                """).param("id", id).param("base", COUNTY_BASE).update();
        for (UUID caseId : caseIds) {
            jdbc.sql("INSERT INTO supervision_participant (session_id, case_id) VALUES (:s, :c)")
                    .param("s", id).param("c", caseId).update();
        }
        return id;
    }

    private UUID anyNotification() {
        return jdbc.sql("SELECT id FROM notification ORDER BY id LIMIT 1").query(UUID.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private DataScope scope(CurrentUser user) {
        return scopes.of(user);
    }

    private Object repository(String name) {
        try {
            return context.getBean(Class.forName("cn.incubator.incubation." + name));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
