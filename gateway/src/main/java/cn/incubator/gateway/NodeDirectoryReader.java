package cn.incubator.gateway;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Reads the node directory from the registry every {@code refresh} (3 s) as the platform's service client and keeps
 * the last copy it read successfully: while the registry is down or answers garbage, routing goes on by the last
 * known good directory (logged once per outage), never by an empty one.
 */
@Component
class NodeDirectoryReader implements SmartLifecycle, Supplier<NodeRoutes> {

    private static final Logger log = LoggerFactory.getLogger(NodeDirectoryReader.class);

    private final NodeRoutingProperties properties;
    private final WebClient web;
    private final AtomicReference<NodeRoutes> current = new AtomicReference<>(NodeRoutes.NONE);
    private final AtomicReference<Token> token = new AtomicReference<>();
    private volatile boolean failing;
    private volatile Disposable polling;

    @Autowired
    NodeDirectoryReader(NodeRoutingProperties properties, ObjectProvider<WebClient.Builder> web) {
        this(properties, web.getIfAvailable(WebClient::builder));
    }

    NodeDirectoryReader(NodeRoutingProperties properties, WebClient.Builder web) {
        this.properties = properties;
        this.web = web.build();
    }

    /** The last directory read successfully ({@link NodeRoutes#NONE} before the first). */
    @Override
    public NodeRoutes get() {
        return current.get();
    }

    /** One read: the new directory, or the last known good one when the read fails. */
    Mono<NodeRoutes> refresh() {
        return read()
                .timeout(properties.timeout())
                .doOnNext(routes -> {
                    if (failing || routes.version() != current.get().version()) {
                        log.info("Node directory version {}: {} node(s)", routes.version(), routes.nodes().size());
                    }
                    failing = false;
                    current.set(routes);
                })
                .onErrorResume(e -> {
                    if (!failing) {
                        log.warn("Node directory unreadable, routing by the last good copy (version {}): {}",
                                current.get().version(), e.toString());
                    }
                    failing = true;
                    token.set(null);
                    return Mono.just(current.get());
                });
    }

    private Mono<NodeRoutes> read() {
        return bearer().flatMap(bearer -> web.get().uri(properties.directoryUri())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .map(NodeDirectoryReader::parse));
    }

    static NodeRoutes parse(JsonNode body) {
        List<NodeRoutes.Node> nodes = new ArrayList<>();
        for (JsonNode node : body.required("nodes")) {
            Map<String, URI> http = new LinkedHashMap<>();
            node.required("endpoints").properties().forEach(entry -> {
                JsonNode url = entry.getValue().get("http");
                if (url != null && url.isString()) {
                    http.put(entry.getKey(), URI.create(url.asString()));
                }
            });
            JsonNode place = node.required("jurisdiction");
            String code = place.isObject() ? place.required("code").asString() : place.asString();
            nodes.add(new NodeRoutes.Node(node.required("name").asString(), Jurisdiction.of(code),
                    "ACTIVE".equals(node.required("state").asString()), Map.copyOf(http)));
        }
        return new NodeRoutes(body.required("version").asLong(), nodes);
    }

    private Mono<String> bearer() {
        Token cached = token.get();
        if (cached != null && cached.expires().isAfter(Instant.now().plusSeconds(30))) {
            return Mono.just(cached.value());
        }
        return web.post().uri(properties.tokenUri())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", properties.clientId())
                        .with("client_secret", properties.clientSecret()))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .map(body -> {
                    Token fresh = new Token(body.required("access_token").asString(),
                            Instant.now().plusSeconds(body.path("expires_in").asLong(60)));
                    token.set(fresh);
                    return fresh.value();
                });
    }

    private record Token(String value, Instant expires) {
    }

    @Override
    public void start() {
        if (properties.enabled()) {
            polling = Flux.interval(Duration.ZERO, properties.refresh())
                    .onBackpressureDrop()
                    .concatMap(tick -> refresh(), 1)
                    .subscribe();
        }
    }

    @Override
    public void stop() {
        Disposable running = polling;
        if (running != null) {
            running.dispose();
        }
        polling = null;
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }
}
