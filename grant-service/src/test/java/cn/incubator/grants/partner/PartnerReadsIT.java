package cn.incubator.grants.partner;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.grants.GrantTestData.XINGSHA_FEDERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.GrantTestData;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A partner reads the programmes it co-funds and nothing else, against a real PostgreSQL. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class PartnerReadsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_award_it");
    }

    @Autowired
    PartnerReads reads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aPartnerSeesItsCoFundedProgrammeWithItsMoneyAndAnyOtherProgrammeIsNotFound() {
        String partnerId = "nandu-" + UUID.randomUUID().toString().substring(0, 8);
        UUID coFunded = GrantTestData.programme(jdbc, "长沙县第一届公益创投", "300000.00", partnerId, "140000.00");
        UUID other = GrantTestData.programme(jdbc, "长沙县社区微创投", "50000.00", "someone-else", "10000.00");
        GrantTestData.decide(transactions, events, coFunded, List.of(GrantTestData.line(XINGSHA_FEDERATION,
                "长沙县星沙街道社区社会组织联合会", "430121001000", "邻里守望互助计划", "36666.67")));
        CurrentUser partner = partner(partnerId, "430100000000");

        assertThat(reads.programmes(partner, partnerId, PageRequest.first(200)).items()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(coFunded);
            assertThat(p.contributed()).isEqualByComparingTo("140000.00");
        });
        PartnerReads.CoFunded read = reads.programme(partner, partnerId, coFunded);
        assertThat(read.money().awards()).hasSize(1);
        assertThat(read.money().ledger().pool()).isEqualByComparingTo("440000.00");
        assertThat(read.money().ledger().committed()).isEqualByComparingTo("36666.67");
        assertThatThrownBy(() -> reads.programme(partner, partnerId, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reads.programme(partner, partnerId, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);

        CurrentUser elsewhere = partner(partnerId, "511800000000");
        assertThat(reads.programmes(elsewhere, partnerId, PageRequest.first(200)).items()).isEmpty();
        assertThatThrownBy(() -> reads.programme(elsewhere, partnerId, coFunded)).isInstanceOf(NotFoundException.class);
    }

    private static CurrentUser partner(String partnerId, String jurisdiction) {
        return new CurrentUser("service-account-" + partnerId, "service-account-" + partnerId, Set.of(Role.PARTNER),
                List.of(Jurisdiction.of(jurisdiction)), Optional.empty(), Optional.of(partnerId));
    }
}
