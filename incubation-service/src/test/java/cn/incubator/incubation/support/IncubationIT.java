package cn.incubator.incubation.support;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.MovableClock;
import cn.incubator.platform.test.service.ServiceIT;
import cn.incubator.platform.test.service.StandInDirectory;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against a real PostgreSQL and a registry speaking the real contracts ({@link FakeRegistry}); one
 * application context shared by every service test, with a clock a test can move ({@link #CLOCK}: the in-shell
 * period, the follow-up year), put back after each test, and street nodes a test may serve its lists from
 * ({@link #NODES}), none after each test.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.incubation.registry-deadline=3s",
        "incubator.incubation.training-deadline=2s"})
@RecordApplicationEvents
@Import(IncubationIT.Clocks.class)
public abstract class IncubationIT extends ServiceIT {

    protected static final MovableClock CLOCK = new MovableClock();

    protected static final FakeRegistry REGISTRY = new FakeRegistry();
    protected static final FakePartyBuilding PARTY_BUILDING = new FakePartyBuilding();
    protected static final FakeTraining TRAINING = new FakeTraining();
    /** The street nodes the service federates its lists to: none unless a test serves some. */
    protected static final StandInDirectory NODES = new StandInDirectory();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "incubation_it");
        registry.add("spring.grpc.client.channels.registry.address", REGISTRY::grpcAddress);
        registry.add("incubator.services.registry", REGISTRY::httpUrl);
        registry.add("spring.grpc.client.channels.party-building.address", PARTY_BUILDING::grpcAddress);
        registry.add("spring.grpc.client.channels.training.address", TRAINING::grpcAddress);
    }

    @AfterEach
    void resetTheStandIns() {
        REGISTRY.delayMillis = 0;
        REGISTRY.httpDelayMillis = 0;
        REGISTRY.httpRefusals.clear();
        PARTY_BUILDING.delayMillis = 0;
        TRAINING.delayMillis = 0;
        CLOCK.reset();
        NODES.clear();
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }

        @Bean
        @Primary
        NodeFederation standInFederation(JdbcClient jdbc, JsonMapper json) {
            return NODES.federation(jdbc, json);
        }
    }
}
