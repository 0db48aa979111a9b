package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.test.RealPostgres;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Registration and search against a real PostgreSQL, with the data scope of real roles. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class OrganizationServiceIT {

    private static final CurrentUser COUNTY_OFFICER = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    private static final CurrentUser LANGLI_HUB = user("langli-hub", Role.HUB_OPERATOR, "430121004000");
    private static final CurrentUser XINGSHA_HUB = user("xingsha-hub", Role.HUB_OPERATOR, "430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_it");
    }

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registeredOrganizationIsFoundByATwoCharacterChineseQueryInScopeOnly() {
        Organization created = organizations.create(COUNTY_OFFICER, registered(
                "星沙街道阳光助残服务中心", LegalForm.SOCIAL_SERVICE_ORGANIZATION, "52430121MJJ000981X".substring(0, 17)
                        .transform(cn.incubator.platform.creditcode.UnifiedSocialCreditCode::withCheckCharacter),
                "430121001000", Category.PUBLIC_WELFARE)).organization();

        assertThat(created.status()).isEqualTo(OrganizationStatus.REGISTERED);
        assertThat(search(XINGSHA_HUB, "助残")).extracting(Organization::id).contains(created.id());
        assertThat(search(XINGSHA_HUB, "阳光助残")).extracting(Organization::id).contains(created.id());
        assertThat(search(LANGLI_HUB, "助残")).isEmpty();
        assertThat(search(XINGSHA_HUB, "残助")).isEmpty();
        assertThatThrownBy(() -> organizations.get(LANGLI_HUB, created.id())).isInstanceOf(NotFoundException.class);
        assertThat(organizations.timeline(COUNTY_OFFICER, created.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("organization.created"));
    }

    @Test
    void writeOutsideTheCallersStreetIsRefusedAndNothingIsStored() {
        long before = count();

        assertThatThrownBy(() -> organizations.create(LANGLI_HUB, registered(
                "越界备案的组织", LegalForm.COMMUNITY_ORGANIZATION, null, "430121001000", Category.COMMUNITY_SERVICE)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void creditCodeMustMatchTheLegalFormAndBeUnique() {
        String socialGroupCode = cn.incubator.platform.creditcode.UnifiedSocialCreditCode
                .withCheckCharacter("51430121MJJ00077A".substring(0, 17));
        assertThatThrownBy(() -> organizations.create(COUNTY_OFFICER, registered(
                "类型不符的机构", LegalForm.SOCIAL_SERVICE_ORGANIZATION, socialGroupCode, "430121001000",
                Category.PUBLIC_WELFARE))).isInstanceOf(FieldProblemException.class);

        organizations.create(COUNTY_OFFICER, registered("星沙书法协会",
                LegalForm.SOCIAL_GROUP, socialGroupCode, "430121001000", Category.CULTURE_SPORTS));
        assertThatThrownBy(() -> organizations.create(COUNTY_OFFICER, registered(
                "另一个书法协会", LegalForm.SOCIAL_GROUP, socialGroupCode, "430121004000", Category.CULTURE_SPORTS)))
                .isInstanceOf(ConflictException.class);
    }

    private List<Organization> search(CurrentUser user, String name) {
        return organizations.search(user, OrganizationSearch.byName(name)).items();
    }

    /** An organization recorded as already registered (filed) today. */
    static OrganizationService.NewOrganization registered(String name, LegalForm form, String creditCode,
            String jurisdiction, Category category) {
        return new OrganizationService.NewOrganization(name, form, creditCode, jurisdiction, category, null,
                java.time.LocalDate.now());
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();
    }

    private static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }
}
