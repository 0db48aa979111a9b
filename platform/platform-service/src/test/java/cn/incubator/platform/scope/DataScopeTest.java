package cn.incubator.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.problem.OutsideNodeException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataScopeTest {

    private static final Node HUNAN = new Node("central", Jurisdiction.of("430000000000"));
    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final Jurisdiction LANGLI = Jurisdiction.of("430121004000");
    private static final Jurisdiction CHANGSHA_COUNTY = Jurisdiction.of("430121000000");
    private static final Jurisdiction YUCHENG = Jurisdiction.of("511802000000");

    @Test
    void countyOfficerCoversEveryStreetOfTheCountyButNothingBeyond() {
        DataScope scope = DataScope.of(user(Role.CIVIL_AFFAIRS, CHANGSHA_COUNTY), HUNAN);

        assertThat(scope.covers(XINGSHA, null)).isTrue();
        assertThat(scope.covers(LANGLI, null)).isTrue();
        assertThat(scope.covers(Jurisdiction.of("430100000000"), null)).isFalse();
        assertThat(scope.covers(Jurisdiction.of("430181000000"), null)).isFalse();
    }

    @Test
    void streetHubIsConfinedToItsStreet() {
        DataScope scope = DataScope.of(user(Role.HUB_OPERATOR, LANGLI), HUNAN);

        assertThat(scope.covers(LANGLI, null)).isTrue();
        assertThat(scope.covers(XINGSHA, null)).isFalse();
        assertThatThrownBy(() -> scope.requireWritable(XINGSHA, null)).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void filterMatchesTheSignificantPrefixOfEachGrantedSubtree() {
        ScopeFilter filter = DataScope.of(user(Role.CIVIL_AFFAIRS, CHANGSHA_COUNTY, LANGLI), HUNAN)
                .filter("jurisdiction_code", "id");

        assertThat(filter.sql()).isEqualTo("(jurisdiction_code LIKE :scope_j0 OR jurisdiction_code LIKE :scope_j1)");
        assertThat(filter.params()).containsEntry("scope_j0", "430121%").containsEntry("scope_j1", "430121004%");
    }

    @Test
    void orgAdminIsNarrowedToItsOrganization() {
        UUID own = UUID.randomUUID();
        CurrentUser orgAdmin = new CurrentUser("s", "org-admin-demo", Set.of(Role.ORG_ADMIN), List.of(XINGSHA),
                Optional.of(own), Optional.empty());
        DataScope scope = DataScope.of(orgAdmin, HUNAN);

        assertThat(scope.covers(XINGSHA, own)).isTrue();
        assertThat(scope.covers(XINGSHA, UUID.randomUUID())).isFalse();
        assertThat(scope.filter("jurisdiction_code", "id").sql()).endsWith("AND id = :scope_org");
        assertThat(scope.filter("jurisdiction_code", null).sql()).isEqualTo("FALSE");
    }

    @Test
    void orgAdminWithoutAnOrganizationSeesNothing() {
        DataScope scope = DataScope.of(user(Role.ORG_ADMIN, XINGSHA), HUNAN);

        assertThat(scope.isEmpty()).isTrue();
        assertThat(scope.filter("jurisdiction_code", "id").sql()).isEqualTo("FALSE");
    }

    @Test
    void callerWithoutJurisdictionSeesNothing() {
        DataScope scope = DataScope.of(user(Role.CIVIL_AFFAIRS), HUNAN);

        assertThat(scope.isEmpty()).isTrue();
        assertThat(scope.covers(XINGSHA, null)).isFalse();
    }

    @Test
    void streetNodeNarrowsAProvincialGrantToItsStreet() {
        Node xingshaNode = new Node("xingsha", XINGSHA);
        DataScope scope = DataScope.of(user(Role.PLATFORM_ADMIN, Jurisdiction.of("430000000000")), xingshaNode);

        assertThat(scope.subtrees()).containsExactly(XINGSHA);
        assertThatThrownBy(() -> scope.requireWritable(LANGLI, null)).isInstanceOf(OutsideNodeException.class);
    }

    @Test
    void grantBesideTheNodeGivesNothingThere() {
        DataScope scope = DataScope.of(user(Role.CIVIL_AFFAIRS, YUCHENG), HUNAN);

        assertThat(scope.isEmpty()).isTrue();
    }

    @Test
    void anOrgAdminSeesWhatIsPublishedInItsStreetButNothingElsewhere() {
        CurrentUser orgAdmin = new CurrentUser("s", "org-admin-demo", Set.of(Role.ORG_ADMIN), List.of(XINGSHA),
                Optional.of(UUID.randomUUID()), Optional.empty());
        ScopeFilter published = DataScope.of(orgAdmin, HUNAN).publishedFilter("p.jurisdiction_code");

        assertThat(published.sql()).isEqualTo("(p.jurisdiction_code LIKE :scope_j0)").doesNotContain("scope_org");
        assertThat(published.params()).containsEntry("scope_j0", XINGSHA.significantPrefix() + "%");
        assertThat(DataScope.of(orgAdmin, HUNAN).filter("p.jurisdiction_code", null).sql()).isEqualTo("FALSE");
        assertThat(DataScope.of(user(Role.ORG_ADMIN, XINGSHA), HUNAN).publishedFilter("p.jurisdiction_code").sql())
                .isEqualTo("FALSE");
    }

    /** The demo's central node serves Hunan and also hosts Ejin Horo and Ya'an: each officer sees only their own. */
    @Test
    void aNodeServingSeveralSubtreesGivesEachCallerOnlyTheirOwn() {
        Node central = new Node("central", List.of(Jurisdiction.of("430000000000"), Jurisdiction.of("150627000000"),
                Jurisdiction.of("511800000000")));
        DataScope ejinHoro = DataScope.of(user(Role.CIVIL_AFFAIRS, Jurisdiction.of("150627000000")), central);
        DataScope sichuan = DataScope.of(user(Role.CIVIL_AFFAIRS, Jurisdiction.of("510000000000")), central);

        assertThat(ejinHoro.subtrees()).containsExactly(Jurisdiction.of("150627000000"));
        assertThat(ejinHoro.covers(Jurisdiction.of("150627100000"), null)).isTrue();
        assertThat(ejinHoro.covers(XINGSHA, null)).isFalse();
        assertThat(sichuan.subtrees()).as("a province-wide grant shrinks to the part the node serves")
                .containsExactly(Jurisdiction.of("511800000000"));
        assertThat(sichuan.covers(YUCHENG, null)).isTrue();
        assertThat(central.serves(YUCHENG)).isTrue();
        assertThat(central.serves(Jurisdiction.of("510100000000"))).isFalse();
        assertThatThrownBy(() -> sichuan.requireWritable(Jurisdiction.of("510100000000"), null))
                .isInstanceOf(OutsideNodeException.class);
        assertThatThrownBy(() -> new Node("bad", List.of(Jurisdiction.of("430000000000"),
                Jurisdiction.of("430121000000")))).isInstanceOf(IllegalArgumentException.class);
    }

    private static CurrentUser user(Role role, Jurisdiction... jurisdictions) {
        return new CurrentUser("subject", "user", Set.of(role), List.of(jurisdictions), Optional.empty(),
                Optional.empty());
    }
}
