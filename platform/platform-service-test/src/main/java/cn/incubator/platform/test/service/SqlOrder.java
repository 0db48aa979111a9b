package cn.incubator.platform.test.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The order a federation test expects of a merged list: PostgreSQL's own, the list's {@code ORDER BY} verbatim over
 * all the rows (this node's and the nodes'), independent of the merge it checks.
 */
public final class SqlOrder {

    private SqlOrder() {
    }

    /** One sort column of a list: its name in the {@code ORDER BY}, its SQL type and the row's value. */
    public record Column<T>(String name, String type, Function<T, Object> value) {
    }

    /**
     * The rows as PostgreSQL orders them with the list's own {@code orderBy}, verbatim (its table alias {@code alias}):
     * over a {@code VALUES} table of their sort columns, the id first.
     */
    @SafeVarargs
    public static <T> List<T> sorted(JdbcClient jdbc, List<T> rows, Function<T, UUID> id, String alias,
            String orderBy, Column<T>... columns) {
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
