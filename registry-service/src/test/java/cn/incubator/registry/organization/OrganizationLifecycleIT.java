package cn.incubator.registry.organization;

import cn.incubator.registry.field.ServiceField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.transition.IllegalTransitionException;
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

/** The organization lifecycle, name approval and profile against a real PostgreSQL. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class OrganizationLifecycleIT {

    private static final CurrentUser COUNTY_OFFICER = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    private static final CurrentUser XINGSHA_HUB = user("xingsha-hub", Role.HUB_OPERATOR, "430121001000");
    private static final String XINGSHA = "430121001000";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2024, 3, 15);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_lifecycle_it");
    }

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationRepository repository;

    @Test
    void socialGroupGoesFromPreparationToRegisteredThroughBoardRenewalToCancelled() {
        Organization preparing = create(COUNTY_OFFICER, "星沙街道书画协会" + suffix(), LegalForm.SOCIAL_GROUP, null);
        assertThat(preparing.status()).isEqualTo(OrganizationStatus.IN_PREPARATION);

        String code = code("51430121MJJ" + digits());
        Organization registered = organizations.register(COUNTY_OFFICER, preparing.id(), code, null, REGISTERED_ON, null);
        assertThat(registered.status()).isEqualTo(OrganizationStatus.REGISTERED);
        assertThat(organizations.get(COUNTY_OFFICER, preparing.id()).creditCode()).isEqualTo(code);

        organizations.renewBoard(COUNTY_OFFICER, preparing.id(), new OrganizationService.NewBoardRenewal(
                LocalDate.of(2025, 3, 1), 2, 5, new Person("李四", "13907310002")));
        Organization renewed = organizations.get(COUNTY_OFFICER, preparing.id());
        assertThat(renewed.profile().legalRepresentative().name()).isEqualTo("李四");
        assertThat(organizations.boardRenewals(COUNTY_OFFICER, preparing.id())).singleElement()
                .satisfies(r -> assertThat(r.masked().legalRepresentative().phone()).isEqualTo("139****0002"));

        Organization cancelled = organizations.cancel(COUNTY_OFFICER, preparing.id(), LocalDate.of(2025, 6, 1));
        assertThat(cancelled.status()).isEqualTo(OrganizationStatus.CANCELLED);
        assertThat(organizations.timeline(COUNTY_OFFICER, preparing.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(e -> e.action())
                .containsExactly("organization.created", "organization.registered", "organization.board-renewed",
                        "organization.cancelled");
        assertThat(organizations.timeline(COUNTY_OFFICER, preparing.id(), cn.incubator.platform.paging.PageRequest.first(200)).items().get(1).before())
                .contains("\"status\": \"IN_PREPARATION\"");
        assertThat(organizations.timeline(COUNTY_OFFICER, preparing.id(), cn.incubator.platform.paging.PageRequest.first(200)).items().get(1).after())
                .contains("\"status\": \"REGISTERED\"").contains(code);
    }

    @Test
    void illegalTransitionsAreRefusedNamingTheCurrentStatusAndChangeNothing() {
        Organization preparing = create(COUNTY_OFFICER, "星沙街道象棋协会" + suffix(), LegalForm.SOCIAL_GROUP, null);

        assertThatThrownBy(() -> organizations.cancel(COUNTY_OFFICER, preparing.id(), LocalDate.now()))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState().name()).isEqualTo("IN_PREPARATION"));
        assertThatThrownBy(() -> organizations.renewBoard(COUNTY_OFFICER, preparing.id(),
                new OrganizationService.NewBoardRenewal(LocalDate.now(), 2, 5, null)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> organizations.file(COUNTY_OFFICER, preparing.id(), null, null, LocalDate.now()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(organizations.get(COUNTY_OFFICER, preparing.id()).status())
                .isEqualTo(OrganizationStatus.IN_PREPARATION);
        assertThat(organizations.timeline(COUNTY_OFFICER, preparing.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).hasSize(1);
        assertThat(renewalCount(preparing.id())).isZero();
    }

    @Test
    void registrationNeedsACodeOfTheRightFormAndLeavesPreparationOnlyWithOne() {
        Organization preparing = create(COUNTY_OFFICER, "星沙街道慈善服务中心" + suffix(),
                LegalForm.SOCIAL_SERVICE_ORGANIZATION, null);

        assertThatThrownBy(() -> organizations.register(COUNTY_OFFICER, preparing.id(), code("51430121MJJ" + digits()),
                null, REGISTERED_ON, null)).isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems()).extracting(f -> f.field()).containsExactly("creditCode"));
        assertThatThrownBy(() -> organizations.register(COUNTY_OFFICER, preparing.id(), null, null, REGISTERED_ON, null))
                .isInstanceOf(FieldProblemException.class);
        assertThat(organizations.get(COUNTY_OFFICER, preparing.id()).status())
                .isEqualTo(OrganizationStatus.IN_PREPARATION);
    }

    @Test
    void hubFilesCommunityOrganizationsOfItsStreetButNothingElse() {
        Organization team = create(XINGSHA_HUB, "星沙街道银发志愿服务队" + suffix(), LegalForm.COMMUNITY_ORGANIZATION, null);
        assertThat(organizations.file(XINGSHA_HUB, team.id(), null, null, LocalDate.now()).status())
                .isEqualTo(OrganizationStatus.FILED);

        long before = count();
        assertThatThrownBy(() -> create(XINGSHA_HUB, "星沙街道某协会" + suffix(), LegalForm.SOCIAL_GROUP, null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("hub-community-only"));
        Organization group = create(COUNTY_OFFICER, "星沙街道围棋协会" + suffix(), LegalForm.SOCIAL_GROUP, null);
        assertThatThrownBy(() -> organizations.register(XINGSHA_HUB, group.id(), code("51430121MJJ" + digits()),
                null, REGISTERED_ON, null)).isInstanceOf(ProblemException.class);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void nearlyIdenticalNamesInTheDistrictAreFlaggedButDoNotBlock() {
        String core = "晨光助残" + suffix();
        create(COUNTY_OFFICER, "长沙县" + core + "服务中心", LegalForm.SOCIAL_SERVICE_ORGANIZATION, null);

        List<OrganizationService.NameWarning> warnings =
                organizations.checkName(XINGSHA_HUB, "星沙街道" + core + "协会", Jurisdiction.of(XINGSHA));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("长沙县" + core + "服务中心");
            assertThat(w.match()).isEqualTo("SAME_CORE");
        });
        OrganizationService.Created second = organizations.create(COUNTY_OFFICER, new OrganizationService.NewOrganization(
                "星沙街道" + core + "协会", LegalForm.SOCIAL_GROUP, null, XINGSHA, Category.PUBLIC_WELFARE, null, null));
        assertThat(second.nameWarnings()).hasSize(1);
        // Another district (Yuhua, 430111) is a different registration area.
        assertThat(organizations.checkName(COUNTY_OFFICER, "星沙街道" + core + "协会", Jurisdiction.of("430121004000")))
                .hasSize(2);
    }

    @Test
    void aNameCheckReadsTheNamesThatCanMatchNotEveryNameSharingAGenericWord() {
        String core = "晨光助残" + suffix();
        String sameCore = "长沙县" + core + "志愿服务中心";
        String similar = "星沙街道" + core + "志愿者协会";
        create(COUNTY_OFFICER, sameCore, LegalForm.SOCIAL_SERVICE_ORGANIZATION, null);
        create(COUNTY_OFFICER, similar, LegalForm.SOCIAL_GROUP, null);
        List<String> decoys = List.of("长沙县晨光养老" + suffix() + "服务中心", "长沙县星沙街道书画" + suffix() + "协会");
        decoys.forEach(name -> create(COUNTY_OFFICER, name, LegalForm.SOCIAL_SERVICE_ORGANIZATION, null));

        NameSimilarity similarity = new NameSimilarity(List.of("湖南省", "长沙市", "长沙县", "星沙街道"));
        String proposed = "星沙街道" + core + "志愿协会";
        List<String> candidates = repository.namesThatCanMatch(Jurisdiction.of("430121000000"),
                similarity.key(proposed)).stream().map(OrganizationRepository.ExistingName::name).toList();
        assertThat(candidates).contains(sameCore, similar).doesNotContainAnyElementsOf(decoys);
        assertThat(organizations.checkName(COUNTY_OFFICER, proposed, Jurisdiction.of(XINGSHA)))
                .extracting(OrganizationService.NameWarning::name, OrganizationService.NameWarning::match)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(sameCore, "SAME_CORE"),
                        org.assertj.core.groups.Tuple.tuple(similar, "SIMILAR"));
    }

    @Test
    void profileChangesKeepWhatIsNotGivenAndSearchFiltersByMaturityAndServiceField() {
        Organization org = create(COUNTY_OFFICER, "星沙街道青春驿站" + suffix(), LegalForm.COMMUNITY_ORGANIZATION, null);
        organizations.updateProfile(COUNTY_OFFICER, org.id(), null, new Profile.Change(
                Set.of(ServiceField.YOUTH, ServiceField.COMMUNITY_DEVELOPMENT), Maturity.STARTUP, null, "星沙街道开元路",
                null, new Person("王五", "13807310003"), null));
        Organization changed = organizations.updateProfile(COUNTY_OFFICER, org.id(), Category.CIVIC_EDUCATION,
                new Profile.Change(null, null, "长沙县民政局", null, null, null, null));

        assertThat(changed.profile().serviceFields()).containsExactlyInAnyOrder(ServiceField.YOUTH,
                ServiceField.COMMUNITY_DEVELOPMENT);
        assertThat(changed.profile().address()).isEqualTo("星沙街道开元路");
        assertThat(changed.category()).isEqualTo(Category.CIVIC_EDUCATION);
        assertThat(OrganizationView.of(changed).contact().phone()).isEqualTo("138****0003");
        assertThat(organizations.timeline(COUNTY_OFFICER, org.id(), cn.incubator.platform.paging.PageRequest.first(200)).items().get(1).after()).doesNotContain("13807310003");

        OrganizationRepository.Page youth = organizations.search(COUNTY_OFFICER, new OrganizationSearch(null, null,
                null, null, Maturity.STARTUP, ServiceField.YOUTH, null, 0, 200, OrganizationSearch.Sort.NAME));
        assertThat(youth.items()).extracting(Organization::id).contains(org.id());
        assertThat(youth.totalEstimated()).isFalse();
        assertThat(organizations.search(COUNTY_OFFICER, new OrganizationSearch(null, null, null, null, Maturity.MODEL,
                ServiceField.YOUTH, null, 0, 200, OrganizationSearch.Sort.NAME)).items())
                .extracting(Organization::id).doesNotContain(org.id());
    }

    @Test
    void datesAndCodesAreCheckedWhereTheyAreStoredAndNothingIsWrittenOnRefusal() {
        Organization preparing = organizations.create(COUNTY_OFFICER, new OrganizationService.NewOrganization(
                "星沙街道时序协会" + suffix(), LegalForm.SOCIAL_GROUP, null, XINGSHA, Category.PUBLIC_WELFARE,
                new Profile(null, null, null, null, null, null, REGISTERED_ON), null)).organization();
        assertThatThrownBy(() -> organizations.register(COUNTY_OFFICER, preparing.id(), code("51430121MJJ" + digits()),
                null, REGISTERED_ON.minusDays(1), null)).isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems()).extracting(f -> f.field()).containsExactly("registeredOn"));
        assertThatThrownBy(() -> organizations.register(COUNTY_OFFICER, preparing.id(), code("51430102MJJ" + digits()),
                null, REGISTERED_ON, null)).isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems()).extracting(f -> f.field()).containsExactly("creditCode"));
        assertThat(organizations.get(COUNTY_OFFICER, preparing.id()).status())
                .isEqualTo(OrganizationStatus.IN_PREPARATION);

        String cityCode = code("51430100MJJ" + digits());
        Organization byTheCity = organizations.register(COUNTY_OFFICER, preparing.id(), cityCode,
                Jurisdiction.of("430100000000"), REGISTERED_ON, null);
        assertThat(byTheCity.registeredBy()).isEqualTo(Jurisdiction.of("430100000000"));
        assertThat(organizations.get(COUNTY_OFFICER, preparing.id()).registeredBy())
                .isEqualTo(Jurisdiction.of("430100000000"));

        organizations.renewBoard(COUNTY_OFFICER, preparing.id(), new OrganizationService.NewBoardRenewal(
                REGISTERED_ON.plusYears(1), 2, 5, null));
        assertThatThrownBy(() -> organizations.cancel(COUNTY_OFFICER, preparing.id(), REGISTERED_ON.plusMonths(6)))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems().get(0).args())
                        .containsExactly(REGISTERED_ON.plusMonths(6), REGISTERED_ON.plusYears(1)));
        assertThat(organizations.get(COUNTY_OFFICER, preparing.id()).status())
                .isEqualTo(OrganizationStatus.REGISTERED);
    }

    @Test
    void unmaskedContactsAreForThoseWhoMayWriteAndEveryReadIsAudited() {
        Organization group = organizations.create(COUNTY_OFFICER, new OrganizationService.NewOrganization(
                "星沙街道联系人协会" + suffix(), LegalForm.SOCIAL_GROUP, null, XINGSHA, Category.PUBLIC_WELFARE,
                new Profile(null, null, null, null, new Person("欧阳明", "13907310001"), null, null), null))
                .organization();
        assertThat(OrganizationView.of(organizations.get(COUNTY_OFFICER, group.id())).legalRepresentative().phone())
                .isEqualTo("139****0001");
        assertThat(organizations.contacts(COUNTY_OFFICER, group.id()).legalRepresentative())
                .isEqualTo(new Person("欧阳明", "13907310001"));
        assertThatThrownBy(() -> organizations.contacts(XINGSHA_HUB, group.id()))
                .isInstanceOf(ProblemException.class);
        assertThat(organizations.timeline(COUNTY_OFFICER, group.id(), cn.incubator.platform.paging.PageRequest.first(200)).items())
                .filteredOn(e -> e.action().equals("organization.contacts-read"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("county-officer");
                    assertThat(e.after()).contains("legalRepresentative").doesNotContain("13907310001");
                });
    }

    private Organization create(CurrentUser user, String name, LegalForm form, String creditCode) {
        return organizations.create(user, new OrganizationService.NewOrganization(name, form, creditCode, XINGSHA,
                Category.PUBLIC_WELFARE, null, null)).organization();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }

    private static String digits() {
        return String.format("%06d", (int) (Math.random() * 1_000_000));
    }

    private static String code(String first17) {
        return UnifiedSocialCreditCode.withCheckCharacter(first17);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();
    }

    private long renewalCount(UUID id) {
        return jdbc.sql("SELECT count(*) FROM board_renewal WHERE organization_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }
}
