package cn.incubator.platform.handover;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads, writes and sums up the subtree's rows of named tables in one database, generically (each row as its JSON
 * document, {@code to_jsonb}): the parent exports pages and summaries, the new node upserts pages and sums up what it
 * holds, and both compute the summary the same way, so equal summaries mean equal rows.
 */
public class SubtreeTables {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public SubtreeTables(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** One page of rows in key order and the key of its last row (null when empty). */
    public record Page(List<String> rows, List<String> lastKey) {
    }

    /** How many rows, and an MD5 over the MD5 of every row's JSON document in key order. */
    public record Summary(long count, String checksum) {
    }

    public Page page(HandoverTable table, Jurisdiction subtree, List<String> afterKey, int limit) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("prefix", prefix(subtree), "limit", limit));
        String after = "";
        if (afterKey != null) {
            after = " AND (" + String.join(", ", table.key().stream().map(k -> "t." + k).toList()) + ") > ("
                    + String.join(", ", casts(table, afterKey, params)) + ")";
        }
        String keyText = String.join(", ", table.key().stream().map(k -> "t." + k + "::text").toList());
        String sql = "SELECT to_jsonb(t)::text AS row, ARRAY[" + keyText + "] AS key FROM " + name(table) + " t WHERE ("
                + table.subtree() + ")" + after + " ORDER BY " + order(table) + " LIMIT :limit";
        List<String> rows = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        utc(() -> jdbc.sql(sql).params(params).query((rs, n) -> {
            rows.add(rs.getString("row"));
            keys.add(List.of((String[]) rs.getArray("key").getArray()));
            return null;
        }).list());
        return new Page(rows, keys.isEmpty() ? null : keys.get(keys.size() - 1));
    }

    public Summary summary(HandoverTable table, Jurisdiction subtree) {
        String sql = "SELECT count(*) AS n, md5(COALESCE(string_agg(md5(to_jsonb(t)::text), '' ORDER BY "
                + order(table) + "), '')) AS checksum FROM " + name(table) + " t WHERE (" + table.subtree() + ")";
        return utc(() -> jdbc.sql(sql).param("prefix", prefix(subtree))
                .query((rs, n) -> new Summary(rs.getLong("n"), rs.getString("checksum"))).single());
    }

    /**
     * Inserts the rows, or overwrites the row of the same primary key: importing a page twice leaves one copy. Serial
     * columns copied with their values move their sequence past them, so that later rows sort after copied ones.
     */
    public void upsert(HandoverTable table, List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = :table AND is_generated = 'NEVER'
                ORDER BY ordinal_position
                """).param("table", table.name()).query(String.class).list();
        String list = String.join(", ", columns);
        List<String> updates = columns.stream().filter(c -> !table.conflict().contains(c))
                .map(c -> c + " = EXCLUDED." + c).toList();
        String sql = "INSERT INTO " + name(table) + " (" + list + ") SELECT " + list
                + " FROM jsonb_populate_recordset(NULL::" + name(table) + ", CAST(:rows AS jsonb)) ON CONFLICT ("
                + String.join(", ", table.conflict()) + ") DO " + (updates.isEmpty() ? "NOTHING"
                        : "UPDATE SET " + String.join(", ", updates));
        jdbc.sql(sql).param("rows", "[" + String.join(",", rows) + "]").update();
        // Serial columns and columns drawing from a sequence of their own (a waiting list's queue number), alike.
        List<String[]> sequenced = jdbc.sql("""
                SELECT column_name, column_default FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = :table AND column_default LIKE 'nextval(%'
                """).param("table", table.name())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] column : sequenced) {
            jdbc.sql("""
                    SELECT setval(q.s::regclass, q.m) FROM (
                        SELECT COALESCE(pg_get_serial_sequence(:table, :column),
                                        substring(CAST(:default AS text) from 'nextval\\(''([^'']+)''')) AS s,
                               (SELECT max(%s) FROM %s) AS m) q
                    WHERE q.s IS NOT NULL AND q.m IS NOT NULL
                      AND q.m > COALESCE(pg_sequence_last_value(q.s::regclass), 0)
                    """.formatted(column[0], name(table)))
                    .param("table", table.name()).param("column", column[0]).param("default", column[1])
                    .query((rs, n) -> 0).list();
        }
    }

    /** Deletes the rows the table retires for the subtree; how many. */
    public int retire(HandoverTable table, Jurisdiction subtree) {
        if (table.retire() == null) {
            return 0;
        }
        return jdbc.sql("DELETE FROM " + name(table) + " t WHERE (" + table.retire() + ")")
                .param("prefix", prefix(subtree)).update();
    }

    static String prefix(Jurisdiction subtree) {
        return subtree.significantPrefix() + "%";
    }

    private static String name(HandoverTable table) {
        if (!IDENTIFIER.matcher(table.name()).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table.name());
        }
        return table.name();
    }

    private static String order(HandoverTable table) {
        return String.join(", ", table.key().stream().map(k -> "t." + k).toList());
    }

    private static List<String> casts(HandoverTable table, List<String> values, Map<String, Object> params) {
        List<String> casts = new ArrayList<>();
        for (int i = 0; i < table.key().size(); i++) {
            params.put("after" + i, values.get(i));
            casts.add("CAST(:after" + i + " AS " + table.keyTypes().get(i) + ")");
        }
        return casts;
    }

    /** JSON documents render times in UTC on every node, so that the same row has the same text everywhere. */
    private <T> T utc(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.sql("SET LOCAL TIME ZONE 'UTC'").update();
            return work.get();
        });
    }
}
