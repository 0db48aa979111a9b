package cn.incubator.registry.handover;

import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.SubtreeFences;
import cn.incubator.platform.handover.SubtreeTables;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.registry.node.NodeDirectoryService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The parent's side of a handover: fence the subtree, hand out its rows and their summaries, switch the owner, retire
 * its copies. Each operation may be repeated (the job on the new node repeats a step it died in).
 */
@Service
public class HandoverExport {

    private static final Logger log = LoggerFactory.getLogger(HandoverExport.class);
    static final String ACTOR = "handover";

    private final SubtreeFences fences;
    private final SubtreeTables tables;
    private final TransactionTemplate transactions;
    private final NodeDirectoryService directory;

    HandoverExport(SubtreeFences fences, JdbcClient jdbc, PlatformTransactionManager transactionManager,
            NodeDirectoryService directory) {
        this.fences = fences;
        this.transactions = new TransactionTemplate(transactionManager);
        this.tables = new SubtreeTables(jdbc, transactions);
        this.directory = directory;
    }

    public Instant fence(Jurisdiction subtree, String node) {
        Instant at = fences.fence(subtree, node);
        log.info("Subtree {} fenced for node {} since {}", subtree.code(), node, at);
        return at;
    }

    public SubtreeTables.Page page(String table, Jurisdiction subtree, List<String> afterKey, int limit) {
        return tables.page(RegistryHandoverTables.table(table), subtree, afterKey, limit);
    }

    public SubtreeTables.Summary summary(String table, Jurisdiction subtree) {
        return tables.summary(RegistryHandoverTables.table(table), subtree);
    }

    /** The directory names the node as the subtree's owner and this node refuses the subtree's writes, together. */
    public void switchOwner(Jurisdiction subtree, String node) {
        transactions.executeWithoutResult(status -> {
            directory.handedOver(ACTOR, node, subtree);
            fences.handOver(subtree);
        });
        log.info("Subtree {} handed over to node {}", subtree.code(), node);
    }

    /** Deletes this node's copies, children first, in one transaction; the fence stays (outside-node). */
    public int retire(Jurisdiction subtree) {
        List<HandoverTable> reversed = new ArrayList<>(RegistryHandoverTables.TABLES);
        java.util.Collections.reverse(reversed);
        Integer deleted = transactions.execute(status -> reversed.stream()
                .mapToInt(table -> tables.retire(table, subtree)).sum());
        log.info("Retired {} rows of subtree {}", deleted, subtree.code());
        return deleted == null ? 0 : deleted;
    }
}
