package cn.incubator.platform.test.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.audit.AuditChains;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.handover.HandoverDirectory;
import cn.incubator.platform.handover.HandoverJob;
import cn.incubator.platform.handover.HandoverStep;
import cn.incubator.platform.handover.LocalHandoverSource;
import cn.incubator.platform.handover.HandoverExport;
import cn.incubator.platform.handover.HandoverSource;
import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.HandoverTables;
import cn.incubator.platform.handover.SubtreeFencedException;
import cn.incubator.platform.handover.SubtreeTables;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a service's handover test needs besides its own data (docs/decisions.md, "Handover"): a second real database
 * migrated as the service's own (the joining node's), the summaries of a subtree's tables, a parent that dies on
 * demand, and a stand-in for the central directory.
 */
public final class HandoverRehearsal {

    private HandoverRehearsal() {
    }

    /** The joining node's database: created fresh and migrated with the service's and the platform's migrations. */
    public record NodeDatabase(JdbcClient jdbc, TransactionTemplate transactions) {

        public static NodeDatabase create(String name) {
            RealPostgres.Server server = RealPostgres.database(name);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(server.jdbcUrl(name));
            dataSource.setUser(server.username());
            dataSource.setPassword(server.password());
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/platform")
                    .outOfOrder(true).load().migrate();
            return new NodeDatabase(JdbcClient.create(dataSource),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        }
    }

    /** Each table's summary of the subtree's rows in one database, in the tables' order. */
    public static Map<String, SubtreeTables.Summary> summaries(JdbcClient jdbc, TransactionTemplate transactions,
            List<HandoverTable> tables, Jurisdiction subtree) {
        SubtreeTables database = new SubtreeTables(jdbc, transactions);
        Map<String, SubtreeTables.Summary> summaries = new LinkedHashMap<>();
        tables.forEach(table -> summaries.put(table.name(), database.summary(table, subtree)));
        return summaries;
    }

    public static Map<String, SubtreeTables.Summary> summaries(JdbcClient jdbc, TransactionTemplate transactions,
            HandoverTables tables, Jurisdiction subtree) {
        return summaries(jdbc, transactions, tables.tables(), subtree);
    }

    /**
     * What a rehearsed handover left: the parent's summaries of the subtree before and after, the new node's after,
     * the job, and the timelines' chains of the subtree on both (the parent's before the job).
     */
    public record Outcome(Map<String, SubtreeTables.Summary> before, Map<String, SubtreeTables.Summary> parentAfter,
            Map<String, SubtreeTables.Summary> nodeAfter, HandoverJob.Status status, HandoverJob.Status killed,
            AuditChains.Report parentChains, AuditChains.Report nodeChains) {

        /**
         * The rehearsal's promise: killed while copying, then done, every table of the subtree on the node as it was on
         * the parent (count and checksum, also as the job verified them), and the timelines' chains verifying there,
         * as many as the parent had.
         */
        public Outcome movedIntact() {
            assertThat(killed.step()).as("killed while copying").isEqualTo(HandoverStep.COPY);
            assertThat(status.step()).isEqualTo(HandoverStep.DONE);
            assertThat(nodeAfter).isEqualTo(before);
            assertThat(status.tables()).allSatisfy(table -> {
                assertThat(table.targetCount()).as(table.table()).isEqualTo(table.sourceCount());
                assertThat(table.targetChecksum()).as(table.table()).isEqualTo(table.sourceChecksum());
            });
            assertThat(nodeChains.broken()).isEmpty();
            assertThat(nodeChains.chains()).isEqualTo(parentChains.chains()).isPositive();
            return this;
        }
    }

    /**
     * Gives each of the subtree's rows of {@code table} a timeline of {@code actions}, one entry each, as the API would
     * record them (the demo data has none): the handover must carry them and their chains.
     *
     * @return how many rows got a timeline
     */
    public static int timelines(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, String table,
            String subject, Jurisdiction subtree, String... actions) {
        List<UUID> ids = jdbc.sql("SELECT id FROM " + table + " WHERE jurisdiction_code LIKE :prefix")
                .param("prefix", subtree.significantPrefix() + "%").query(UUID.class).list();
        for (UUID id : ids) {
            for (String action : actions) {
                transactions.executeWithoutResult(status -> audit.record(Callers.ADMIN, action, subject, id,
                        subtree.code(), null, Map.of("action", action)));
            }
        }
        return ids.size();
    }

