package cn.incubator.platform.rollup;

import cn.incubator.platform.node.Node;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Channel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import cn.incubator.platform.events.ServiceClientConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * The roll-up fan-out in every service: {@link StatisticsRollUp} over {@link FanOut}, with the nodes of this node
 * itself at its local services' addresses ({@link LocalNodeDirectory}; unless a configured node carries this node's
 * name), of configuration, and of the central node directory read from the registry ({@link CentralNodeDirectory}),
 * so that by default a roll-up asks the local node and every active node registered; channels from Spring gRPC (so
 * the caller's or the platform's service token goes with every call), and the per-node breakers in the service's
 * Resilience4j registry.
 */
@AutoConfiguration
@EnableConfigurationProperties(RollUpProperties.class)
public class RollUpAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NodeDirectory nodeDirectory(RollUpProperties properties, ObjectProvider<Node> node, Environment environment,
            ObjectProvider<CentralNodeDirectory> central) {
        NodeDirectory configured = new ConfiguredNodeDirectory(properties.nodes());
        Node local = node.getIfAvailable();
        List<NodeDirectory> parts = new ArrayList<>();
        if (local != null && properties.nodes().stream().noneMatch(other -> other.name().equals(local.name()))) {
            // This node answers for itself at its local services' addresses, beside the nodes configured elsewhere.
            parts.add(new LocalNodeDirectory(local,
                    service -> environment.getProperty("spring.grpc.client.channels." + service + ".address")));
        }
        parts.add(configured);
        CentralNodeDirectory registered = central.getIfAvailable();
        if (registered != null) {
            parts.add(registered::nodesRunning);
        }
        return combined(parts);
    }

    /**
     * The nodes of every part, a node named in an earlier part left out of the later ones: this node itself first,
     * then the nodes configured by hand, then the central directory's.
     */
    static NodeDirectory combined(List<NodeDirectory> parts) {
        return service -> {
            List<NodeEndpoint> nodes = new ArrayList<>();
            Set<String> named = new HashSet<>();
            for (NodeDirectory part : parts) {
                List<NodeEndpoint> these = part.nodesRunning(service);
                these.stream().filter(endpoint -> !named.contains(endpoint.name())).forEach(nodes::add);
                these.forEach(endpoint -> named.add(endpoint.name()));
            }
            return List.copyOf(nodes);
        };
    }

    /**
     * The central node directory, read from the registry as the platform's service client every
     * {@code incubator.rollup.directory.refresh}: at {@code incubator.rollup.directory.uri}, or the registry's
     * {@code /api/registry/v1/node-directory} at {@code incubator.services.registry}. Absent when neither is set, when
     * {@code incubator.rollup.directory.enabled=false}, or where the service client is not configured.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "incubator.rollup.directory.enabled", matchIfMissing = true)
    CentralNodeDirectory centralNodeDirectory(RollUpProperties properties, Environment environment,
            ObjectProvider<RestClient.Builder> restClient, ObjectProvider<OAuth2AuthorizedClientManager> serviceLogin) {
        String uri = properties.directory().uri();
        if (uri == null || uri.isBlank()) {
            String registry = environment.getProperty("incubator.services.registry");
            uri = registry == null || registry.isBlank() ? null
                    : registry.replaceAll("/+$", "") + "/api/registry/v1/node-directory";
        }
        RestClient.Builder builder = restClient.getIfAvailable();
        OAuth2AuthorizedClientManager manager = serviceLogin.getIfAvailable();
        if (uri == null || builder == null || manager == null) {
            return null;
        }
        RestClient client = ServiceClientConfiguration.serviceClient(builder, manager, properties.directory().timeout());
        String directory = uri;
        return new CentralNodeDirectory(() -> client.get().uri(directory).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(JsonNode.class), properties.directory().refresh().toMillis());
    }

    /**
     * One channel per target, created at its first roll-up and kept (Spring gRPC closes them at shut-down); the
     * channel factory is looked up then too, so a context without gRPC clients still starts.
     */
    @Bean
    @ConditionalOnMissingBean
    NodeChannels nodeChannels(ObjectProvider<GrpcChannelFactory> channelFactory) {
        Map<String, Channel> channels = new ConcurrentHashMap<>();
        return node -> channels.computeIfAbsent(node.target(),
                target -> channelFactory.getObject().createChannel(target));
    }

    @Bean
    FanOut rollUpFanOut(NodeDirectory directory, NodeChannels channels, RollUpProperties properties,
            ObjectProvider<Resilience4JCircuitBreakerFactory> breakerFactory) {
        Resilience4JCircuitBreakerFactory factory = breakerFactory.getIfAvailable();
        CircuitBreakerRegistry registry = factory != null ? factory.getCircuitBreakerRegistry()
                : CircuitBreakerRegistry.ofDefaults();
        return new FanOut(directory, channels, registry,
                FanOut.defaultBreakerConfig(properties.breakerWindow(), properties.breakerOpenFor()),
                properties.deadline());
    }

    @Bean
    StatisticsRollUp statisticsRollUp(FanOut fanOut) {
        return new StatisticsRollUp(fanOut);
    }
}
