package cn.incubator.platform.federation;

import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.rollup.CentralNodeDirectory;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.rollup.RollUp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 跨节点汇聚: how a service answers a read of a place that holds street nodes (节点) for the whole place (NODES.md,
 * "views do not shrink": after a handover the street's records are on its node). It asks each active node that runs
 * the service inside the place (the central directory's copy, {@link CentralNodeDirectory#serving}) for the same read,
 * as the caller and in parallel, with {@value #HEADER}{@code : local} ("answer from your own records, do not federate
 * again"), and merges the answers with its own. A node that fails or exceeds the time-out is left out and named in
 * {@value RollUp#PARTIAL_HEADER} ({@code name=unavailable}); the answer is never a 5xx. With no node inside the place,
 * as on a platform of one node, nothing is asked.
 *
 * <p>A paged list ({@link #list}) is merged in the list's own order, which PostgreSQL decides from the rows' sort keys
 * ({@link ListOrder}) as it does for one node (same collation, the id breaking ties); each node is asked for the rows up
 * to the end of the asked page, so the first pages are cheap and deep ones linear in the page number. Totals are
 * summed; when every node's rows were all read (a short list), the total is the merged rows' number, a record on two
 * nodes counted once. An export of a list ({@link #collect}) gathers all of its rows from every node the same way, each
 * node paged at the largest size, and says which nodes it lacks.
 */
public class NodeFederation {

    /** Asked of a node by a federating service: answer from this node's own records, do not federate again. */
    public static final String HEADER = "Incubator-Federation";
    public static final String LOCAL = "local";

    private static final Logger log = LoggerFactory.getLogger(NodeFederation.class);

    private final Function<String, List<NodeEndpoint>> serving;
    private final RestClient http;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "node-federation");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param serving per service, the active nodes running it at their HTTP base URLs (the central directory's copy,
     *                {@link CentralNodeDirectory#serving}, or the registry's own directory)
     * @param http    a client built by {@link #client}
     */
    public NodeFederation(Function<String, List<NodeEndpoint>> serving, RestClient http, JdbcClient jdbc,
            JsonMapper json, Duration timeout) {
        this.serving = serving;
        this.http = http;
        this.jdbc = jdbc;
        this.json = json;
        this.timeout = timeout;
    }

    /**
     * The active nodes running {@code service} inside any of the places: none when the request comes from a
     * federating node ({@code federation} is {@value #LOCAL}), or when no node is registered there.
     */
    public List<NodeEndpoint> nodesInside(String service, List<Jurisdiction> places, String federation) {
        if (LOCAL.equals(federation)) {
            return List.of();
        }
        return serving.apply(service).stream()
                .filter(node -> places.stream().anyMatch(place -> place.contains(node.jurisdiction())))
                .toList();
    }

    /**
     * The places a list asked for {@code within} (none: the whole scope) covers for a caller of {@code scope}: where
     * the two overlap, so that no node outside the caller's scope is asked.
     */
    public static List<Jurisdiction> places(List<Jurisdiction> scope, Jurisdiction within) {
        if (within == null) {
            return scope;
        }
        List<Jurisdiction> places = new ArrayList<>();
        for (Jurisdiction granted : scope) {
            Jurisdiction overlap = granted.contains(within) ? within : within.contains(granted) ? granted : null;
            if (overlap != null && !places.contains(overlap)) {
                places.add(overlap);
            }
        }
        return places;
    }

    /** A client for the nodes with {@code timeout} as its connect and read time-outs. */
    public static RestClient client(RestClient.Builder builder, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return builder.requestFactory(requests).build();
    }

    /** What the nodes answered, in the order asked, and the nodes left out ({@code name=unavailable}). */
    public record Gathered<T>(List<T> answers, List<String> missing) {

        /** The value of {@value RollUp#PARTIAL_HEADER}, empty when every node answered. */
        public String partial() {
            return String.join(",", missing);
        }

        /** Names the missing nodes in the response's {@value RollUp#PARTIAL_HEADER} header, if any. */
        public void mark(HttpServletResponse response) {
            if (!missing.isEmpty()) {
                response.setHeader(RollUp.PARTIAL_HEADER, partial());
            }
        }
    }

    /** Runs {@code call} for every node in parallel, each within twice the time-out; a failure leaves the node out. */
    public <T> Gathered<T> gather(List<NodeEndpoint> nodes, Function<NodeEndpoint, T> call) {
        Map<NodeEndpoint, CompletableFuture<T>> asked = new LinkedHashMap<>();
        nodes.forEach(node -> asked.put(node, CompletableFuture.supplyAsync(() -> call.apply(node), calls)));
        List<T> answers = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        asked.forEach((node, answer) -> {
            try {
                answers.add(answer.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS));
            } catch (Exception e) {
                answer.cancel(true);
                log.warn("Federated read: node {} left out: {}", node.name(), e.toString());
                missing.add(node.name() + "=unavailable");
            }
        });
        return new Gathered<>(answers, missing);
    }

    /**
     * The same {@code GET} of {@code path} asked of each node in parallel, as the caller ({@link #get}), each answer
     * read as {@code type}: a statistic of a place that a service then sums with its own ({@link #gather}).
     */
    public <T> Gathered<T> ask(List<NodeEndpoint> nodes, String path, Map<String, List<String>> query,
            String authorization, Class<T> type) {
        return gather(nodes, node -> json.treeToValue(get(node, path, query, authorization), type));
    }

    /** A {@code GET} of {@code path} on the node (its HTTP base URL), as the caller, from its own records only. */
    public JsonNode get(NodeEndpoint node, String path, Map<String, List<String>> query, String authorization) {
        return get(node, path, query, authorization, null);
    }

    /** The same in the caller's language ({@code Accept-Language}, if any): texts a node writes read as this node's. */
    private JsonNode get(NodeEndpoint node, String path, Map<String, List<String>> query, String authorization,
            String language) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(node.target()).path(path);
        query.forEach((name, values) -> uri.queryParam(name, values.toArray()));
        URI target = uri.encode().build().toUri();
        return http.get().uri(target)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .header(HEADER, LOCAL)
                .headers(headers -> {
                    if (language != null) {
                        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                    }
                })
                .retrieve()
                .body(JsonNode.class);
    }

    /**
     * A paged list of {@code service} across this node and the nodes inside {@code places}: the request's own path and
     * query parameters (page and size excepted) are asked of each node as the caller; missing nodes are named in the
     * response. Without nodes inside the places, this node's page alone. A record two nodes answer (copied in a
     * handover) is shown once, as this node has it.
     *
     * @param local this node's own list, for any page
     * @param type  the rows' type, read from each node's JSON
     */
    public <T> Page<T> list(String service, List<Jurisdiction> places, PageRequest page,
            Function<PageRequest, Page<T>> local, Class<T> type, ListOrder<T> order, HttpServletRequest request,
            HttpServletResponse response) {
        return list(service, places, page, local, type, order, (kept, other) -> kept, request, response);
    }

    /**
     * The same, with the rows of a record that several nodes answer combined into one ({@code combine}, this node's
     * row first): a unit of a tree whose branches are on several nodes.
     */
    public <T> Page<T> list(String service, List<Jurisdiction> places, PageRequest page,
            Function<PageRequest, Page<T>> local, Class<T> type, ListOrder<T> order, BinaryOperator<T> combine,
            HttpServletRequest request, HttpServletResponse response) {
        List<NodeEndpoint> nodes = nodesInside(service, places, request.getHeader(HEADER));
        if (nodes.isEmpty()) {
            return local.apply(page);
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("size")) {
                query.put(name, List.of(values));
            }
        });
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        int wanted = (page.page() + 1) * page.size();
        Gathered<Rows<T>> answers = gather(nodes, node -> rows(number -> remote(node, request.getRequestURI(), query,
                number, authorization, language, type), wanted));
        answers.mark(response);
        Rows<T> own = rows(local, wanted);
        List<T> merged = new ArrayList<>(own.items());
        long total = own.total();
        boolean estimated = own.estimated();
        boolean complete = own.complete();
        for (Rows<T> rows : answers.answers()) {
            merged.addAll(rows.items());
            total += rows.total();
            estimated |= rows.estimated();
            complete &= rows.complete();
        }
        List<T> ordered = inOrder(distinct(merged, order, combine), order);
        int from = Math.min(ordered.size(), page.page() * page.size());
        int to = Math.min(ordered.size(), from + page.size());
        return new Page<>(ordered.subList(from, to), page.page(), page.size(), complete ? ordered.size() : total,
                estimated);
    }

    /**
     * Every row of a list, for an export (导出) of the list's filters: this node's {@code local} rows and, from each
     * node inside {@code places}, its rows of the list at {@code listPath} (the list's own path, not the export's),
     * asked as the caller with the request's query parameters (page and size excepted) and {@code extra} ones (e.g. the
     * list's {@code sort}), page by page at the largest page size up to {@code limit}, each node once and in parallel
     * (all its pages within {@value #ALL_PAGES_WAITS} times the wait of one answer, each request within the time-out).
     * The rows are merged in the list's {@code order}, each row once, and cut at {@code limit} as one node's export
     * is. Missing nodes are named in the response's {@value RollUp#PARTIAL_HEADER} and in the answer, for the
     * workbook to say so; the export still answers.
     *
     * @param local this node's own rows of the list, all of them up to {@code limit}
     * @param type  the list's rows' type, read from each node's JSON
     */
    public <T> Collected<T> collect(String service, List<Jurisdiction> places, String listPath,
            Map<String, List<String>> extra, List<T> local, int limit, Class<T> type, ListOrder<T> order,
            HttpServletRequest request, HttpServletResponse response) {
        List<NodeEndpoint> nodes = nodesInside(service, places, request.getHeader(HEADER));
        if (nodes.isEmpty()) {
            return new Collected<>(local.size() > limit ? local.subList(0, limit) : local, List.of());
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("size")) {
                query.put(name, List.of(values));
            }
        });
        query.putAll(extra);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        Gathered<Rows<T>> answers = gatherAll(nodes, node -> rows(number -> remote(node, listPath, query, number,
                authorization, language, type), limit));
        answers.mark(response);
        List<T> merged = new ArrayList<>(local);
        answers.answers().forEach(rows -> merged.addAll(rows.items()));
        List<T> ordered = inOrder(distinct(merged, order, (first, again) -> first), order);
        return new Collected<>(ordered.size() > limit ? ordered.subList(0, limit) : ordered, answers.missing());
    }

    /**
     * As {@link #gather}, for a call of many requests (every page of a list): each node within
     * {@value #ALL_PAGES_WAITS} times the wait of one answer, each of its requests within the time-out.
     */
    private <T> Gathered<T> gatherAll(List<NodeEndpoint> nodes, Function<NodeEndpoint, T> call) {
        Map<NodeEndpoint, CompletableFuture<T>> asked = new LinkedHashMap<>();
        nodes.forEach(node -> asked.put(node, CompletableFuture.supplyAsync(() -> call.apply(node), calls)));
        long deadline = System.nanoTime() + timeout.toNanos() * 2 * ALL_PAGES_WAITS;
        List<T> answers = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        asked.forEach((node, answer) -> {
            try {
                answers.add(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (Exception e) {
                answer.cancel(true);
                log.warn("Federated export: node {} left out: {}", node.name(), e.toString());
                missing.add(node.name() + "=unavailable");
            }
        });
        return new Gathered<>(answers, missing);
    }

    /** How many single answers' waits an export waits for all of a node's pages. */
    static final int ALL_PAGES_WAITS = 10;

    /** The rows of a list collected from the nodes ({@link #collect}), and the nodes left out ({@code name=unavailable}). */
    public record Collected<T>(List<T> rows, List<String> missing) {

        /** Whether a node was left out, so that the rows are only part of the place's. */
        public boolean partial() {
            return !missing.isEmpty();
        }

        /** The sheet {@value #NOTE_SHEET}'s headers, for a workbook built outside {@link ExcelTables}. */
        public static final List<String> NOTE_HEADERS = List.of("节点", "说明");
        /** The name of the sheet saying which nodes' records an export lacks. */
        public static final String NOTE_SHEET = "未包含的节点";

        /**
         * For a workbook: one line per missing node, in Chinese, saying its records are not in the export (empty when
         * none is missing).
         */
        public List<List<?>> notes() {
            return missing.stream().<List<?>>map(node -> List.of(node.replace("=unavailable", ""),
                    "节点未应答，其记录未包含在本导出中，请稍后重新导出")).toList();
        }

        /** The export's sheets: its {@code data}, then, when a node was missing, the sheet {@value #NOTE_SHEET}. */
        public List<ExcelTables.Table> sheets(ExcelTables.Table data) {
            return partial() ? List.of(data, new ExcelTables.Table(NOTE_SHEET, NOTE_HEADERS, notes())) : List.of(data);
        }
    }

    private record Rows<T>(List<T> items, long total, boolean estimated) {

        /** Every row of the list was read. */
        boolean complete() {
            return !estimated && items.size() >= total;
        }
    }

    /** The first {@code wanted} rows of a paged list, page by page of the largest size. */
    private static <T> Rows<T> rows(Function<PageRequest, Page<T>> pages, int wanted) {
        List<T> items = new ArrayList<>();
        Page<T> page = null;
        for (int number = 0; items.size() < wanted; number++) {
            page = pages.apply(new PageRequest(number, PageRequest.MAX_SIZE));
            items.addAll(page.items());
            if (page.items().size() < page.size() || items.size() >= page.total()) {
                break;
            }
        }
        return new Rows<>(items, page == null ? 0 : page.total(), page != null && page.totalEstimated());
    }

    private <T> Page<T> remote(NodeEndpoint node, String path, Map<String, List<String>> query, PageRequest page,
            String authorization, String language, Class<T> type) {
        Map<String, List<String>> paged = new LinkedHashMap<>(query);
        paged.put("page", List.of(String.valueOf(page.page())));
        paged.put("size", List.of(String.valueOf(page.size())));
        JsonNode body = get(node, path, paged, authorization, language);
        List<T> items = new ArrayList<>();
        body.required("items").forEach(item -> items.add(json.treeToValue(item, type)));
        return new Page<>(items, page.page(), page.size(), body.required("total").asLong(),
                body.path("totalEstimated").asBoolean(false));
    }

    /** Each row once (a record copied during a handover may be on two nodes for a moment). */
    private static <T> List<T> distinct(List<T> rows, ListOrder<T> order, BinaryOperator<T> combine) {
        Map<Object, T> byIdentity = new LinkedHashMap<>();
        rows.forEach(row -> byIdentity.merge(order.identity(row), row, combine));
        return new ArrayList<>(byIdentity.values());
    }

    /** The rows sorted by PostgreSQL on their keys, as the list's query sorts them on one node. */
    private <T> List<T> inOrder(List<T> rows, ListOrder<T> order) {
        if (rows.size() < 2 || order.keys().isEmpty()) {
            return rows;
        }
        List<Map<String, Object>> keyed = new ArrayList<>();
        for (T row : rows) {
            Map<String, Object> keys = new HashMap<>();
            for (int i = 0; i < order.keys().size(); i++) {
                keys.put("k" + i, order.keys().get(i).value().apply(row));
            }
            keyed.add(keys);
        }
        StringBuilder sql = new StringBuilder("SELECT r.i FROM jsonb_array_elements(CAST(:rows AS jsonb)) WITH "
                + "ORDINALITY AS r(value, i) ORDER BY ");
        for (int i = 0; i < order.keys().size(); i++) {
            ListOrder.Key<T> key = order.keys().get(i);
            sql.append(i == 0 ? "" : ", ").append("CAST(r.value ->> 'k").append(i).append("' AS ").append(key.type())
                    .append(')').append(key.descending() ? " DESC" : "");
        }
        return jdbc.sql(sql.toString()).param("rows", json.writeValueAsString(keyed)).query(Long.class).list()
                .stream().map(i -> rows.get((int) (i - 1))).toList();
    }
}
