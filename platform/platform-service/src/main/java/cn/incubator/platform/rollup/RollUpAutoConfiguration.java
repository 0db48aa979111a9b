package cn.incubator.platform.rollup;

import cn.incubator.platform.node.Node;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Channel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * The roll-up fan-out in every service: {@link StatisticsRollUp} over {@link FanOut}, with the node directory from
 * configuration plus this node itself at its local services' addresses ({@link LocalNodeDirectory}; unless a
 * configured node carries this node's name), so that by default a roll-up asks the one local node, channels from Spring gRPC (so the platform's service token goes with every call), and the node
 * breakers in the service's Resilience4j registry.
 */
@AutoConfiguration
@EnableConfigurationProperties(RollUpProperties.class)
public class RollUpAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NodeDirectory nodeDirectory(RollUpProperties properties, ObjectProvider<Node> node, Environment environment) {
        NodeDirectory configured = new ConfiguredNodeDirectory(properties.nodes());
        Node local = node.getIfAvailable();
        if (local == null || properties.nodes().stream().anyMatch(other -> other.name().equals(local.name()))) {
            return configured;
        }
        // This node answers for itself at its local services' addresses, beside the nodes configured elsewhere.
        NodeDirectory self = new LocalNodeDirectory(local,
                service -> environment.getProperty("spring.grpc.client.channels." + service + ".address"));
        return service -> java.util.stream.Stream.concat(self.nodesRunning(service).stream(),
                configured.nodesRunning(service).stream()).toList();
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
