package cn.incubator.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Verifies many records' hash chains at once, e.g. every timeline a handover copied to a new node. */
public final class AuditChains {

    private AuditChains() {
    }

    /**
     * @param chains how many records' chains were verified
     * @param broken the subjects ({@code type:id}) whose chain does not verify
     */
    public record Report(int chains, List<String> broken) {
    }

    /**
     * Verifies the chain of every record that has an entry matching {@code predicate} (SQL on {@code audit_entry},
     * aliased {@code t}), each chain whole and in its order.
     */
    public static Report verify(JdbcClient jdbc, String predicate, Map<String, Object> params) {
        List<String> broken = new ArrayList<>();
        int[] chains = {0};
        List<AuditChain.Link> chain = new ArrayList<>();
        String[] subject = {null};
        jdbc.sql("""
                SELECT e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, e.jurisdiction_code,
                       e.before_state::text AS before_state, e.after_state::text AS after_state, e.trace_id,
                       e.previous_hash, e.hash
                FROM audit_entry e
                WHERE (e.subject_type, e.subject_id) IN (SELECT t.subject_type, t.subject_id FROM audit_entry t
                                                         WHERE %s)
                ORDER BY e.subject_type, e.subject_id, e.seq
                """.formatted(predicate))
                .params(params)
                .query((rs, n) -> {
                    String current = rs.getString("subject_type") + ":" + rs.getString("subject_id");
                    if (!current.equals(subject[0])) {
                        check(subject[0], chain, broken, chains);
                        subject[0] = current;
                    }
                    chain.add(new AuditChain.Link(new AuditEntry(rs.getObject("id", UUID.class),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                            rs.getString("subject_type"), rs.getString("subject_id"),
                            rs.getString("jurisdiction_code"), rs.getString("before_state"),
                            rs.getString("after_state"), rs.getString("trace_id")), rs.getString("previous_hash"),
                            rs.getString("hash")));
                    return null;
                })
                .list();
        check(subject[0], chain, broken, chains);
        return new Report(chains[0], List.copyOf(broken));
    }

    private static void check(String subject, List<AuditChain.Link> chain, List<String> broken, int[] chains) {
        if (subject == null) {
            return;
        }
        chains[0]++;
        if (!AuditChain.verify(chain).intact()) {
            broken.add(subject);
        }
        chain.clear();
    }
}
