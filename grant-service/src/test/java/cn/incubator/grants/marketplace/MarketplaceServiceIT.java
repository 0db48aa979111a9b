package cn.incubator.grants.marketplace;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.grants.GrantTestData.FEDERATION_ADMIN;
import static cn.incubator.grants.GrantTestData.LANGLI_HUB;
import static cn.incubator.grants.GrantTestData.XINGSHA_HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.GrantTestData;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.test.RealPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A Xingsha community project from posting to done, traced, against a real PostgreSQL. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class MarketplaceServiceIT {

    private static final CurrentUser ELDERLY_ADMIN = Callers.orgAdmin("elderly-admin",
            UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002"), "430121001000");
    private static final CurrentUser DRAGON_BOAT_ADMIN = Callers.orgAdmin("dragon-boat-admin",
            UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1003"), "430121004000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_award_it");
    }

    @Autowired
    MarketplaceService marketplace;

    @Test
    void theHubPostsOrganizationsOfferTheChosenOneDeliversAndTheWholeDeliveryIsTraced() {
        CommunityProject project = post();
        assertThat(marketplace.list(FEDERATION_ADMIN, ProjectStatus.OPEN, PageRequest.first(200)).items()).extracting(CommunityProject::id)
                .contains(project.id());
        assertThatThrownBy(() -> marketplace.get(DRAGON_BOAT_ADMIN, project.id())).isInstanceOf(NotFoundException.class);

        CommunityProject.Offer federation = marketplace.offer(FEDERATION_ADMIN, project.id(),
                "长沙县星沙街道社区社会组织联合会", "组织楼栋志愿者每周两次上门探访", new BigDecimal("18000.00"));
        CommunityProject.Offer elderly = marketplace.offer(ELDERLY_ADMIN, project.id(), "长沙县星沙街道阳光养老服务中心",
                "专业护理员上门，每月健康评估", new BigDecimal("20000.00"));
        assertThatThrownBy(() -> marketplace.offer(FEDERATION_ADMIN, project.id(), "联合会", "再次提交", null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.slug()).isEqualTo("offer-made"));
        assertThat(marketplace.offers(XINGSHA_HUB, project.id())).hasSize(2);
        assertThat(marketplace.offers(FEDERATION_ADMIN, project.id())).singleElement()
                .satisfies(o -> assertThat(o.id()).isEqualTo(federation.id()));

        assertThatThrownBy(() -> marketplace.choose(FEDERATION_ADMIN, project.id(), federation.id()))
                .isInstanceOf(ProblemException.class);
        assertThat(marketplace.choose(XINGSHA_HUB, project.id(), elderly.id()).status())
                .isEqualTo(ProjectStatus.ASSIGNED);
        assertThatThrownBy(() -> marketplace.logStep(FEDERATION_ADMIN, project.id(), "未选中的组织", LocalDate.now()))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> marketplace.complete(XINGSHA_HUB, project.id()))
                .isInstanceOf(IllegalTransitionException.class);

        marketplace.logStep(ELDERLY_ADMIN, project.id(), "完成 20 户独居老人建档", LocalDate.of(2026, 6, 3));
        CommunityProject.Step second = marketplace.logStep(ELDERLY_ADMIN, project.id(), "首轮上门探访 20 户",
                LocalDate.of(2026, 6, 10));
        assertThat(second.seq()).isEqualTo(2);
        assertThat(marketplace.get(XINGSHA_HUB, project.id()).status()).isEqualTo(ProjectStatus.IN_DELIVERY);
        assertThat(marketplace.complete(XINGSHA_HUB, project.id()).status()).isEqualTo(ProjectStatus.DONE);

        assertThat(marketplace.timeline(FEDERATION_ADMIN, project.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .containsExactly("project.posted", "project.offered", "project.offered", "project.offer-chosen",
                        "project.step-logged", "project.step-logged", "project.completed");
        assertThat(marketplace.offers(XINGSHA_HUB, project.id())).extracting(CommunityProject.Offer::status)
                .containsExactlyInAnyOrder("CHOSEN", "NOT_CHOSEN");
    }

    @Test
    void anotherStreetCannotPostHereNorTakeOnXingshasProjects() {
        assertThatThrownBy(() -> marketplace.post(LANGLI_HUB, Jurisdiction.of("430121001000"), "越界发布", "越界", null,
                CommunityProject.PosterKind.HUB, "㮾梨街道社区社会组织联合会")).isInstanceOf(OutOfScopeException.class);
        CommunityProject project = post();
        assertThatThrownBy(() -> marketplace.offer(DRAGON_BOAT_ADMIN, project.id(), "长沙县㮾梨街道龙舟协会", "跨街道承接",
                null)).isInstanceOf(NotFoundException.class);
        assertThat(marketplace.cancel(XINGSHA_HUB, project.id()).status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThatThrownBy(() -> marketplace.offer(FEDERATION_ADMIN, project.id(), "联合会", "撤销后提交", null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private CommunityProject post() {
        return marketplace.post(XINGSHA_HUB, Jurisdiction.of("430121001000"), "独居老人定期探访",
                "星沙街道星城社区 40 户独居老人每周探访、健康记录与紧急联络", new BigDecimal("20000.00"),
                CommunityProject.PosterKind.COMMUNITY, "星沙街道星城社区居民委员会");
    }
}
