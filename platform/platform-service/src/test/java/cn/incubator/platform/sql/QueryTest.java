package cn.incubator.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.scope.ScopeFilters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryTest {

    private static final Node HUNAN = new Node("central", Jurisdiction.of("430000000000"));
    private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private enum Channel { PHONE }

    @Test
    void anEmptyScopeIsItsOwnConditionSeparatedBySpaces() {
        // The consultation log of an org-admin: the table is about no organization, so the scope is FALSE.
        Query query = Query.of("SELECT id FROM consultation")
                .where(Where.of(scope(Role.ORG_ADMIN, "430121001000").filter("jurisdiction_code", null))
                        .and("asked_at >= :from", "from", 1)
                        .andIfPresent("channel = :channel", "channel", Channel.PHONE))
                .orderBy("asked_at DESC, id")
                .page(2, 20);

        assertThat(query.sql()).isEqualTo("SELECT id FROM consultation WHERE FALSE AND asked_at >= :from"
                + " AND channel = :channel ORDER BY asked_at DESC, id LIMIT :limit OFFSET :offset");
        assertThat(query.params()).containsOnly(entry("from", 1), entry("channel", "PHONE"), entry("limit", 20),
                entry("offset", 40L));
    }

    @Test
    void aStreetScopeBindsItsPrefixUnderAScopeName() {
        Query query = Query.of("SELECT id FROM talent")
                .where(scope(Role.HUB_OPERATOR, "430121001000").filter("jurisdiction_code", null));

        assertThat(query.sql()).isEqualTo("SELECT id FROM talent WHERE (jurisdiction_code LIKE :scope_j0)");
        assertThat(query.params()).containsOnly(entry("scope_j0", "430121001%"));
    }

    @Test
    void anOrgAdminScopeNamesTheOrganization() {
        Query query = Query.of("SELECT * FROM award a")
                .where(Where.of(scope(Role.ORG_ADMIN, "430121001000").filter("a.jurisdiction_code",
                        "a.organization_id")).and("a.id = :id", "id", ORG));

        assertThat(query.sql()).isEqualTo("SELECT * FROM award a WHERE (a.jurisdiction_code LIKE :scope_j0)"
                + " AND a.organization_id = :scope_org AND a.id = :id");
        assertThat(query.params()).containsEntry("scope_org", ORG).containsEntry("id", ORG);
    }

    @Test
    void absentOptionalConditionsLeaveNoTrace() {
        Query query = Query.of("SELECT * FROM need")
                .where(Where.unscoped()
                        .andIfPresent("kind = :kind", "kind", null)
                        .andWithin("jurisdiction_code", "within", null)
                        .andIf(false, "week = :week", Map.of("week", 3)));

        assertThat(query.sql()).isEqualTo("SELECT * FROM need");
        assertThat(query.params()).isEmpty();
    }

    @Test
    void withinMatchesTheSubtreeOfTheJurisdiction() {
        Where where = Where.unscoped().andWithin("jurisdiction_code", "within", Jurisdiction.of("430121000000"));

        assertThat(where.sql()).isEqualTo("jurisdiction_code LIKE :within");
        assertThat(where.params()).containsOnly(entry("within", "430121%"));
    }

    @Test
    void aConditionWithOrIsParenthesizedSoAndCannotBindIntoIt() {
        Where where = Where.unscoped().and("a.id = :activity OR b.id = :activity", "activity", ORG)
                .and("c.kind = 'PLACE'");

        assertThat(where.sql()).isEqualTo("(a.id = :activity OR b.id = :activity) AND c.kind = 'PLACE'");
    }

    @Test
    void aConditionAlreadyInOneParenthesisIsLeftAsItIs() {
        Where where = Where.unscoped().and("(a = 1 OR b = 2)").and("(a = 1) OR (b = 2)");

        assertThat(where.sql()).isEqualTo("(a = 1 OR b = 2) AND ((a = 1) OR (b = 2))");
    }

    @Test
    void aRequiredConditionBindsEvenANullValue() {
        Where where = Where.unscoped().and("(CAST(:org AS uuid) IS NULL OR organization_id = :org)", "org", null);

        assertThat(where.params()).containsOnly(entry("org", null));
    }

    @Test
    void clausesFollowTheConditionsInOrderWithTheirParameters() {
        Query query = Query.of("""
                INSERT INTO abnormal_listing (id, organization_id)
                SELECT gen_random_uuid(), o.id FROM organization o
                """)
                .where(Where.unscoped().and("o.status = 'REGISTERED'"))
                .then("ON CONFLICT DO NOTHING RETURNING id")
                .param("by", "officer");

        assertThat(query.sql()).isEqualTo("INSERT INTO abnormal_listing (id, organization_id)\n"
                + "SELECT gen_random_uuid(), o.id FROM organization o WHERE o.status = 'REGISTERED'"
                + " ON CONFLICT DO NOTHING RETURNING id");
        assertThat(query.params()).containsOnly(entry("by", "officer"));
    }

    @Test
    void groupByAndLimit() {
        Query query = Query.of("SELECT topic, count(*) FROM consultation").groupBy("1").orderBy("1").limit(500);

        assertThat(query.sql()).isEqualTo("SELECT topic, count(*) FROM consultation GROUP BY 1 ORDER BY 1 LIMIT :limit");
        assertThat(query.params()).containsOnly(entry("limit", 500L));
    }

    @Test
    void thePageTotalIsCountedWithoutTheOrder() {
        Query query = Query.of("SELECT topic, count(*) FROM consultation")
                .where(Where.unscoped().and("channel = :channel", "channel", "PHONE"))
                .groupBy("1").then("HAVING count(*) > 1").orderBy("2 DESC, 1");

        assertThat(query.countSql()).isEqualTo("SELECT count(*) FROM (SELECT topic, count(*) FROM consultation"
                + " WHERE channel = :channel GROUP BY 1 HAVING count(*) > 1) AS counted");
        assertThat(query.sql()).endsWith("HAVING count(*) > 1 ORDER BY 2 DESC, 1");
    }

    @Test
    void aQueryMayNotBindAScopeParameter() {
        assertThatThrownBy(() -> Where.unscoped().and("x = :scope_j0", "scope_j0", "4301%"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParameterBoundTwiceMustKeepItsValue() {
        Where where = Where.unscoped().and("a = :x", "x", 1).and("b = :x", "x", 1);
        assertThat(where.params()).containsOnly(entry("x", 1));

        assertThatThrownBy(() -> where.and("c = :x", "x", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Query.of("SELECT 1").where(where).then("LIMIT :x", "x", 5).params())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConditionMustUseTheParameterItBinds() {
        assertThatThrownBy(() -> Where.unscoped().and("kind = :kind", "knd", "MONEY"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoFiltersOfOneScopeShareTheirParameters() {
        DataScope scope = scope(Role.HUB_OPERATOR, "430121001000");
        Where where = Where.of(ScopeFilters.anyOf(scope.filter("a.jurisdiction_code", "a.organization_id"),
                scope.filter("a.organization_jurisdiction_code", "a.organization_id")))
                .and(scope.filter("b.jurisdiction_code", "b.organization_id"));

        assertThat(where.sql()).isEqualTo("(((a.jurisdiction_code LIKE :scope_j0))"
                + " OR ((a.organization_jurisdiction_code LIKE :scope_j0))) AND (b.jurisdiction_code LIKE :scope_j0)");
        assertThat(where.params()).containsOnly(entry("scope_j0", "430121001%"));
    }

    @Test
    void aNarrowedScopeFilterKeepsItsParametersUnderScopeNames() {
        ScopeFilter narrowed = scope(Role.EXPERT, "430100000000").filter("p.jurisdiction_code", "p.organization_id")
                .and("EXISTS (SELECT 1 FROM panel_member m WHERE m.username = :scope_expert)",
                        Map.of("scope_expert", "expert-demo"));

        assertThat(narrowed.sql()).isEqualTo("((p.jurisdiction_code LIKE :scope_j0)"
                + " AND EXISTS (SELECT 1 FROM panel_member m WHERE m.username = :scope_expert))");
        assertThat(narrowed.params()).containsOnly(entry("scope_j0", "4301%"), entry("scope_expert", "expert-demo"));
        assertThatThrownBy(() -> narrowed.and("m.username = :me", Map.of("me", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOutsiderGetsFalseWhateverTheQuery() {
        Query query = Query.of("SELECT * FROM organization")
                .where(scope(Role.CIVIL_AFFAIRS, "110000000000").filter("jurisdiction_code", "id"));

        assertThat(query.sql()).isEqualTo("SELECT * FROM organization WHERE FALSE");
    }

    private static DataScope scope(Role role, String jurisdiction) {
        return DataScope.of(new CurrentUser("u", "u", Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                role == Role.ORG_ADMIN ? Optional.of(ORG) : Optional.empty(), Optional.empty()), HUNAN);
    }
}
