package cn.incubator.grants.support;

import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.MovableClock;
import cn.incubator.platform.test.service.ServiceIT;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The grant service against a real PostgreSQL, with the registry, party-building and incubation played by
 * {@link FakeServices} over their real gRPC contracts, and a clock the test can move (public notice periods).
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.grants.remote-deadline=3s"})
@Import(GrantIT.Clocks.class)
public abstract class GrantIT extends ServiceIT {

    protected static final FakeServices SERVICES = new FakeServices();
    protected static final MovableClock CLOCK = new MovableClock();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_rounds_it");
        registry.add("spring.grpc.client.channels.registry.address", SERVICES::address);
        registry.add("spring.grpc.client.channels.party-building.address", SERVICES::address);
        registry.add("spring.grpc.client.channels.incubation.address", SERVICES::address);
    }

    @AfterEach
    void resetTheWorld() {
        SERVICES.registryDown = false;
        SERVICES.partyBuildingDown = false;
        CLOCK.reset();
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }
}
