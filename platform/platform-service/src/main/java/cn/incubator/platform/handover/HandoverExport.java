package cn.incubator.platform.handover;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The parent's side of a handover, for one service: fence the subtree, hand out its rows and their summaries, switch
 * the owner, retire its copies once the directory lists the new node active. Each operation may be repeated (the job
 * on the new node repeats a step it died in).
 */
public class HandoverExport {

    private static final Logger log = LoggerFactory.getLogger(HandoverExport.class);

    private final SubtreeFences fences;
    private final SubtreeTables tables;
    private final TransactionTemplate transactions;
    private final HandoverTables specs;
    private final HandoverDirectory directory;
    private final String service;

    /**
     * @param service this service's name in the directory's endpoints ({@code incubator.api.name}: registry,
     *                incubation, grants, party-building, training)
     */
    public HandoverExport(SubtreeFences fences, JdbcClient jdbc, TransactionTemplate transactions,
            HandoverTables specs, HandoverDirectory directory, String service) {
        this.fences = fences;
        this.transactions = transactions;
        this.tables = new SubtreeTables(jdbc, transactions);
        this.specs = specs;
        this.directory = directory;
        this.service = service;
    }

    /** What a retire did: the rows deleted, or nothing yet because the node is not active (which services it awaits). */
    public record Retired(int rows, boolean done, HandoverDirectory.NodeHandovers node) {
    }

    public Instant fence(Jurisdiction subtree, String node) {
        Instant at = fences.fence(subtree, node);
        log.info("Subtree {} fenced in {} for node {} since {}", subtree.code(), service, node, at);
        return at;
    }

    public SubtreeTables.Page page(String table, Jurisdiction subtree, java.util.List<String> afterKey, int limit) {
        return tables.page(specs.table(table), subtree, afterKey, limit);
    }

    public SubtreeTables.Summary summary(String table, Jurisdiction subtree) {
        return tables.summary(specs.table(table), subtree);
    }

    /**
     * The directory records this service's switch (in this transaction when the directory is this service's own, the
     * registry's; a switch reported and not committed here is reported again when the job repeats the step). The node
     * becomes active once every service it runs has switched: then this node's fence turns into a refusal
     * ({@link SubtreeFences#handOver}: 503 {@code subtree-moved} for a moment, while the gateway learns the new route,
     * then outside-node). Until then the fence stays up, and the subtree's writes, still routed here, answer 503
     * {@code subtree-fenced} with Retry-After.
     */
    public HandoverDirectory.NodeHandovers switchOwner(Jurisdiction subtree, String node) {
        HandoverDirectory.NodeHandovers status = transactions.execute(tx -> {
            HandoverDirectory.NodeHandovers reported = directory.switched(node, service, subtree);
            if (reported.active()) {
                fences.handOver(subtree);
            }
            return reported;
        });
        log.info("Subtree {} switched in {} to node {}: {}", subtree.code(), service, node, status);
        return status;
    }

    /**
     * Deletes this node's copies, children first, in one transaction, once the directory lists the new node active
     * (until then reads of the subtree are still routed here); the fence stays, as a refusal. Before that it deletes nothing and
     * says what the node still waits for: the job on the new node asks again later.
     */
    public Retired retire(Jurisdiction subtree, String node) {
        HandoverDirectory.NodeHandovers status = directory.status(node);
        if (!status.active()) {
            log.info("Subtree {} not retired in {}: node {} is {}, waiting for {}", subtree.code(), service, node,
                    status.state(), status.waiting());
            return new Retired(0, false, status);
        }
        Integer deleted = transactions.execute(tx -> {
            // The node is active: the fence (still up if another service switched last) turns into a refusal.
            fences.handOver(subtree);
            return specs.reversed().stream().mapToInt(table -> tables.retire(table, subtree)).sum();
        });
        log.info("Retired {} rows of subtree {} in {}", deleted, subtree.code(), service);
        return new Retired(deleted == null ? 0 : deleted, true, status);
    }
}
