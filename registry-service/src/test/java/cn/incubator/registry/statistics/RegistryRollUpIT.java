package cn.incubator.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.contracts.platform.v1.GetStatisticsRequest;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.rollup.MissingReason;
import cn.incubator.platform.rollup.NodeChannels;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import cn.incubator.platform.test.RealPostgres;
import io.grpc.Channel;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry's statistics roll-up over the node directory, on the demo data: this node (the default central node,
 * serving Hunan, Ejin Horo and Ya'an) answers over gRPC for its own records, and a Xingsha street node that is
 * registered but down is named in the answer as missing, never a failure. Both run in-process: the local node's
 * {@code NodeStatistics} is this service's own bean, called as the platform's service client.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "spring.grpc.client.channels.registry.address=in-process:registry-rollup-it",
        "incubator.rollup.deadline=2s",
        "incubator.rollup.nodes[0].name=xingsha",
        "incubator.rollup.nodes[0].jurisdiction=430121001000",
        "incubator.rollup.nodes[0].grpc.registry=in-process:xingsha-is-down"})
@Import(RegistryRollUpIT.InProcessNodes.class)
class RegistryRollUpIT {

    private static final String LOCAL = "registry-rollup-it";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_rollup_it");
    }

    @Autowired
    StatisticsService statistics;
    @Autowired
    RegistryNodeStatistics nodeStatistics;

    @Test
    void aCountyRollUpSumsTheLocalNodeAndNamesTheDeadStreetNode() {
        CurrentUser county = user(Role.CIVIL_AFFAIRS, "430121000000");

        RollUp<StatisticsService.RegistryFigures> rollUp = statistics.rollUp(county, Jurisdiction.of("430121000000"));

        assertThat(rollUp.answered()).extracting(RollUp.AnsweredNode::name).containsExactly("central");
        assertThat(rollUp.missing()).singleElement().satisfies(missing -> {
            assertThat(missing.name()).isEqualTo("xingsha");
            assertThat(missing.reason()).isEqualTo(MissingReason.UNAVAILABLE);
        });
        assertThat(rollUp.partial()).isTrue();
        // the local node holds every county record (the Xingsha node has taken none over): the same count as the
        // registry's own statistics, and the kinds add up to it
        StatisticsService.RegistryFigures figures = rollUp.total();
        long total = statistics.organizations(county, Jurisdiction.of("430121000000"), null, null).total();
        assertThat(total).isPositive();
        assertThat(figures.organizations()).isEqualTo(total);
        assertThat(figures.socialGroups() + figures.privateNonEnterpriseUnits() + figures.foundations()
                + figures.communityOrganizations()).isEqualTo(total);
        assertThat(figures.talents()).isPositive();

        ResponseEntity<RollUp<StatisticsService.RegistryFigures>> response = StatisticsRollUp.response(rollUp);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getFirst(RollUp.PARTIAL_HEADER)).isEqualTo("xingsha=unavailable");
    }

    @Test
    void ejinHorosRollUpIsCompleteWithItsDensityOf3Point6() {
        RollUp<StatisticsService.RegistryFigures> rollUp = statistics.rollUp(user(Role.CIVIL_AFFAIRS, "150627000000"),
                null);

        assertThat(rollUp.prefix()).isEqualTo(Jurisdiction.of("150627000000"));
        assertThat(rollUp.partial()).as("the Xingsha node holds nothing in Ejin Horo and is not asked").isFalse();
        assertThat(rollUp.answered()).extracting(node -> node.jurisdiction().code()).containsExactly("150627000000");
        assertThat(rollUp.total().organizations()).isEqualTo(89);
        assertThat(rollUp.total().registeredOrganizations()).isEqualTo(86);
        assertThat(rollUp.total().density().perTenThousand()).isEqualByComparingTo("3.6");
        assertThat(StatisticsRollUp.response(rollUp).getHeaders().containsHeader(RollUp.PARTIAL_HEADER)).isFalse();
    }

    @Test
    void aPlaceOutsideTheCallersScopeIsNotFoundAndAnOrgAdminRollsNothingUp() {
        assertThatThrownBy(() -> statistics.rollUp(user(Role.HUB_OPERATOR, "430121004000"),
                Jurisdiction.of("430121000000"))).isInstanceOf(NotFoundException.class);
        CurrentUser orgAdmin = new CurrentUser("org", "org-admin-demo", Set.of(Role.ORG_ADMIN),
                List.of(Jurisdiction.of("430121001000")), Optional.of(UUID.randomUUID()), Optional.empty());
        assertThatThrownBy(() -> statistics.rollUp(orgAdmin, Jurisdiction.of("430121001000")))
                .isInstanceOf(NotFoundException.class);
    }

    /**
     * The service client may ask for any prefix; a person (whose token a roll-up passes on) only for a prefix their
     * grant covers whole, with the statistics permission, and not when acting for one organization.
     */
    @Test
    void onlyTheServiceClientOrAPersonGrantedTheWholePrefixMayAskANodeForItsFigures() {
        assertThat(asks(jwt(CurrentUser.SERVICE_CLIENT, "platform-admin", null), "430121000000")).isTrue();
        assertThat(asks(jwt("county-officer", "civil-affairs", "430121000000"), "430121001000")).isTrue();
        assertThat(asks(jwt("county-officer", "civil-affairs", "430121000000"), "430100000000")).isFalse();
        assertThat(asks(jwt("langli-hub", "hub-operator", "430121004000"), "430121000000")).isFalse();
        assertThat(asks(jwt("org-admin-demo", "org-admin", "430121001000"), "430121001000")).isFalse();
        assertThat(asks(jwt("expert-demo", "expert", "430100000000"), "430121000000")).as("no statistics permission")
                .isFalse();
    }

    private boolean asks(Jwt caller, String prefix) {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(caller));
        try {
            nodeStatistics.getStatistics(GetStatisticsRequest.newBuilder().setJurisdictionPrefix(prefix).build(),
                    new Ignored());
            return true;
        } catch (ProblemException refused) {
            assertThat(refused.status().value()).isEqualTo(403);
            return false;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static CurrentUser user(Role role, String jurisdiction) {
        return new CurrentUser(role.name(), role.name(), Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                Optional.empty(), Optional.empty());
    }

    private static Jwt jwt(String username, String role, String jurisdiction) {
        Jwt.Builder jwt = Jwt.withTokenValue("test").header("alg", "none").subject(username)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(role)));
        if (jurisdiction != null) {
            jwt.claim("jurisdiction", List.of(jurisdiction));
        }
        if (role.equals("org-admin")) {
            jwt.claim("org_id", UUID.randomUUID().toString());
        }
        return jwt.build();
    }

    /** Channels to in-process servers by target ({@code in-process:<name>}), and this node's own server. */
    @TestConfiguration
    static class InProcessNodes {

        @Bean
        NodeChannels nodeChannels() {
            Map<String, Channel> channels = new ConcurrentHashMap<>();
            return node -> channels.computeIfAbsent(node.target(), target -> InProcessChannelBuilder
                    .forName(target.substring("in-process:".length())).directExecutor().build());
        }

        @Bean(destroyMethod = "shutdownNow")
        Server localRegistry(RegistryNodeStatistics service) throws IOException {
            return InProcessServerBuilder.forName(LOCAL).directExecutor()
                    .addService(ServerInterceptors.intercept(service, asServiceClient())).build().start();
        }

        /** What the platform's gRPC security does for a call carrying the service client's token. */
        private static ServerInterceptor asServiceClient() {
            return new ServerInterceptor() {
                @Override
                public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                        ServerCallHandler<Q, A> next) {
                    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(
                            next.startCall(call, headers)) {
                        @Override
                        public void onHalfClose() {
                            var previous = SecurityContextHolder.getContext().getAuthentication();
                            SecurityContextHolder.getContext()
                                    .setAuthentication(new JwtAuthenticationToken(jwt(CurrentUser.SERVICE_CLIENT, "platform-admin", null)));
                            try {
                                super.onHalfClose();
                            } finally {
                                SecurityContextHolder.getContext().setAuthentication(previous);
                            }
                        }
                    };
                }
            };
        }
    }

    private static final class Ignored implements StreamObserver<Statistics> {
        @Override
        public void onNext(Statistics value) {
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onCompleted() {
        }
    }
}