    /** While fenced: the parent refuses a write to a place inside the subtree (503 {@code subtree-fenced}). */
    public static Runnable refusesWritesTo(TransactionTemplate transactions, DataScopes scopes, String place) {
        return () -> assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                scopes.of(Callers.ADMIN).requireWritable(Jurisdiction.of(place), null)))
                .isInstanceOf(SubtreeFencedException.class);
    }

    /**
     * Hands the subtree of the parent's database over to the node's database with the service's tables, as a job
     * on the node would through the internal API: killed at its second page, {@code whileFenced} run then (the
     * parent's subtree is fenced), and run again to the end. The node runs this service alone, so its switch
     * activates it.
     */
    public static Outcome rehearse(JdbcClient parent, TransactionTemplate parentTransactions, HandoverExport export,
            HandoverTables tables, NodeDatabase node, Jurisdiction subtree, FakeDirectory directory, String service,
            Runnable whileFenced) {
        String name = "node-" + subtree.code();
        directory.node(name, service);
        String timelines = "t.jurisdiction_code LIKE '" + subtree.significantPrefix() + "%'";
        AuditChains.Report parentChains = AuditChains.verify(parent, timelines, Map.of());
        Map<String, SubtreeTables.Summary> before = summaries(parent, parentTransactions, tables, subtree);
        HandoverJob job = new HandoverJob(node.jdbc(), node.transactions(), tables, Clock.systemUTC());
        UUID id = job.create(subtree, "in-process", "admin");
        HandoverSource source = new LocalHandoverSource(export, subtree, name);
        AtomicInteger pages = new AtomicInteger();
        try {
            job.run(id, new Dying(source, (table, after) -> pages.incrementAndGet() == 2));
            throw new AssertionError("The job was not killed");
        } catch (IllegalStateException killed) {
            if (!String.valueOf(killed.getMessage()).startsWith("killed")) {
                throw killed;
            }
        }
        HandoverJob.Status killed = job.status(id);
        whileFenced.run();
        HandoverJob.Status done = job.run(id, source);
        return new Outcome(before, summaries(parent, parentTransactions, tables, subtree),
                summaries(node.jdbc(), node.transactions(), tables, subtree), done, killed, parentChains,
                AuditChains.verify(node.jdbc(), timelines, Map.of()));
    }

    /** The parent as the job sees it, dying on demand (the process killed while asking for a page). */
    public static final class Dying implements HandoverSource {
        private final HandoverSource parent;
        private final BiPredicate<String, List<String>> dieOnPage;

        /** @param dieOnPage given the table and the key after which the page starts, whether to die instead */
        public Dying(HandoverSource parent, BiPredicate<String, List<String>> dieOnPage) {
            this.parent = parent;
            this.dieOnPage = dieOnPage;
        }

        @Override
        public Instant fence() {
            return parent.fence();
        }

        @Override
        public SubtreeTables.Page page(String table, List<String> afterKey, int limit) {
            if (dieOnPage.test(table, afterKey)) {
                throw new IllegalStateException("killed while copying " + table);
            }
            return parent.page(table, afterKey, limit);
        }

        @Override
        public SubtreeTables.Summary summary(String table) {
            return parent.summary(table);
        }

        @Override
        public void switchOwner() {
            parent.switchOwner();
        }

        @Override
        public HandoverExport.Retired retire() {
            return parent.retire();
        }
    }

    /** Puts a {@link FakeDirectory} in place of the central directory: {@code @Import} it, autowire the directory. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Directory {
        @Bean
        @Primary
        FakeDirectory fakeHandoverDirectory() {
            return new FakeDirectory();
        }
    }

    /**
     * The central directory as a parent sees it, in memory: the services each joining node runs, and which of them
     * have switched; a node is active once all have.
     */
    public static final class FakeDirectory implements HandoverDirectory {
        private final Map<String, Set<String>> runs = new ConcurrentHashMap<>();
        private final Map<String, Set<String>> switched = new ConcurrentHashMap<>();

        /** Registers a joining node running these services. */
        public synchronized void node(String name, String... services) {
            runs.put(name, new TreeSet<>(List.of(services)));
            switched.put(name, new TreeSet<>());
        }

        public synchronized Set<String> switched(String name) {
            return Set.copyOf(switched.get(name));
        }

        @Override
        public synchronized NodeHandovers switched(String node, String service, Jurisdiction subtree) {
            if (!runs.getOrDefault(node, Set.of()).contains(service)) {
                throw new IllegalStateException("Node " + node + " runs no " + service);
            }
            switched.get(node).add(service);
            return status(node);
        }

        @Override
        public synchronized NodeHandovers status(String node) {
            List<String> waiting = runs.get(node).stream().filter(s -> !switched.get(node).contains(s)).toList();
            return new NodeHandovers(node, waiting.isEmpty() ? "ACTIVE" : "JOINING", List.copyOf(switched.get(node)),
                    waiting);
        }
    }
}
