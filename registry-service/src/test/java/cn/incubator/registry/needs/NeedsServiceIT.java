package cn.incubator.registry.needs;

import cn.incubator.platform.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.field.ServiceField;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "spring.grpc.server.port=0")
class NeedsServiceIT {

    static final CurrentUser CITY = user("changsha-officer", Role.CIVIL_AFFAIRS, "430100000000", null);
    static final CurrentUser LANGLI = user("langli-hub", Role.HUB_OPERATOR, "430121004000", null);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_needs_it");
    }

    @Autowired
    NeedsService needs;

    @Autowired
    OrganizationService organizations;

    @Test
    void aNeedIsMatchedLinkedAndCountedOncePerOrganization() {
        Organization org = organization("430121001000");
        CurrentUser orgAdmin = user("org-admin", Role.ORG_ADMIN, "430121001000", org.id());
        Need need = needs.post(orgAdmin, new NeedsService.NewNeed(org.id(), ResourceKind.FUNDS, "乡村龙舟赛经费", null,
                ServiceField.RURAL_REVITALIZATION, null, new BigDecimal("20000")));
        ResourceOffer foundation = needs.offer(CITY, new NeedsService.NewOffer("长沙市乐创公益慈善基金会",
                ProviderType.FOUNDATION, ResourceKind.FUNDS, "乡村振兴小额资助", null,
                Set.of(ServiceField.RURAL_REVITALIZATION), "430100", new BigDecimal("30000")));
        needs.offer(CITY, new NeedsService.NewOffer("㮾梨某企业", ProviderType.ENTERPRISE, ResourceKind.FUNDS, "㮾梨专项",
                null, Set.of(ServiceField.RURAL_REVITALIZATION), "430121004", new BigDecimal("30000")));

        assertThat(needs.matches(orgAdmin, need.id())).extracting(m -> m.offer().id()).containsExactly(foundation.id());
        needs.link(CITY, need.id(), new NeedsService.NewLinkage(foundation.id(), null, new BigDecimal("12000.50"),
                LocalDate.of(2024, 6, 1), null));
        needs.link(CITY, need.id(), new NeedsService.NewLinkage(null, "星沙某企业", new BigDecimal("8000"),
                LocalDate.of(2024, 7, 1), null));

        NeedsService.Totals totals = needs.totals(CITY, Jurisdiction.of("430121001"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        assertThat(totals.linkedOrganizations()).isEqualTo(1);
        assertThat(totals.linkedValueYuan()).isEqualByComparingTo("20000.50");
        assertThat(totals.linkages()).isEqualTo(2);
        assertThat(needs.totals(LANGLI, Jurisdiction.of("430121"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)).linkedOrganizations()).isZero();
        assertThat(needs.need(CITY, need.id()).status()).isEqualTo(NeedStatus.LINKED);

        needs.withdraw(CITY, foundation.id());
        assertThat(needs.matches(orgAdmin, need.id())).isEmpty();
        assertThatThrownBy(() -> needs.withdraw(CITY, foundation.id())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> needs.withdraw(LANGLI, foundation.id())).isInstanceOf(NotFoundException.class);

        needs.close(orgAdmin, need.id());
        assertThatThrownBy(() -> needs.link(CITY, need.id(), new NeedsService.NewLinkage(null, "又一家",
                BigDecimal.TEN, LocalDate.of(2024, 8, 1), null))).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anOrgAdminPostsForItsOwnOrganizationOnlyAndFundsNeedAnAmount() {
        Organization own = organization("430121001000");
        Organization other = organization("430121001000");
        CurrentUser orgAdmin = user("org-admin", Role.ORG_ADMIN, "430121001000", own.id());

        assertThatThrownBy(() -> needs.post(orgAdmin, new NeedsService.NewNeed(other.id(), ResourceKind.VENUE, "场地",
                null, ServiceField.YOUTH, null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> needs.post(orgAdmin, new NeedsService.NewNeed(own.id(), ResourceKind.FUNDS, "经费",
                null, ServiceField.YOUTH, null, null))).isInstanceOf(FieldProblemException.class);
        assertThatThrownBy(() -> needs.post(LANGLI, new NeedsService.NewNeed(own.id(), ResourceKind.VENUE, "场地",
                null, ServiceField.YOUTH, null, null))).isInstanceOfAny(NotFoundException.class,
                OutOfScopeException.class);
        assertThat(needs.needs(orgAdmin, null, null, null, null, null, PageRequest.first(200)).items()).isEmpty();
    }

    private Organization organization(String jurisdiction) {
        return organizations.create(CITY, new OrganizationService.NewOrganization(
                "需求测试组织" + UUID.randomUUID().toString().substring(0, 6), LegalForm.COMMUNITY_ORGANIZATION, null,
                jurisdiction, Category.COMMUNITY_SERVICE, null, java.time.LocalDate.now())).organization();
    }

    static CurrentUser user(String name, Role role, String jurisdiction, UUID orgId) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                Optional.ofNullable(orgId), Optional.empty());
    }
}
