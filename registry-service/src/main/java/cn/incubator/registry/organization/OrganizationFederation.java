package cn.incubator.registry.organization;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.registry.node.NodeDirectoryService;
import cn.incubator.registry.node.NodeState;
import cn.incubator.registry.node.ServiceEndpoint;
import cn.incubator.registry.node.TierNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 跨节点检索: the organization search of a caller whose place holds street nodes (节点) answers for the whole place
 * (NODES.md, "views do not shrink"), by federation. The central registry, which holds the node directory, asks each
 * active node running the registry inside the place for the first rows of the same search, as the caller and in
 * parallel ({@value #HEADER}{@code : local} tells the node to answer from its own records only), and merges them with
 * its own: the page is cut from the merged rows in the list's own order, which PostgreSQL decides here as it does for
 * one node (the same collation, the id breaking ties), and the total is the sum. A node that fails or exceeds the
 * time-out is left out and named in {@value RollUp#PARTIAL_HEADER} ({@code name=unavailable}); never a 5xx.
 *
 * <p>Only the rows up to the end of the asked page are fetched from each node (page by page of
 * {@link PageRequest#MAX_SIZE}): cheap for the first pages that people read, linear in the page number for deep ones.
 * With no node inside the place, as on a platform of one node, nothing changes: the local search answers alone.
 */
@Component
class OrganizationFederation {

    /** Asked of a node by a federating registry: answer from this node's own records, do not federate again. */
    static final String HEADER = "Incubator-Federation";
    static final String LOCAL = "local";

    private static final Logger log = LoggerFactory.getLogger(OrganizationFederation.class);

    private final NodeDirectoryService directory;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RestClient http;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "organization-federation");
        thread.setDaemon(true);
        return thread;
    });

    OrganizationFederation(NodeDirectoryService directory, JdbcClient jdbc, JsonMapper json,
            RestClient.Builder http, @Value("${incubator.federation.timeout:3s}") Duration timeout) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.json = json;
        this.timeout = timeout;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.http = http.requestFactory(requests).build();
    }

    /** A federated page, and the nodes left out of it ({@code name=reason}, empty when complete). */
    record Answer(Page<OrganizationView> page, String missing) {
    }

    /**
     * The active registry nodes inside the place the search covers (its {@code jurisdiction}, else the caller's
     * own): empty when the caller asks as a federating node, or when no node is registered there.
     */
    List<TierNode> nodesInside(CurrentUser user, OrganizationSearch search, String federation) {
        if (LOCAL.equals(federation)) {
            return List.of();
        }
        List<Jurisdiction> places = search.within() != null ? List.of(search.within()) : user.jurisdictions();
        return directory.directory().nodes().stream()
                .filter(node -> node.state() == NodeState.ACTIVE)
                .filter(node -> node.endpoints().containsKey("registry"))
                .filter(node -> places.stream().anyMatch(place -> place.contains(node.jurisdiction())))
                .toList();
    }

    /**
     * The page of the search across this node ({@code local}: its own rows, page by page) and {@code nodes}.
     *
     * @param local         one page of this node's own search
     * @param query         the search's query parameters, as the caller sent them (page and size excepted)
     * @param authorization the caller's {@code Authorization} header, with which each node is asked
     */
    Answer search(OrganizationSearch search, IntFunction<Page<OrganizationView>> local, List<TierNode> nodes,
            Map<String, List<String>> query, String authorization) {
        int wanted = (search.page() + 1) * search.size();
        Map<TierNode, CompletableFuture<Rows>> asked = new LinkedHashMap<>();
        for (TierNode node : nodes) {
            asked.put(node, CompletableFuture.supplyAsync(() -> rows(page -> remote(node, query, page, authorization),
                    wanted), calls));
        }
        Rows own = rows(local, wanted);
        List<OrganizationView> merged = new ArrayList<>(own.items());
        long total = own.total();
        boolean estimated = own.estimated();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<TierNode, CompletableFuture<Rows>> answer : asked.entrySet()) {
            try {
                Rows rows = answer.getValue().get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
                merged.addAll(rows.items());
                total += rows.total();
                estimated |= rows.estimated();
            } catch (Exception e) {
                log.warn("Organization search: node {} left out: {}", answer.getKey().name(), e.toString());
                missing.add(answer.getKey().name() + "=unavailable");
            }
        }
        List<OrganizationView> ordered = inListOrder(distinct(merged), search.sort());
        int from = Math.min(ordered.size(), search.page() * search.size());
        int to = Math.min(ordered.size(), from + search.size());
        return new Answer(new Page<>(ordered.subList(from, to), search.page(), search.size(), total, estimated),
                String.join(",", missing));
    }

    private record Rows(List<OrganizationView> items, long total, boolean estimated) {
    }

    /** The first {@code wanted} rows of a paged list, page by page of the largest size. */
    private static Rows rows(IntFunction<Page<OrganizationView>> pages, int wanted) {
        List<OrganizationView> items = new ArrayList<>();
        Page<OrganizationView> page = null;
        for (int number = 0; items.size() < wanted; number++) {
            page = pages.apply(number);
            items.addAll(page.items());
            if (page.items().size() < page.size() || items.size() >= page.total()) {
                break;
            }
        }
        return new Rows(items, page == null ? 0 : page.total(), page != null && page.totalEstimated());
    }

    private Page<OrganizationView> remote(TierNode node, Map<String, List<String>> query, int page,
            String authorization) {
        ServiceEndpoint registry = node.endpoints().get("registry");
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(registry.http())
                .path("/api/registry/v1/organizations");
        query.forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("size")) {
                uri.queryParam(name, values.toArray());
            }
        });
        URI target = uri.queryParam("page", page).queryParam("size", PageRequest.MAX_SIZE).encode().build().toUri();
        JsonNode body = http.get().uri(target)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .header(HEADER, LOCAL)
                .retrieve()
                .body(JsonNode.class);
        List<OrganizationView> items = new ArrayList<>();
        body.required("items").forEach(item -> items.add(json.treeToValue(item, OrganizationView.class)));
        return new Page<>(items, page, PageRequest.MAX_SIZE, body.required("total").asLong(),
                body.path("totalEstimated").asBoolean(false));
    }

    /** Each organization once (a record copied during a handover may be on two nodes for a moment). */
    private static List<OrganizationView> distinct(List<OrganizationView> rows) {
        Map<UUID, OrganizationView> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.putIfAbsent(row.id(), row));
        return new ArrayList<>(byId.values());
    }

    /**
     * The rows in the list's order as PostgreSQL sorts it for one node ({@link OrganizationSearch.Sort}): by the
     * normalized name (same collation as the column), or newest first; the id breaks ties.
     */
    private List<OrganizationView> inListOrder(List<OrganizationView> rows, OrganizationSearch.Sort sort) {
        if (rows.size() < 2) {
            return rows;
        }
        List<Map<String, String>> keyed = new ArrayList<>();
        for (OrganizationView row : rows) {
            keyed.add(Map.of("id", row.id().toString(), "k", sort == OrganizationSearch.Sort.NAME
                    ? NameGrams.normalize(row.name()) : row.createdAt().toString()));
        }
        String order = switch (sort) {
            case NAME -> "ORDER BY r.value ->> 'k', CAST(r.value ->> 'id' AS uuid)";
            case NEWEST -> "ORDER BY CAST(r.value ->> 'k' AS timestamptz) DESC, CAST(r.value ->> 'id' AS uuid)";
        };
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT r.i FROM jsonb_array_elements(CAST(:rows AS jsonb))"
                + " WITH ORDINALITY AS r(value, i) " + order).param("rows", json.writeValueAsString(keyed));
        return statement.query(Long.class).list().stream().map(i -> rows.get((int) (i - 1))).toList();
    }
}
