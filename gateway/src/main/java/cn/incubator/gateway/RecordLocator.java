package cn.incubator.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where a record addressed by id lives (记录定位), when more than one node may hold it (NODES.md, "a record id always
 * finds its record"): the gateway asks each candidate node, in parallel and as the caller, for the record itself
 * ({@code GET /api/<service>/v<n>/<collection>/<id>}) and sends the request to a node that has it. The candidates are
 * the central node and the active nodes running the service whose subtree contains the target place or lies inside
 * it ({@link NodeRoutes#nodesAround}): a record of Xingsha created on the Xingsha node is found for a county officer
 * routed to the central node, and a Xingsha record still held by the central node (not handed over) for the Xingsha
 * hub routed to its own node. With no node registered around the place there is nothing to ask: one node, no probe.
 *
 * <p>Among the nodes that answer 2xx the routed one is preferred, then the deepest; when none does (the record does not
 * exist, the caller may not read it, or the path has no {@code GET}), the request goes where it was routed, whose
 * answer (404, 403, ...) is the caller's. A probe that fails or takes longer than {@code timeout} counts as "not
 * there". Records are not cached: right after a handover the next request already finds the new holder.
 */
@Component
class RecordLocator {

    /** {@code /api/<service>/v<n>/<collection>/<uuid>}, the start of a path that addresses a record by id. */
    private static final Pattern RECORD = Pattern.compile(
            "^(/api/[a-z-]+/v\\d+/[a-z-]+/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");

    /** A node that may hold the record: {@code depth} orders the preference (the deeper, the more specific). */
    record Candidate(String name, URI base, int depth) {
    }

    private final WebClient web;
    private final Duration timeout;

    @Autowired
    RecordLocator(NodeRoutingProperties properties, ObjectProvider<WebClient.Builder> web) {
        this(properties.timeout(), web.getIfAvailable(WebClient::builder));
    }

    RecordLocator(Duration timeout, WebClient.Builder web) {
        this.timeout = timeout;
        this.web = web.build();
    }

    /** The path of the record a request path addresses by id; empty when it addresses none. */
    static Optional<String> recordPath(String path) {
        Matcher match = RECORD.matcher(path);
        return match.matches() ? Optional.of(match.group(1)) : Optional.empty();
    }

    /**
     * The candidate to send the request to: the routed one ({@code routed}) if it has the record, else the deepest
     * other that has it; empty when none has it.
     */
    Mono<Optional<Candidate>> locate(List<Candidate> candidates, Candidate routed, String recordPath,
            String authorization) {
        return Flux.fromIterable(candidates)
                .flatMap(candidate -> holds(candidate, recordPath, authorization)
                        .filter(Boolean::booleanValue)
                        .map(held -> candidate))
                .collectList()
                .map(holders -> holders.contains(routed) ? Optional.of(routed)
                        : holders.stream().max(Comparator.comparingInt(Candidate::depth)));
    }

    private Mono<Boolean> holds(Candidate candidate, String recordPath, String authorization) {
        return web.get()
                .uri(candidate.base().resolve(recordPath))
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .exchangeToMono(response -> response.releaseBody()
                        .thenReturn(response.statusCode().is2xxSuccessful()))
                .timeout(timeout)
                .onErrorReturn(false);
    }
}
