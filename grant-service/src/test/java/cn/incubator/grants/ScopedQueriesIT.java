package cn.incubator.grants;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.platform.test.ScopedQueries.call;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.round.ProposalAccess;
import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.ScopedQueries;
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
 * Every scoped query of every grant repository, on the demo data: a caller whose jurisdiction lies outside the node
 * gets nothing (and no error), the 星沙 street hub only rows of its street (and the published calls of the tiers above
 * it), an org-admin only rows of its organization. Activity totals of the street are what its awards give and no
 * more than the county's.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopedQueriesIT {

    private static final String XINGSHA = "430121001";
    private static final Jurisdiction XINGSHA_STREET = Jurisdiction.of("430121001000");
    /** 长沙县星沙街道阳光养老服务中心: an award in each Xingsha programme and a proposal in the 2025 round. */
    private static final UUID XINGSHA_ORGANIZATION = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002");
    private static final UUID NEIGHBOURS = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1007");
    private static final UUID COUNTY_VENTURE = UUID.fromString("6d1e0000-0000-4000-8000-000000000001");
    private static final UUID XINGSHA_MICRO_VENTURE = UUID.fromString("6d1e0000-0000-4000-8000-000000000003");
    private static final UUID XINGSHA_AWARD = UUID.fromString("6d1e0000-0000-4000-8006-000000000002");
    private static final UUID XINGSHA_ROUND = UUID.fromString("5a000000-2025-4000-8000-000000000002");
    private static final UUID XINGSHA_PROPOSAL = UUID.fromString("5a000000-2025-4000-8001-000000000003");
    private static final String PARTNER = "demo-foundation";

    private static final CurrentUser OUTSIDER = Callers.user("outsider", Role.CIVIL_AFFAIRS, "110000000000");
    private static final CurrentUser XINGSHA_ORG_ADMIN = Callers.orgAdmin("xingsha-org", XINGSHA_ORGANIZATION,
            "430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_scoped_queries_it");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DataScopes scopes;
    @Autowired
    JdbcClient jdbc;

    private ScopedQueries<CurrentUser> queries;

    @BeforeAll
    void seedAndListTheQueries() {
        UUID xingshaCustody = custody(XINGSHA_ORGANIZATION, "430121001000", "XS-ZJDG-2026-001");
        UUID xingshaProject = project("430121001000", "楼道照明维修");
        project("430121004000", "龙舟赛后勤保障");
        offer(xingshaProject, XINGSHA_ORGANIZATION);
        offer(xingshaProject, NEIGHBOURS);
        langliAwardInTheCountyVenture();

        Object programmes = repository("programme.ProgrammeRepository");
        Object awards = repository("award.AwardRepository");
        Object tracking = repository("award.TrackingRepository");
        Object custody = repository("custody.CustodyRepository");
        Object marketplace = repository("marketplace.MarketplaceRepository");
        Object partners = repository("partner.PartnerRepository");
        Object rounds = repository("round.RoundRepository");
        Object proposals = repository("round.ProposalRepository");
        queries = new ScopedQueries<CurrentUser>()
                .add("Programme.find", u -> call(programmes, "find", XINGSHA_MICRO_VENTURE, scope(u)))
                .add("Programme.search", u -> call(programmes, "search", null, scope(u), PageRequest.first(200)))
                .add("Award.programme", u -> call(awards, "programme", XINGSHA_MICRO_VENTURE, scope(u)))
                .add("Award.find", u -> call(awards, "find", XINGSHA_AWARD, scope(u)))
                .add("Award.findForUpdate", u -> call(awards, "findForUpdate", XINGSHA_AWARD, scope(u)))
                .add("Award.list", u -> call(awards, "list", XINGSHA_MICRO_VENTURE, scope(u), PageRequest.first(200)))
                .add("Award.list county venture", u -> call(awards, "list", COUNTY_VENTURE, scope(u), PageRequest.first(200)))
                .add("Tracking.totals", u -> projects(u, XINGSHA_MICRO_VENTURE))
                .add("Custody.find", u -> call(custody, "find", xingshaCustody, scope(u), false))
                .add("Custody.list", u -> call(custody, "list", scope(u), PageRequest.first(200)))
                .add("Marketplace.find", u -> call(marketplace, "find", xingshaProject, scope(u), true))
                .add("Marketplace.list", u -> call(marketplace, "list", null, scope(u), PageRequest.first(200)))
                .add("Marketplace.offers", u -> call(marketplace, "offers", xingshaProject, scope(u)))
                .add("Partner.programmes", u -> call(partners, "programmes", PARTNER, scope(u), PageRequest.first(200)))
                .add("Partner.programme", u -> call(partners, "programme", PARTNER, COUNTY_VENTURE, scope(u)))
                .add("Round.find", u -> call(rounds, "find", XINGSHA_ROUND, rounds(rounds, u)))
                .add("Round.search", u -> call(rounds, "search", null, null, rounds(rounds, u), PageRequest.first(200)))
                .add("Proposal.find", u -> call(proposals, "find", XINGSHA_PROPOSAL, ProposalAccess.filter(u,
                        scope(u))))
                .add("Proposal.search", u -> call(proposals, "search", XINGSHA_ROUND, null, ProposalAccess.filter(u,
                        scope(u)), PageRequest.first(200)))
                .add("Proposal.inExpertReview", u -> call(proposals, "inExpertReview", ProposalAccess.filter(u,
                        scope(u)), PageRequest.first(200)))
                .add("Proposal.forRanking", u -> call(proposals, "forRanking", XINGSHA_ROUND, ProposalStatus.PASSED,
                        ProposalAccess.filter(u, scope(u))));
    }

    @Test
    void aCallerOutsideTheNodeGetsNothingAndNoError() {
        assertThat(scope(OUTSIDER).isEmpty()).isTrue();
        queries.rows(OUTSIDER).forEach((query, rows) -> assertThat(rows).as(query).isEmpty());
    }

    @Test
    void theStreetHubGetsOnlyRowsOfItsStreet() {
        Map<String, List<Object>> rows = queries.rows(Callers.XINGSHA_HUB);

        rows.forEach((query, found) -> found.stream().map(ScopedQueries::places).filter(places -> !places.isEmpty())
                .forEach(places -> assertThat(places).as(query).allMatch(code -> query.startsWith("Round.")
                        // a published call of the county (or above) is open to the street's organizations
                        ? code.startsWith(XINGSHA) || Jurisdiction.of(code).contains(XINGSHA_STREET)
                        : code.startsWith(XINGSHA))));
        assertThat(rows).allSatisfy((query, found) -> {
            // The partner co-funds county programmes only; no round of the demo data is in expert review.
            if (!Set.of("Partner.programmes", "Partner.programme", "Proposal.inExpertReview").contains(query)) {
                assertThat(found).as(query).isNotEmpty();
            }
        });
        assertThat(rows.get("Partner.programmes")).isEmpty();
        assertThat(queries.rows(Callers.COUNTY_OFFICER).get("Partner.programmes")).isNotEmpty();
        assertThat(rows.get("Marketplace.list")).hasSize(1);
        // The county venture's awards in 星沙, not the one in 㮾梨.
        assertThat(rows.get("Award.list county venture")).hasSize(2);
    }

    @Test
    void theStreetsActivityTotalsAreWhatItsAwardsGiveAndNoMoreThanTheCountys() {
        for (UUID programme : List.of(COUNTY_VENTURE, XINGSHA_MICRO_VENTURE)) {
            long streetAwards = jdbc.sql("""
                    SELECT count(*) FROM award WHERE programme_id = :p AND status <> 'TERMINATED'
                    AND jurisdiction_code LIKE :street""")
                    .param("p", programme).param("street", XINGSHA + "%").query(Long.class).single();
            long streetActivities = jdbc.sql("""
                    SELECT count(*) FROM award_activity t JOIN award a ON a.id = t.award_id
                    WHERE a.programme_id = :p AND a.status <> 'TERMINATED' AND a.jurisdiction_code LIKE :street""")
                    .param("p", programme).param("street", XINGSHA + "%").query(Long.class).single();

            Object street = totals(Callers.XINGSHA_HUB, programme);
            Object county = totals(Callers.COUNTY_OFFICER, programme);
            assertThat(number(street, "projects")).as("projects of %s", programme).isEqualTo(streetAwards)
                    .isPositive().isLessThanOrEqualTo(number(county, "projects"));
            assertThat(number(street, "activities")).as("activities of %s", programme).isEqualTo(streetActivities)
                    .isLessThanOrEqualTo(number(county, "activities"));
            assertThat(number(street, "personTimes")).isLessThanOrEqualTo(number(county, "personTimes"));
        }
        // The 㮾梨 award of the county venture counts for the county only.
        assertThat(number(totals(Callers.XINGSHA_HUB, COUNTY_VENTURE), "projects"))
                .isLessThan(number(totals(Callers.COUNTY_OFFICER, COUNTY_VENTURE), "projects"));
    }

    @Test
    void anOrgAdminGetsOnlyRowsOfItsOrganization() {
        Map<String, List<Object>> rows = queries.rows(XINGSHA_ORG_ADMIN);

        rows.forEach((query, found) -> found.forEach(row -> ScopedQueries.organization(row).ifPresent(
                organization -> assertThat(organization).as(query).isEqualTo(XINGSHA_ORGANIZATION.toString()))));
        assertThat(rows.get("Award.find")).hasSize(1);
        assertThat(rows.get("Award.list")).hasSize(1);
        assertThat(rows.get("Tracking.totals")).containsExactly(1L);
        assertThat(rows.get("Custody.list")).hasSize(1);
        assertThat(rows.get("Proposal.search")).hasSize(1);
        // A project is published to everyone working in the street; of its offers, the organization sees its own.
        assertThat(rows.get("Marketplace.list")).hasSize(1);
        assertThat(rows.get("Marketplace.offers")).hasSize(1);
    }

    private Object rounds(Object rounds, CurrentUser user) {
        return call(rounds, "visible", scope(user), ProposalAccess.manages(user));
    }

    private Object totals(CurrentUser user, UUID programme) {
        return call(repository("award.TrackingRepository"), "totals", programme, scope(user));
    }

    /** The totals' projects: the totals record always names its programme, so it is never "no row" by itself. */
    private long projects(CurrentUser user, UUID programme) {
        return number(totals(user, programme), "projects");
    }

    private static long number(Object row, String accessor) {
        return Long.parseLong(ScopedQueries.text(row, accessor));
    }

    private UUID custody(UUID organization, String place, String number) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO custody_agreement (id, organization_id, organization_name, jurisdiction_code, community_name,
                    hub_name, agreement_number, signed_on, purpose, status, balance, created_by, created_at)
                VALUES (:id, :org, '星沙街道阳光养老服务中心', :place, '星沙街道星城社区居民委员会', '星沙街道社区社会组织联合会',
                    :number, current_date, '代管助餐服务社会捐赠资金', 'ACTIVE', 0, 'xingsha-hub', now())
                """).param("id", id).param("org", organization).param("place", place).param("number", number)
                .update();
        return id;
    }

    private UUID project(String place, String title) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO community_project (id, jurisdiction_code, title, description, budget, poster_kind,
                    poster_name, status, posted_by, posted_at, updated_at)
                VALUES (:id, :place, :title, :title, 3000.00, 'HUB', '街道社区社会组织联合会', 'OPEN', 'hub', now(), now())
                """).param("id", id).param("place", place).param("title", title).update();
        return id;
    }

    private void offer(UUID project, UUID organization) {
        jdbc.sql("""
                INSERT INTO project_offer (id, project_id, organization_id, organization_name, proposal, price, status,
                    offered_by, offered_at)
                VALUES (:id, :project, :org, '社区社会组织', '三周内完成', 2800.00, 'PENDING', 'org', now())
                """).param("id", UUID.randomUUID()).param("project", project).param("org", organization).update();
    }

    private void langliAwardInTheCountyVenture() {
        UUID award = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO award (id, programme_id, round_id, proposal_id, organization_id, organization_name,
                    jurisdiction_code, project_title, plan_code, amount, status, decided_by, created_at, updated_at)
                VALUES (:id, :programme, NULL, :proposal, '3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1003', '长沙县㮾梨街道龙舟协会',
                    '430121004000', '龙舟文化进社区', NULL, 20000.00, 'IN_PROGRESS', 'county-officer', now(), now())
                """).param("id", award).param("programme", COUNTY_VENTURE).param("proposal", UUID.randomUUID())
                .update();
        jdbc.sql("""
                INSERT INTO award_activity (id, award_id, held_on, title, person_times, volunteer_person_times,
                    recorded_by, recorded_at)
                VALUES (:id, :award, current_date, '龙舟文化讲座', 120, 8, 'langli-hub', now())
                """).param("id", UUID.randomUUID()).param("award", award).update();
    }

    private DataScope scope(CurrentUser user) {
        return scopes.of(user);
    }

    private Object repository(String name) {
        try {
            return context.getBean(Class.forName("cn.incubator.grants." + name));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
