package cn.incubator.platform.handover;

import java.util.List;

/**
 * One table a handover copies: which of its rows belong to the subtree, and the unique key it is paged by.
 *
 * @param name      the table
 * @param key       the columns pages are ordered and resumed by (unique), e.g. {@code id}, or {@code seq} for the audit
 *                  timeline so that a copied chain keeps its order
 * @param keyTypes  the SQL type of each key column ({@code uuid}, {@code bigint}, {@code int}, {@code text})
 * @param conflict  the columns of the primary key, the target of the idempotent upsert
 * @param subtree   SQL predicate on the table (aliased {@code t}) selecting the subtree's rows; {@code :prefix} is the
 *                  subtree's significant prefix followed by {@code %}
 * @param retire    SQL predicate of the rows the parent deletes once the new node owns them, or {@code null}: the
 *                  parent keeps its copy (reference data every node needs)
 */
public record HandoverTable(String name, List<String> key, List<String> keyTypes, List<String> conflict,
        String subtree, String retire) {

    public HandoverTable {
        key = List.copyOf(key);
        keyTypes = List.copyOf(keyTypes);
        conflict = List.copyOf(conflict);
        if (key.size() != keyTypes.size() || key.isEmpty()) {
            throw new IllegalArgumentException("Table " + name + ": one type per key column");
        }
    }

    /** A table keyed and paged by its {@code uuid} primary key {@code id}, retired where it was copied from. */
    public static HandoverTable byId(String name, String subtree) {
        return new HandoverTable(name, List.of("id"), List.of("uuid"), List.of("id"), subtree, subtree);
    }

    /** The audit timelines of every subject with an entry in the subtree. */
    public static final String TIMELINE_SUBJECTS = "(t.subject_type, t.subject_id) IN (SELECT a.subject_type, "
            + "a.subject_id FROM audit_entry a WHERE a.jurisdiction_code LIKE :prefix)";

    /**
     * The audit timelines ({@code audit_entry}), paged by {@code seq} so that each hash chain keeps its order and
     * verifies on the new node: every subject with an entry in the subtree is copied whole; the parent retires them
     * except the timelines of the records it keeps (a base, a programme, a party unit used beyond the subtree).
     *
     * @param kept per subject type, an SQL query of the ids ({@code uuid}) of the records of that type the parent keeps
     */
    public static HandoverTable timelines(java.util.Map<String, String> kept) {
        StringBuilder retire = new StringBuilder(TIMELINE_SUBJECTS);
        new java.util.TreeMap<>(kept).forEach((type, ids) -> retire.append(" AND NOT (t.subject_type = '")
                .append(type.replace("'", "''")).append("' AND t.subject_id IN (SELECT k.id::text FROM (")
                .append(ids).append(") k (id)))"));
        return new HandoverTable("audit_entry", List.of("seq"), List.of("bigint"), List.of("id"), TIMELINE_SUBJECTS,
                retire.toString());
    }

    public HandoverTable keptByParent() {
        return new HandoverTable(name, key, keyTypes, conflict, subtree, null);
    }

    public HandoverTable retiring(String predicate) {
        return new HandoverTable(name, key, keyTypes, conflict, subtree, predicate);
    }
}
