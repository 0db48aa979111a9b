package cn.incubator.training.support;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.ServiceIT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The training service against a real PostgreSQL and the registry's talent pool speaking the real contract
 * ({@link FakeRegistry}), with a clock a test can stop at a moment (sittings, deadlines).
 */
// The survey auto-close runs when a test calls it, at the moment the test stopped the clock at.
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.training.survey-close-interval=1d"})
@Import(TrainingIT.Clocks.class)
public abstract class TrainingIT extends ServiceIT {

    public static final StoppableClock CLOCK = new StoppableClock();

    public static final CurrentUser COUNTY_BASE = Callers.user("county-base", Role.BASE_OPERATOR, "430121000000");
    public static final CurrentUser XINGSHA_HUB = Callers.XINGSHA_HUB;
    public static final CurrentUser LANGLI_HUB = Callers.LANGLI_HUB;
    public static final CurrentUser COUNTY_OFFICER = Callers.COUNTY_OFFICER;
    public static final CurrentUser TRAINER = Callers.user("trainer-demo", Role.TRAINER, "430121000000");
    public static final CurrentUser OTHER_TRAINER = Callers.user("trainer-other", Role.TRAINER, "430121000000");
    public static final UUID FEDERATION = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001");
    public static final CurrentUser FEDERATION_ADMIN = Callers.orgAdmin("org-admin-demo", FEDERATION, "430121001000");
    public static final CurrentUser ELDERLY_ADMIN = Callers.orgAdmin("elderly-admin",
            UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002"), "430121001000");
    public static final CurrentUser DRAGON_BOAT_ADMIN = Callers.orgAdmin("dragon-boat-admin",
            UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1003"), "430121004000");
    public static final CurrentUser YUHUA_ADMIN = Callers.orgAdmin("yuhua-admin",
            UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1099"), "430111000000");

    /** The registry's talent pool (trainers), on the real gRPC contract. */
    public static final FakeRegistry REGISTRY = new FakeRegistry();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "training_it");
        registry.add("spring.grpc.client.channels.registry.address", REGISTRY::grpcAddress);
    }

    /**
     * A caller's stand-in token on the thread, as in a request, so that calls to the registry carry one; a test that
     * checks whose token travels puts its own caller on the thread.
     */
    @BeforeEach
    void aCallerOnTheThread() {
        Callers.on(COUNTY_BASE);
    }

    @AfterEach
    void runTheClock() {
        CLOCK.stoppedAt = null;
        REGISTRY.reset();
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock stoppableClock() {
            return CLOCK;
        }
    }

    /** The system clock, or the moment a test stopped it at. */
    public static final class StoppableClock extends Clock {
        public volatile Instant stoppedAt;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant stopped = stoppedAt;
            return stopped == null ? Instant.now() : stopped;
        }
    }
}
