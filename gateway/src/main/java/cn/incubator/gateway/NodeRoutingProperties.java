package cn.incubator.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing by jurisdiction ({@code incubator.gateway.nodes}): where and how often the gateway reads the node directory,
 * and as whom (the platform's service client, client credentials).
 *
 * @param enabled          false: every request goes to the central node, as before the directory existed
 * @param centralName      the name the central node answers under ({@code Incubator-Node} response header)
 * @param directoryUri     the registry's directory ({@code GET /api/registry/v1/node-directory}) on the central node
 * @param refresh          how often the directory is read
 * @param timeout          how long one read may take; a failed or slow read keeps the last good copy
 * @param tokenUri         Keycloak's token endpoint
 * @param clientId         the service client
 * @param clientSecret     its secret
 * @param jurisdictionPaths API paths whose {@code {jurisdiction}} variable names the target place
 */
@ConfigurationProperties("incubator.gateway.nodes")
record NodeRoutingProperties(boolean enabled, String centralName, URI directoryUri, Duration refresh, Duration timeout,
        URI tokenUri, String clientId, String clientSecret, List<String> jurisdictionPaths) {

    NodeRoutingProperties {
        centralName = centralName == null ? "central" : centralName;
        refresh = refresh == null ? Duration.ofSeconds(3) : refresh;
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        jurisdictionPaths = jurisdictionPaths == null ? List.of() : List.copyOf(jurisdictionPaths);
    }
}
