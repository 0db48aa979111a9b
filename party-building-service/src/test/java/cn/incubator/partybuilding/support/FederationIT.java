package cn.incubator.partybuilding.support;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.ServiceIT;
import cn.incubator.platform.test.service.StandInDirectory;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against a real PostgreSQL with street nodes its lists federate to ({@link #NODES}: stand-ins a test
 * serves, none after each test); one application context shared by the federation tests.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
@Import(FederationIT.Nodes.class)
public abstract class FederationIT extends ServiceIT {

    protected static final StandInDirectory NODES = new StandInDirectory();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "party_building_federation_it");
    }

    @AfterEach
    void noNodesLeft() {
        NODES.clear();
    }

    @TestConfiguration
    static class Nodes {
        @Bean
        @Primary
        NodeFederation standInFederation(JdbcClient jdbc, JsonMapper json) {
            return NODES.federation(jdbc, json);
        }
    }
}
