package cn.incubator.platform.test.service;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The central directory's copy as a service's federation tests set it (which active nodes run which service), for a
 * {@link NodeFederation} bean of the test's context ({@link #federation}); empty unless a test {@link #serve}s, so
 * that the other tests sharing the context see a platform of one node. A test clears it when done.
 */
public final class StandInDirectory implements Function<String, List<NodeEndpoint>> {

    private final Map<String, List<NodeEndpoint>> serving = new ConcurrentHashMap<>();

    /** From now on, {@code service} runs on these nodes. */
    public void serve(String service, NodeEndpoint... nodes) {
        serving.put(service, List.of(nodes));
    }

    /** No node any more. */
    public void clear() {
        serving.clear();
    }

    @Override
    public List<NodeEndpoint> apply(String service) {
        return serving.getOrDefault(service, List.of());
    }

    /** A federation asking the nodes of this directory, each within a short time-out (a dead node fails fast). */
    public NodeFederation federation(JdbcClient jdbc, JsonMapper json) {
        Duration timeout = Duration.ofSeconds(2);
        return new NodeFederation(this, NodeFederation.client(RestClient.builder(), timeout), jdbc, json, timeout);
    }
}
