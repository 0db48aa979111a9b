package cn.incubator.platform.federation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.RealPostgres;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A paged list federated to a street node (a stand-in HTTP server on loopback answering pages as a service would): the
 * merged rows come in the order PostgreSQL gives the same rows in one table (the oracle: the list's {@code ORDER BY}
 * over all of them), totals are summed, a record on both nodes is shown once, a dead node is named, and a node asked
 * as a federating node's peer ({@code Incubator-Federation: local}) federates no further.
 */
@SpringBootTest(classes = NodeFederationIT.TestService.class, properties = {
        "spring.application.name=federation-it", "incubator.api.name=federation",
        "incubator.api.permission-service=registry", "incubator.database.name=unused",
        "spring.grpc.server.port=0"})
class NodeFederationIT {

    private static final Jurisdiction COUNTY = Jurisdiction.of("430121000000");
    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "federation_it");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    /**
     * A row of some list: a name and a creation time, as organizations, talent and needs have, and a day (a
     * {@code DATE} column, as a round's opening day).
     */
    record Row(UUID id, String name, Instant createdAt, LocalDate on) {
    }

    private static final ListOrder<Row> BY_NAME = ListOrder.identifiedBy(Row::id).text(Row::name).thenId();
    private static final ListOrder<Row> NEWEST = ListOrder.identifiedBy(Row::id).newestFirst(Row::createdAt).thenId();
    private static final ListOrder<Row> LATEST_DAY = ListOrder.identifiedBy(Row::id).latestDayFirst(Row::on)
            .text(Row::name).thenId();
    private static final Map<String, ListOrder<Row>> SORTS = Map.of("NAME", BY_NAME, "NEWEST", NEWEST, "LATEST_DAY",
            LATEST_DAY);
    private static final Map<String, String> ORDER_BY = Map.of("NAME", "name, id", "NEWEST", "created_at DESC, id",
            "LATEST_DAY", "opens_on DESC, name, id");

    private final List<Row> central = new ArrayList<>();
    private final List<Row> held = new ArrayList<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer node;

    @BeforeEach
    void startTheNode() throws IOException {
        String[] names = {"星沙街道老年协会", "长沙县社会工作服务中心", "泉塘街道志愿者协会", "ABC 社区服务社", "㮾梨街道邻里互助会",
            "星沙街道社区服务社", "湘龙街道青少年服务社", "黄花镇红白理事会", "江背镇环保协会", "星沙街道 001 号"};
        for (int i = 0; i < names.length; i++) {
            // three days among ten rows: the day alone leaves ties, which the name decides
            Row row = new Row(UUID.randomUUID(), names[i], Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i * 3600L),
                    LocalDate.of(2026, 11, 1).plusDays(i % 3));
            (i % 2 == 0 ? central : held).add(row);
        }
        node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        node.createContext("/api/test/v1/rows", exchange -> {
            asked.add(exchange.getRequestURI().toString());
            boolean asCaller = "Bearer county-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && "local".equals(exchange.getRequestHeaders().getFirst("Incubator-Federation"));
            Map<String, List<String>> query = UriComponentsBuilder.fromUri(exchange.getRequestURI()).build()
                    .getQueryParams();
            PageRequest page = new PageRequest(Integer.parseInt(query.get("page").get(0)),
                    Integer.parseInt(query.get("size").get(0)));
            List<Row> ordered = oracle(held, SORTS.get(query.get("sort").get(0)));
            byte[] body = json.writeValueAsBytes(Page.slice(ordered, page));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(asCaller ? 200 : 401, asCaller ? body.length : -1);
            if (asCaller) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        node.start();
    }

    @AfterEach
    void stopTheNode() {
        node.stop(0);
    }

    private NodeFederation federation(String base) {
        return new NodeFederation(service -> service.equals("test") ? List.of(new NodeEndpoint("xingsha", XINGSHA,
                base)) : List.of(), NodeFederation.client(RestClient.builder(), Duration.ofSeconds(2)), jdbc, json,
                Duration.ofSeconds(2));
    }

    private String nodeBase() {
        return "http://127.0.0.1:" + node.getAddress().getPort();
    }

    private Page<Row> list(NodeFederation federation, PageRequest page, String sort, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/test/v1/rows");
        request.addHeader("Authorization", "Bearer county-token");
        request.addParameter("sort", sort);
        request.addParameter("page", String.valueOf(page.page()));
        request.addParameter("size", String.valueOf(page.size()));
        ListOrder<Row> order = SORTS.get(sort);
        return federation.list("test", List.of(COUNTY), page, rows -> Page.slice(oracle(central, order), rows),
                Row.class, order, request, response);
    }

    /** The rows as PostgreSQL orders them in one table: the list's ORDER BY, independent of the merge. */
    private List<Row> oracle(List<Row> rows, ListOrder<Row> order) {
        if (rows.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(CAST(:id").append(i).append(" AS uuid), CAST(:name").append(i)
                    .append(" AS text), CAST(:at").append(i).append(" AS timestamptz), CAST(:day").append(i)
                    .append(" AS date))");
            params.put("id" + i, rows.get(i).id().toString());
            params.put("name" + i, rows.get(i).name());
            params.put("at" + i, rows.get(i).createdAt().toString());
            params.put("day" + i, rows.get(i).on().toString());
        }
        String orderBy = SORTS.entrySet().stream().filter(sort -> sort.getValue() == order).map(sort -> ORDER_BY
                .get(sort.getKey())).findFirst().orElseThrow();
        List<UUID> ids = jdbc.sql("SELECT id FROM (VALUES " + values + ") AS t(id, name, created_at, opens_on) ORDER BY "
                + orderBy).params(params).query(UUID.class).list();
        return ids.stream().map(id -> rows.stream().filter(row -> row.id().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    @Test
    void everyPageOfTheMergedListIsInTheListsOwnOrderWithTheSummedTotal() {
        NodeFederation federation = federation(nodeBase());
        List<Row> everything = new ArrayList<>(central);
        everything.addAll(held);
        for (String sort : List.of("NAME", "NEWEST", "LATEST_DAY")) {
            List<Row> expected = oracle(everything, SORTS.get(sort));
            for (int number = 0; number < 4; number++) {
                MockHttpServletResponse response = new MockHttpServletResponse();
                Page<Row> page = list(federation, new PageRequest(number, 3), sort, response);
                assertThat(response.getHeader("Incubator-Partial")).isNull();
                assertThat(page.total()).isEqualTo(10);
                assertThat(page.items()).as(sort + " page " + number)
                        .containsExactlyElementsOf(expected.subList(Math.min(10, number * 3),
                                Math.min(10, number * 3 + 3)));
            }
        }
        assertThat(asked).allSatisfy(uri -> assertThat(uri).contains("size=200"));
    }

    @Test
    void aRecordOnBothNodesDuringAHandoverIsShownOnce() {
        held.add(central.get(0));
        Page<Row> page = list(federation(nodeBase()), new PageRequest(0, 20), "NAME", new MockHttpServletResponse());
        assertThat(page.items()).hasSize(10).doesNotHaveDuplicates().contains(central.get(0));
        assertThat(page.total()).as("every row read: the record counted once").isEqualTo(10);
    }

    @Test
    void theRowsOfARecordOnBothNodesCanBeCombined() {
        Row copy = central.get(0);
        held.add(new Row(copy.id(), copy.name() + "（节点）", copy.createdAt(), copy.on()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/test/v1/rows");
        request.addHeader("Authorization", "Bearer county-token");
        request.addParameter("sort", "NAME");
        Page<Row> page = federation(nodeBase()).list("test", List.of(COUNTY), new PageRequest(0, 20),
                rows -> Page.slice(oracle(central, BY_NAME), rows), Row.class, BY_NAME,
                (own, other) -> new Row(own.id(), own.name() + "+" + other.name(), own.createdAt(), own.on()),
                request,
                new MockHttpServletResponse());
        assertThat(page.items()).hasSize(10).filteredOn(row -> row.id().equals(copy.id())).singleElement()
                .extracting(Row::name).isEqualTo(copy.name() + "+" + copy.name() + "（节点）");
    }

    @Test
    void aDeadNodeIsNamedAndTheRestAnswered() throws IOException {
        String dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = "http://127.0.0.1:" + socket.getLocalPort();
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<Row> page = list(federation(dead), new PageRequest(0, 20), "NAME", response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(oracle(central, BY_NAME));
    }

    /** All rows of the list for an export, asked at the list's path (the export's own differs), sorted by name. */
    private NodeFederation.Collected<Row> collect(NodeFederation federation, int limit,
            MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/test/v1/rows/export");
        request.addHeader("Authorization", "Bearer county-token");
        request.addParameter("name", "街道");
        return federation.collect("test", List.of(COUNTY), "/api/test/v1/rows", Map.of("sort", List.of("NAME")),
                oracle(central, BY_NAME), limit, Row.class, BY_NAME, request, response);
    }

    @Test
    void anExportCollectsEveryRowOfEveryNodeInTheListsOrderEachOnceAskingEachNodePageByPage() {
        held.add(central.get(0));
        List<Row> everything = new ArrayList<>(central);
        held.stream().filter(row -> !central.contains(row)).forEach(everything::add);
        MockHttpServletResponse response = new MockHttpServletResponse();
        NodeFederation.Collected<Row> all = collect(federation(nodeBase()), 1000, response);
        assertThat(response.getHeader("Incubator-Partial")).isNull();
        assertThat(all.partial()).isFalse();
        assertThat(all.rows()).hasSize(10).containsExactlyElementsOf(oracle(everything, BY_NAME));
        assertThat(all.sheets(new cn.incubator.platform.export.ExcelTables.Table("rows", List.of(), List.of())))
                .hasSize(1);
        // once, at the list's path with the export's filters and the list's sort, at the largest page size
        assertThat(asked).hasSize(1).allSatisfy(uri -> assertThat(uri).startsWith("/api/test/v1/rows?")
                .contains("page=0").contains("size=200").contains("sort=NAME").contains("name="));

        // more rows on the node than one page: asked page by page, and the merge cut at the export's limit
        for (int i = 0; i < 450; i++) {
            held.add(new Row(UUID.randomUUID(), "街道节点行 " + i, Instant.parse("2026-10-01T00:00:00Z"),
                    LocalDate.of(2026, 10, 1)));
        }
        asked.clear();
        everything.addAll(held.subList(6, held.size()));
        List<Row> expected = oracle(everything, BY_NAME);
        assertThat(collect(federation(nodeBase()), 10_000, new MockHttpServletResponse()).rows())
                .containsExactlyElementsOf(expected);
        assertThat(asked).hasSize(3).anySatisfy(uri -> assertThat(uri).contains("page=2"));
        assertThat(collect(federation(nodeBase()), 300, new MockHttpServletResponse()).rows())
                .containsExactlyElementsOf(expected.subList(0, 300));
    }

    @Test
    void anExportWithADeadNodeAnswersThisNodesRowsAndNamesTheNode() throws IOException {
        String dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = "http://127.0.0.1:" + socket.getLocalPort();
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        NodeFederation.Collected<Row> all = collect(federation(dead), 1000, response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(all.rows()).containsExactlyElementsOf(oracle(central, BY_NAME));
        assertThat(all.missing()).containsExactly("xingsha=unavailable");
        var sheets = all.sheets(new cn.incubator.platform.export.ExcelTables.Table("rows", List.of(), List.of()));
        assertThat(sheets).hasSize(2);
        assertThat(sheets.get(1).name()).isEqualTo("未包含的节点");
        assertThat(sheets.get(1).rows()).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("xingsha"));
    }

    @Test
    void onlyNodesInsideThePlaceAreAskedAndAFederatingNodesPeerAsksNone() {
        NodeFederation federation = federation(nodeBase());
        assertThat(federation.nodesInside("test", List.of(COUNTY), null)).extracting(NodeEndpoint::name)
                .containsExactly("xingsha");
        assertThat(federation.nodesInside("test", List.of(COUNTY), "local")).isEmpty();
        assertThat(federation.nodesInside("test", List.of(Jurisdiction.of("430121004000")), null)).isEmpty();
        assertThat(federation.nodesInside("other", List.of(COUNTY), null)).isEmpty();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {
    }
}
