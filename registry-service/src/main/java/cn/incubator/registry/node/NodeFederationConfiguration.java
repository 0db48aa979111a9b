package cn.incubator.registry.node;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry federates reads to the nodes of its own directory (its own copy, current with every change committed
 * here: {@link NodeDirectoryService#federatedNodes}) rather than of the central directory's 3-second copy the other
 * services read.
 */
@Configuration(proxyBeanMethods = false)
class NodeFederationConfiguration {

    @Bean
    NodeFederation nodeFederation(NodeDirectoryService directory, RestClient.Builder restClientBuilder,
            JdbcClient jdbcClient, JsonMapper jsonMapper,
            @Value("${incubator.federation.timeout:3s}") Duration timeout) {
        return new NodeFederation(service -> serving(directory, service),
                NodeFederation.client(restClientBuilder, timeout), jdbcClient, jsonMapper, timeout);
    }

    /** The active nodes running {@code service}, at its HTTP base URL. */
    static List<NodeEndpoint> serving(NodeDirectoryService directory, String service) {
        return directory.federatedNodes().stream()
                .filter(node -> node.state() == NodeState.ACTIVE)
                .filter(node -> node.endpoints().containsKey(service) && node.endpoints().get(service).http() != null)
                .map(node -> new NodeEndpoint(node.name(), node.jurisdiction(), node.endpoints().get(service).http()))
                .toList();
    }
}
