package cn.incubator.registry.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.field.ServiceField;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "spring.grpc.server.port=0")
class TalentServiceIT {

    static final CurrentUser COUNTY = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    static final CurrentUser LANGLI = user("langli-hub", Role.HUB_OPERATOR, "430121004000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_talent_it");
    }

    @Autowired
    TalentService talent;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExpertIsStoredWithoutTheFullIdNumberAndFoundByIt() {
        Talent expert = talent.create(COUNTY, new TalentService.NewTalent("李敏", TalentKind.EXPERT, null,
                Set.of(ServiceField.ELDERLY_CARE), "430121001000", "430121198001010010", "13812345678", List.of()));

        assertThat(expert.idNumberMasked()).isEqualTo("430***********0010");
        String stored = jdbc.sql("SELECT row_to_json(t)::text FROM talent t WHERE id = :id").param("id", expert.id())
                .query(String.class).single();
        assertThat(stored).doesNotContain("430121198001010010");
        assertThat(talent.findByIdNumber(COUNTY, "430121198001010010").id()).isEqualTo(expert.id());
        assertThatThrownBy(() -> talent.findByIdNumber(LANGLI, "430121198001010010"))
                .isInstanceOf(NotFoundException.class);
        assertThat(talent.search(COUNTY, new TalentRepository.TalentSearch(TalentKind.EXPERT, null,
                ServiceField.ELDERLY_CARE, Jurisdiction.of("430121"), null, null), PageRequest.first(50)).items())
                .extracting(Talent::id).contains(expert.id());
        assertThat(talent.search(COUNTY, new TalentRepository.TalentSearch(TalentKind.EXPERT, null,
                ServiceField.YOUTH, null, null, null), PageRequest.first(50)).items()).extracting(Talent::id).doesNotContain(expert.id());
    }

    @Test
    void aTrainerIsFoundByTheirPlatformAccountOnlyWithinTheCallersScope() {
        Talent trainer = talent.create(COUNTY, new TalentService.NewTalent("吴军", TalentKind.MENTOR, null,
                Set.of(ServiceField.COMMUNITY_DEVELOPMENT), "430121001000", "430121197903150210", null, List.of()));
        jdbc.sql("UPDATE talent SET account_username = 'trainer-it' WHERE id = :id").param("id", trainer.id()).update();

        assertThat(talent.findByAccount(COUNTY, "trainer-it")).map(Talent::id).contains(trainer.id());
        assertThat(talent.findByAccount(LANGLI, "trainer-it")).as("another street's hub").isEmpty();
        assertThat(talent.findByAccount(COUNTY, "nobody-it")).isEmpty();
    }

    @Test
    void theSamePersonTwiceIsAConflictAndNothingMoreIsStored() {
        talent.create(COUNTY, volunteer("430121198503150021"));
        long before = count();

        assertThatThrownBy(() -> talent.create(COUNTY, volunteer("430121198503150021")))
                .isInstanceOf(ConflictException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void outsideTheCallersStreetAndUnknownOrganizationsAreRefused() {
        assertThatThrownBy(() -> talent.create(LANGLI, volunteer("430121199007200039")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> talent.create(COUNTY, new TalentService.NewTalent("王五", TalentKind.VOLUNTEER, null,
                Set.of(), "430121001000", "430121199007200039", null,
                List.of(java.util.UUID.randomUUID())))).isInstanceOf(FieldProblemException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM talent WHERE name = '王五'").query(Long.class).single()).isZero();
    }

    private static TalentService.NewTalent volunteer(String idNumber) {
        return new TalentService.NewTalent("张三", TalentKind.VOLUNTEER, null, Set.of(), "430121001000", idNumber,
                null, List.of());
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM talent").query(Long.class).single();
    }

    static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }
}
