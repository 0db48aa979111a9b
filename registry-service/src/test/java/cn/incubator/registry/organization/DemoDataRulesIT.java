package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.test.RealPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo data keeps the registry's rules: every credit code agrees with its registration authority, every
 * registered or filed organization has its date, lifecycle dates are ordered and inspection years lie within the
 * organization's life.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class DemoDataRulesIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_demo_rules_it");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCreditCodeAgreesWithItsRegistrationAuthority() {
        List<String> wrong = new ArrayList<>();
        jdbc.sql("SELECT name, credit_code, jurisdiction_code, registered_by_code FROM organization"
                + " WHERE credit_code IS NOT NULL").query((rs, n) -> {
                    String by = rs.getString("registered_by_code");
                    try {
                        RegistrationAuthority.require(rs.getString("credit_code"),
                                Jurisdiction.of(rs.getString("jurisdiction_code")), by == null ? null : Jurisdiction.of(by));
                    } catch (FieldProblemException e) {
                        wrong.add(rs.getString("name") + " " + rs.getString("credit_code"));
                    }
                    return n;
                }).list();
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE credit_code IS NOT NULL").query(Long.class)
                .single()).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    void lifecycleDatesAreOrderedAndEveryLegalOrganizationHasItsDate() {
        assertThat(jdbc.sql("""
                SELECT name FROM organization
                WHERE (status IN ('REGISTERED', 'FILED', 'CANCELLED') AND registered_on IS NULL)
                   OR founded_on > registered_on OR registered_on > cancelled_on OR registered_on > current_date
                   OR (status = 'CANCELLED') <> (cancelled_on IS NOT NULL)
                """).query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("""
                SELECT o.name FROM board_renewal r JOIN organization o ON o.id = r.organization_id
                WHERE r.renewed_on < o.registered_on OR r.renewed_on > o.cancelled_on OR r.renewed_on > current_date
                """).query(String.class).list()).isEmpty();
    }

    @Test
    void inspectionYearsLieWithinTheOrganizationsLife() {
        assertThat(jdbc.sql("SELECT count(*) FROM annual_inspection").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                SELECT o.name || ' ' || i.year FROM annual_inspection i JOIN organization o ON o.id = i.organization_id
                WHERE i.year < extract(year FROM o.registered_on) OR i.year > extract(year FROM o.cancelled_on)
                   OR i.year >= extract(year FROM current_date)
                """).query(String.class).list()).isEmpty();
    }
}
