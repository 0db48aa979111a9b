package cn.incubator.partybuilding;

import static cn.incubator.platform.test.ScopedQueries.call;
import static cn.incubator.platform.test.ScopedQueries.record;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.partybuilding.access.CaseScopes;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.ScopedQueries;
import java.time.Instant;
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
 * Every scoped query of every party-building repository, on the Changsha demo data: a caller whose jurisdiction lies
 * outside the node gets nothing (and no error), the 星沙 street hub only rows of its street, an org-admin only rows
 * of its organization. The street's coverage figures are what its cases and units give and no more than the county's.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopedQueriesIT {

    private static final String XINGSHA = "430121001";
    private static final Jurisdiction COUNTY = Jurisdiction.of("430121000000");
    /** 长沙县星沙街道社区社会组织联合会: own branch, rated five stars for 2025. */
    private static final UUID XINGSHA_FEDERATION = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001");
    /** 长沙县星沙街道阳光养老服务中心: in the county's elderly-care industry joint branch. */
    private static final UUID XINGSHA_ELDERLY_CARE = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002");
    private static final UUID EJIN_YOUTH = UUID.fromString("7e1b0000-0000-4000-8000-000000000002");
    private static final UUID ELDERLY_CARE_CASE = UUID.fromString("7e1c0000-0000-4000-8000-000000000102");
    private static final UUID XINGSHA_JOINT_BRANCH = UUID.fromString("7e1a0000-0000-4000-8000-000000000102");
    private static final UUID ELDERLY_CARE_INDUSTRY_BRANCH = UUID.fromString("7e1a0000-0000-4000-8000-000000000103");
    private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2100-01-01T00:00:00Z");

    private static final CurrentUser OUTSIDER = user(Role.CIVIL_AFFAIRS, "110000000000", null);
    private static final CurrentUser COUNTY_OFFICER = user(Role.CIVIL_AFFAIRS, "430121000000", null);
    private static final CurrentUser XINGSHA_HUB = user(Role.HUB_OPERATOR, "430121001000", null);
    private static final CurrentUser XINGSHA_ORG_ADMIN = user(Role.ORG_ADMIN, "430121001000", XINGSHA_ELDERLY_CARE);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "party_building_scoped_queries_it");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseScopes scopes;
    @Autowired
    JdbcClient jdbc;

    private ScopedQueries<CurrentUser> queries;

    @BeforeAll
    void listTheQueries() {
        Object units = repository("structure.PartyUnitRepository");
        Object cases = repository("partycase.PartyCaseRepository");
        Object ratings = repository("rating.RatingRepository");
        Object coverage = repository("coverage.CoverageRepository");
        queries = new ScopedQueries<CurrentUser>()
                .add("PartyUnit.find", u -> call(units, "find", XINGSHA_JOINT_BRANCH, scope(u).scope()))
                .add("PartyUnit.list", u -> call(units, "list", scope(u).scope(), COUNTY))
                .add("PartyUnit.covered", u -> call(units, "covered", ELDERLY_CARE_INDUSTRY_BRANCH, scope(u)))
                .add("PartyCase.find", u -> call(cases, "find", ELDERLY_CARE_CASE, scope(u)))
                .add("PartyCase.findForUpdate", u -> call(cases, "findForUpdate", ELDERLY_CARE_CASE, scope(u)))
                .add("PartyCase.search", u -> call(cases, "search", record(
                        "cn.incubator.partybuilding.partycase.CaseSearch", null, COUNTY, null, null), PageRequest.first(100),
                        scope(u)))
                .add("Rating.forOrganization", u -> call(ratings, "forOrganization", XINGSHA_FEDERATION, null,
                        scope(u)))
                .add("Rating.latestFor", u -> call(ratings, "latestFor", List.of(XINGSHA_FEDERATION,
                        XINGSHA_ELDERLY_CARE, EJIN_YOUTH), scope(u)))
                .add("Coverage.admitted", u -> admitted(u))
                .add("Coverage.units", u -> call(coverage, "units", scope(u), COUNTY))
                .add("Coverage.stars", u -> rated(u));
    }

    @Test
    void aCallerOutsideTheNodeGetsNothingAndNoError() {
        assertThat(scope(OUTSIDER).scope().isEmpty()).isTrue();
        queries.rows(OUTSIDER).forEach((query, rows) -> assertThat(rows).as(query).isEmpty());
    }

    @Test
    void theStreetHubGetsOnlyRowsOfItsStreet() {
        Map<String, List<Object>> rows = queries.rows(XINGSHA_HUB);

        rows.forEach((query, found) -> found.stream().map(ScopedQueries::places).filter(places -> !places.isEmpty())
                .forEach(places -> assertThat(places).as(query).allMatch(code -> code.startsWith(XINGSHA))));
        assertThat(rows).allSatisfy((query, found) -> assertThat(found).as(query).isNotEmpty());
        assertThat(rows.get("Rating.latestFor")).hasSize(1);
    }

    @Test
    void theStreetsCoverageIsWhatItsCasesAndUnitsGiveAndNoMoreThanTheCountys() {
        long streetCases = count("SELECT count(*) FROM party_case WHERE jurisdiction_code LIKE '" + XINGSHA
                + "%' AND admitted_at IS NOT NULL");
        long streetUnits = count("SELECT count(*) FROM party_unit WHERE jurisdiction_code LIKE '" + XINGSHA + "%'");
        long streetRatings = count("SELECT count(*) FROM star_rating r JOIN party_case c ON c.id = r.case_id"
                + " WHERE r.year = 2025 AND c.jurisdiction_code LIKE '" + XINGSHA + "%'");

        assertThat(admitted(XINGSHA_HUB)).isEqualTo(streetCases).isPositive().isLessThan(admitted(COUNTY_OFFICER));
        assertThat(units(XINGSHA_HUB)).isEqualTo(streetUnits).isPositive().isLessThan(units(COUNTY_OFFICER));
        assertThat(rated(XINGSHA_HUB)).isEqualTo(streetRatings).isPositive().isLessThanOrEqualTo(rated(COUNTY_OFFICER));
        Object street = call(repository("coverage.CoverageRepository"), "admitted", scope(XINGSHA_HUB), COUNTY, FROM,
                TO);
        Object county = call(repository("coverage.CoverageRepository"), "admitted", scope(COUNTY_OFFICER), COUNTY,
                FROM, TO);
        for (String figure : List.of("discovered", "withMembers", "inJointBranch", "ownBranch", "instructorOnly",
                "ownBranchPending", "overdue")) {
            assertThat(number(street, figure)).as(figure).isLessThanOrEqualTo(number(county, figure));
        }
    }

    @Test
    void anOrgAdminGetsOnlyRowsOfItsOrganization() {
        Map<String, List<Object>> rows = queries.rows(XINGSHA_ORG_ADMIN);

        rows.forEach((query, found) -> found.forEach(row -> ScopedQueries.organization(row).ifPresent(
                organization -> assertThat(organization).as(query).isEqualTo(XINGSHA_ELDERLY_CARE.toString()))));
        assertThat(rows.get("PartyCase.find")).hasSize(1);
        assertThat(rows.get("PartyCase.search")).hasSize(1);
        assertThat(rows.get("PartyUnit.covered")).hasSize(1);
        assertThat(rows.get("Coverage.admitted")).containsExactly(1L);
        // Party units are about no one organization: an org-admin sees none of them; nor another's rating.
        assertThat(rows.get("PartyUnit.list")).isEmpty();
        assertThat(rows.get("Coverage.units")).isEmpty();
        assertThat(rows.get("Rating.forOrganization")).isEmpty();
    }

    /** Organizations admitted in all time (the counts record carries averages, null when nothing happened). */
    private long admitted(CurrentUser user) {
        return number(call(repository("coverage.CoverageRepository"), "admitted", scope(user), COUNTY, FROM, TO),
                "admitted");
    }

    private long units(CurrentUser user) {
        Object units = call(repository("coverage.CoverageRepository"), "units", scope(user), COUNTY);
        return number(units, "jointCommittees") + number(units, "jointBranches") + number(units, "branches");
    }

    /** Ratings of 2025, all stars. */
    private long rated(CurrentUser user) {
        @SuppressWarnings("unchecked")
        Map<String, Long> byStars = (Map<String, Long>) call(repository("coverage.CoverageRepository"), "stars",
                scope(user), COUNTY, 2025);
        return byStars.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long number(Object row, String accessor) {
        return Long.parseLong(ScopedQueries.text(row, accessor));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private CaseScope scope(CurrentUser user) {
        return scopes.of(user);
    }

    private Object repository(String name) {
        try {
            return context.getBean(Class.forName("cn.incubator.partybuilding." + name));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CurrentUser user(Role role, String jurisdiction, UUID organization) {
        return new CurrentUser("u", role.name().toLowerCase(), Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                Optional.ofNullable(organization), Optional.empty());
    }
}
