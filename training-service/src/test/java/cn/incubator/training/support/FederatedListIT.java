package cn.incubator.training.support;

import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.rollup.CentralNodeDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A federated list of training read by the county officer while the Xingsha street node (节点) holds some of
 * its rows: the node a loopback stand-in ({@link StandInNodes.Node}) registered in the central directory's copy. The
 * expected order is PostgreSQL's own: the list's {@code ORDER BY}, verbatim, over all the rows ({@link #oracle}).
 */
@Import(StandInNodes.class)
public abstract class FederatedListIT extends TrainingIT {

    protected static final String XINGSHA = "430121001000";

    @Autowired
    protected CentralNodeDirectory directory;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcClient jdbc;

    protected StandInNodes.Node xingsha;

    @BeforeEach
    void startTheNode() {
        xingsha = new StandInNodes.Node(json);
    }

    @AfterEach
    void stopTheNode() {
        xingsha.close();
        StandInNodes.register(directory);
    }

    /** The Xingsha node runs training at {@code base}. */
    protected void xingshaRunsTrainingAt(String base) {
        StandInNodes.register(directory, new StandInNodes.Entry("xingsha", XINGSHA, Map.of("training", base),
                Map.of()));
    }

    /** The county officer's {@code GET path?params&page&size}, as the controller sees it. */
    protected static MockHttpServletRequest request(String path, Map<String, String> params, PageRequest page) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Authorization", StandInNodes.TOKEN);
        params.forEach(request::addParameter);
        request.addParameter("page", String.valueOf(page.page()));
        request.addParameter("size", String.valueOf(page.size()));
        return request;
    }

    /** A copy of a row with some of its JSON properties changed (as another node would hold a similar record). */
    protected <T> T variant(T row, Class<T> type, Map<String, Object> changes) {
        // through text, as a node writes it (money is written as exact decimal text, which a tree cannot hold)
        ObjectNode tree = (ObjectNode) json.readTree(json.writeValueAsString(row));
        changes.forEach((name, value) -> tree.set(name, json.readTree(json.writeValueAsString(value))));
        return json.treeToValue(tree, type);
    }

    /** One sort column of a list: its name in the {@code ORDER BY}, its SQL type and the row's value. */
    public record Column<T>(String name, String type, Function<T, Object> value) {
    }

    /**
     * The rows as PostgreSQL orders them with the list's own {@code orderBy}, verbatim (its table alias {@code alias}):
     * over a {@code VALUES} table of their sort columns, the id first.
     */
    @SafeVarargs
    protected final <T> List<T> oracle(List<T> rows, Function<T, UUID> id, String alias, String orderBy,
            Column<T>... columns) {
        if (rows.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            values.append(i == 0 ? "(" : ", (").append("CAST(:id").append(i).append(" AS uuid)");
            params.put("id" + i, id.apply(rows.get(i)).toString());
            for (int c = 0; c < columns.length; c++) {
                values.append(", CAST(:c").append(c).append('_').append(i).append(" AS ").append(columns[c].type())
                        .append(')');
                Object value = columns[c].value().apply(rows.get(i));
                params.put("c" + c + "_" + i, value == null ? null : value.toString());
            }
            values.append(')');
        }
        StringBuilder names = new StringBuilder("id");
        for (Column<T> column : columns) {
            names.append(", ").append(column.name());
        }
        List<UUID> ids = jdbc.sql("SELECT " + alias + ".id FROM (VALUES " + values + ") AS " + alias + "(" + names
                + ") ORDER BY " + orderBy).params(params).query(UUID.class).list();
        List<T> ordered = new ArrayList<>();
        ids.forEach(one -> ordered.add(rows.stream().filter(row -> id.apply(row).equals(one)).findFirst()
                .orElseThrow()));
        return ordered;
    }
}
