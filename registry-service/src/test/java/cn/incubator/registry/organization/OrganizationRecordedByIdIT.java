package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An organization recorded under an id the caller chose (incubation, for a team in preparation): the same id twice
 * is one record, and a record still in preparation that nothing refers to can be undone by whoever may write it.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class OrganizationRecordedByIdIT {

    private static final CurrentUser COUNTY_OFFICER = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    private static final CurrentUser XINGSHA_HUB = user("xingsha-hub", Role.HUB_OPERATOR, "430121001000");
    private static final CurrentUser LANGLI_HUB = user("langli-hub", Role.HUB_OPERATOR, "430121004000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_by_id_it");
    }

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameIdTwiceIsOneRecordAndTheSecondCallSaysSo() {
        UUID id = UUID.randomUUID();

        OrganizationService.Created first = organizations.createWithId(COUNTY_OFFICER, id, team("星沙街道筹建读书会"));
        OrganizationService.Created again = organizations.createWithId(COUNTY_OFFICER, id, team("星沙街道筹建读书会"));

        assertThat(first.alreadyRecorded()).isFalse();
        assertThat(first.organization().status()).isEqualTo(OrganizationStatus.IN_PREPARATION);
        assertThat(again.alreadyRecorded()).isTrue();
        assertThat(again.organization().id()).isEqualTo(id);
        assertThat(rows(id)).isEqualTo(1);
        assertThat(organizations.timeline(COUNTY_OFFICER, id, cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .containsExactly("organization.created");
    }

    @Test
    void anIdTakenByAnotherOrganizationIsRefused() {
        UUID id = UUID.randomUUID();
        organizations.createWithId(COUNTY_OFFICER, id, team("星沙街道筹建合唱团"));

        assertThatThrownBy(() -> organizations.createWithId(COUNTY_OFFICER, id, team("星沙街道筹建舞蹈队")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("organization-id-taken"));
        assertThatThrownBy(() -> organizations.createWithId(LANGLI_HUB, id,
                new OrganizationService.NewOrganization("㮾梨街道筹建合唱团", LegalForm.COMMUNITY_ORGANIZATION, null,
                        "430121004000", Category.COMMUNITY_SERVICE, null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("organization-id-taken"));
        assertThat(organizations.get(COUNTY_OFFICER, id).name()).isEqualTo("星沙街道筹建合唱团");
    }

    @Test
    void anOrganizationInPreparationIsDeletedByWhoeverMayWriteItAndTheDeletionStaysOnItsTimeline() {
        UUID id = UUID.randomUUID();
        organizations.createWithId(XINGSHA_HUB, id, team("星沙街道筹建棋艺社"));

        assertThatThrownBy(() -> organizations.deleteInPreparation(LANGLI_HUB, id))
                .isInstanceOf(NotFoundException.class);
        organizations.deleteInPreparation(XINGSHA_HUB, id);

        assertThat(rows(id)).isZero();
        assertThatThrownBy(() -> organizations.get(COUNTY_OFFICER, id)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'organization' AND subject_id = :id "
                        + "ORDER BY seq").param("id", id.toString()).query(String.class).list())
                .containsExactly("organization.created", "organization.deleted");
    }

    @Test
    void aRegisteredOrAReferredOrganizationIsNotDeleted() {
        UUID registered = UUID.randomUUID();
        organizations.createWithId(COUNTY_OFFICER, registered, new OrganizationService.NewOrganization(
                "星沙街道已备案志愿队", LegalForm.COMMUNITY_ORGANIZATION, null, "430121001000",
                Category.COMMUNITY_SERVICE, null, LocalDate.of(2024, 6, 1)));
        UUID referred = UUID.randomUUID();
        organizations.createWithId(COUNTY_OFFICER, referred, team("星沙街道筹建环保社"));
        jdbc.sql("""
                INSERT INTO board_renewal (id, organization_id, renewed_on, term_number, term_years, recorded_by,
                    recorded_at) VALUES (:id, :org, DATE '2025-01-10', 1, 5, 'county-officer', now())
                """).param("id", UUID.randomUUID()).param("org", referred).update();

        assertThatThrownBy(() -> organizations.deleteInPreparation(COUNTY_OFFICER, registered))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("organization-not-in-preparation"));
        assertThatThrownBy(() -> organizations.deleteInPreparation(COUNTY_OFFICER, referred))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("organization-referred"));
        assertThat(rows(registered) + rows(referred)).isEqualTo(2);
    }

    private static OrganizationService.NewOrganization team(String name) {
        return new OrganizationService.NewOrganization(name, LegalForm.COMMUNITY_ORGANIZATION, null, "430121001000",
                Category.COMMUNITY_SERVICE, null, null);
    }

    private long rows(UUID id) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }
}
