package cn.incubator.registry.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
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

/** Registration checklists seeded by migration, and progress through them, against a real PostgreSQL. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class RegistrationGuidanceIT {

    private static final CurrentUser OPERATOR = new CurrentUser("city-operator", "city-operator",
            Set.of(Role.BASE_OPERATOR), List.of(Jurisdiction.of("430100000000")), Optional.empty(), Optional.empty());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_guidance_it");
    }

    @Autowired
    GuidanceService guidance;

    @Autowired
    OrganizationService organizations;

    @Test
    void bothRegisteredFormsHaveAChecklistWithThePartyLeadershipCharterClause() {
        assertThat(guidance.guides()).extracting(RegistrationGuide::legalForm)
                .containsExactlyInAnyOrder(LegalForm.SOCIAL_GROUP, LegalForm.SOCIAL_SERVICE_ORGANIZATION);
        for (RegistrationGuide guide : guidance.guides()) {
            assertThat(guide.steps()).filteredOn(RegistrationGuide.Step::partyLeadershipClause).singleElement()
                    .satisfies(step -> assertThat(step.description()).contains("坚持中国共产党的全面领导"));
            assertThat(guide.steps()).allSatisfy(step -> assertThat(step.documents()).isNotEmpty());
        }
        assertThatThrownBy(() -> guidance.guide(LegalForm.FOUNDATION)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void stepsAreMarkedDoneOnceWithWhoAndWhenWhileInPreparation() {
        Organization preparing = organizations.create(OPERATOR, new OrganizationService.NewOrganization(
                "星沙街道书香阅读协会" + UUID.randomUUID().toString().substring(0, 4), LegalForm.SOCIAL_GROUP, null,
                "430121001000", Category.CULTURE_SPORTS, null, null)).organization();

        RegistrationProgress progress = guidance.markDone(OPERATOR, preparing.id(), 1, "县文旅广电局已同意");
        guidance.markDone(OPERATOR, preparing.id(), 4, null);
        progress = guidance.progress(OPERATOR, preparing.id());

        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.total()).isEqualTo(8);
        assertThat(progress.steps().get(0)).satisfies(step -> {
            assertThat(step.done()).isTrue();
            assertThat(step.doneBy()).isEqualTo("city-operator");
            assertThat(step.doneAt()).isNotNull();
            assertThat(step.note()).isEqualTo("县文旅广电局已同意");
        });
        assertThat(progress.steps().get(1).done()).isFalse();
        assertThatThrownBy(() -> guidance.markDone(OPERATOR, preparing.id(), 1, null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> guidance.markDone(OPERATOR, preparing.id(), 9, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(organizations.timeline(OPERATOR, preparing.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(e -> e.action())
                .containsExactly("organization.created", "registration-progress.step-done",
                        "registration-progress.step-done");

        organizations.register(OPERATOR, preparing.id(),
                UnifiedSocialCreditCode.withCheckCharacter("51430121MJJ" + String.format("%06d",
                        (int) (Math.random() * 1_000_000))), null, LocalDate.now(), null);
        assertThatThrownBy(() -> guidance.markDone(OPERATOR, preparing.id(), 2, null))
                .isInstanceOf(ConflictException.class);
        assertThat(guidance.progress(OPERATOR, preparing.id()).done()).isEqualTo(2);
    }
}
