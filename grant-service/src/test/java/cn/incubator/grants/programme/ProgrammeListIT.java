package cn.incubator.grants.programme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A page of programmes is completed with three queries for the whole page (fundings, plans, committed amounts); each
 * programme on it must still carry exactly its own fundings, plans and commitment. The oracle is one plain query per
 * programme and figure, as the list used to run them.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class ProgrammeListIT {

    private static final CurrentUser COUNTY = Callers.user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_programme_list_it");
    }

    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyProgrammeOnAPageCarriesItsOwnFundingsPlansAndCommitment() {
        // The demo programmes have no capped plans: two programmes get plans of their own, with the same codes.
        UUID county = UUID.fromString("6d1e0000-0000-4000-8000-000000000001");
        UUID xingsha = UUID.fromString("6d1e0000-0000-4000-8000-000000000003");
        plan(county, "A", "一类项目", "50000.00");
        plan(county, "B", "二类项目", "20000.00");
        plan(xingsha, "A", "微项目", "5000.00");

        Page<Programme> page = programmes.search(COUNTY, null, new PageRequest(0, 20));

        assertThat(page.items()).hasSizeGreaterThan(1);
        assertThat(page.items()).anySatisfy(p -> assertThat(p.fundings()).isNotEmpty());
        assertThat(page.items()).anySatisfy(p -> assertThat(p.plans()).isNotEmpty());
        assertThat(page.items()).anySatisfy(p -> assertThat(p.committed()).isPositive());
        for (Programme programme : page.items()) {
            UUID id = programme.id();
            assertThat(programme.fundings()).extracting(Programme.Funding::id).as("fundings of %s", programme.name())
                    .containsExactlyElementsOf(jdbc.sql("""
                            SELECT id FROM programme_funding WHERE programme_id = :id
                            ORDER BY committed_on, recorded_at""").param("id", id).query(UUID.class).list());
            assertThat(programme.plans()).extracting(Programme.Plan::code).as("plans of %s", programme.name())
                    .containsExactlyElementsOf(jdbc.sql("SELECT code FROM programme_plan WHERE programme_id = :id "
                            + "ORDER BY code").param("id", id).query(String.class).list());
            BigDecimal committed = jdbc.sql("SELECT awarded + reserved FROM programme_commitment "
                    + "WHERE programme_id = :id").param("id", id).query(BigDecimal.class).single();
            assertThat(programme.committed()).as("committed of %s", programme.name()).isEqualTo(committed.setScale(2));
            assertThat(programmes.get(COUNTY, id)).isEqualTo(programme);
        }
    }

    private void plan(UUID programme, String code, String name, String cap) {
        jdbc.sql("INSERT INTO programme_plan (programme_id, code, name, cap) VALUES (:programme, :code, :name, :cap)")
                .param("programme", programme).param("code", code).param("name", name).param("cap", new BigDecimal(cap))
                .update();
    }
}
