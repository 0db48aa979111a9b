package cn.incubator.gateway;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

/**
 * Routing by jurisdiction (按辖区路由): after the route has chosen the service and computed the central node's URL
 * ({@link RouteToRequestUrlFilter}), points the request at the node that owns the target place instead, by rewriting
 * the gateway's request URL attribute; the route's own filters (breaker, time-outs) and the HTTP client do the rest.
 *
 * <p>The target place of {@code /api/<service>/**}: a {@code {jurisdiction}} path variable of a configured API path,
 * else the {@code jurisdiction} query parameter, else the caller's own jurisdiction (the first of the token's
 * {@code jurisdiction} claim). A code that is not a division code routes nowhere special (the service refuses it). The
 * owner is the active node running the service with the longest subtree containing the place
 * ({@link NodeRoutes#nodeFor}); none: the central node. A request that addresses a record by id goes to the node that
 * holds it, found by the {@link RecordLocator} when nodes are registered around the target place. Public and partner
 * paths stay on the central node.
 */
@Component
class JurisdictionRoutingFilter implements GlobalFilter, Ordered {

    /** Names the node that was sent the request. */
    static final String NODE_HEADER = "Incubator-Node";
    static final Set<String> SERVICES = Set.of("registry", "incubation", "grants", "training", "party-building");

    private final Supplier<NodeRoutes> directory;
    private final NodeRoutingProperties properties;
    private final List<PathPattern> jurisdictionPaths;
    private final RecordLocator locator;

    JurisdictionRoutingFilter(Supplier<NodeRoutes> directory, NodeRoutingProperties properties,
            RecordLocator locator) {
        this.directory = directory;
        this.properties = properties;
        this.locator = locator;
        this.jurisdictionPaths = properties.jurisdictionPaths().stream().map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI url = exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
        Optional<String> service = serviceOf(exchange.getRequest().getPath().value());
        if (!properties.enabled() || url == null || service.isEmpty()) {
            return chain.filter(exchange);
        }
        NodeRoutes current = directory.get();
        if (!current.runs(service.get())) {
            // No registered node runs the service (the usual case without nodes): every place and every record is
            // the central node's, whose URL the route has already computed. Nothing to read from the token or the
            // query per request.
            exchange.getResponse().getHeaders().set(NODE_HEADER, properties.centralName());
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> principal instanceof JwtAuthenticationToken jwt
                        ? Optional.ofNullable(jwt.getToken().getClaimAsStringList("jurisdiction"))
                                .flatMap(codes -> codes.stream().findFirst())
                        : Optional.<String>empty())
                .defaultIfEmpty(Optional.empty())
                .flatMap(own -> {
                    NodeRoutes routes = directory.get();
                    Optional<Jurisdiction> target = target(exchange, own);
                    RecordLocator.Candidate routed = target.flatMap(place -> routes.nodeFor(service.get(), place))
                            .map(JurisdictionRoutingFilter::candidate)
                            .orElseGet(() -> central(url));
                    Optional<String> record = RecordLocator.recordPath(exchange.getRequest().getPath().value());
                    List<NodeEndpoint> around = target.isEmpty() || record.isEmpty() ? List.of()
                            : routes.nodesAround(service.get(), target.get());
                    if (around.isEmpty()) {
                        return send(exchange, chain, url, routed);
                    }
                    List<RecordLocator.Candidate> candidates = new ArrayList<>();
                    candidates.add(central(url));
                    around.forEach(node -> candidates.add(candidate(node)));
                    return locator.locate(candidates, routed, record.get(),
                                    exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                            .flatMap(holder -> send(exchange, chain, url, holder.orElse(routed)));
                });
    }

    private Mono<Void> send(ServerWebExchange exchange, GatewayFilterChain chain, URI url,
            RecordLocator.Candidate node) {
        exchange.getResponse().getHeaders().set(NODE_HEADER, node.name());
        exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, rebase(url, node.base()));
        return chain.filter(exchange);
    }

    private RecordLocator.Candidate central(URI url) {
        return new RecordLocator.Candidate(properties.centralName(), rebase(URI.create("http://central/"), url), 0);
    }

    private static RecordLocator.Candidate candidate(NodeEndpoint node) {
        return new RecordLocator.Candidate(node.name(), URI.create(node.target()),
                node.jurisdiction().significantPrefix().length());
    }

    /** The service of an {@code /api/<service>/...} path; empty for any other path. */
    static Optional<String> serviceOf(String path) {
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        int end = path.indexOf('/', 5);
        String service = end < 0 ? path.substring(5) : path.substring(5, end);
        return SERVICES.contains(service) ? Optional.of(service) : Optional.empty();
    }

    private Optional<Jurisdiction> target(ServerWebExchange exchange, Optional<String> own) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : jurisdictionPaths) {
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
            if (match != null && match.getUriVariables().containsKey("jurisdiction")) {
                return valid(match.getUriVariables().get("jurisdiction"));
            }
        }
        String explicit = exchange.getRequest().getQueryParams().getFirst("jurisdiction");
        if (explicit != null) {
            return valid(explicit);
        }
        return own.flatMap(JurisdictionRoutingFilter::valid);
    }

    private static Optional<Jurisdiction> valid(String code) {
        return Jurisdiction.isValid(code) ? Optional.of(Jurisdiction.of(code)) : Optional.empty();
    }

    /** The same path and query on the node's base URL (scheme, host and port). */
    static URI rebase(URI url, URI node) {
        return UriComponentsBuilder.fromUri(url).scheme(node.getScheme()).host(node.getHost()).port(node.getPort())
                .build(true).toUri();
    }
}
