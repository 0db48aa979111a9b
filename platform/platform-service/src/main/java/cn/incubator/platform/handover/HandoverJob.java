package cn.incubator.platform.handover;

import cn.incubator.platform.audit.AuditChains;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a handover on the new node: fence the parent, copy each table from its checkpoint, verify, switch the owner,
 * retire the parent's copies. The step and each table's checkpoint are kept in {@code handover_job} and
 * {@code handover_checkpoint}, written in the transaction that imports the page, so a job killed anywhere and run again
 * resumes where it was and ends in the same state: nothing lost (verification stops it before the switch otherwise),
 * nothing doubled (pages are upserted by primary key).
 */
public class HandoverJob {

    /** Rows per page, unless configured otherwise ({@code incubator.handover.page-size}). */
    public static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SubtreeTables tables;
    private final List<HandoverTable> specs;
    private final Clock clock;
    private final int pageSize;

    /**
     * @param specs the tables in dependency order (parents before children); the parent retires them in reverse
     */
    public HandoverJob(JdbcClient jdbc, TransactionTemplate transactions, HandoverTables specs, Clock clock) {
        this(jdbc, transactions, specs, clock, PAGE);
    }

    /** @param pageSize rows asked of the parent at a time (each page commits with its checkpoint) */
    public HandoverJob(JdbcClient jdbc, TransactionTemplate transactions, HandoverTables specs, Clock clock,
            int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        this.pageSize = pageSize;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tables = new SubtreeTables(jdbc, transactions);
        this.specs = specs.tables();
        this.clock = clock;
    }

    /** A job as stored, with its tables' checkpoints. */
    public record Status(UUID id, String jurisdiction, String source, HandoverStep step, String startedBy,
            Instant startedAt, Instant fencedAt, Instant unfencedAt, Instant finishedAt, String lastError,
            List<TableStatus> tables) {
    }

    public record TableStatus(String table, long rowsCopied, boolean copied, Long sourceCount, String sourceChecksum,
            Long targetCount, String targetChecksum) {
    }

    /**
     * The parent may not retire its copies yet: the directory does not list the new node active, because another
     * service it runs has not switched its handover yet. The job stays at RETIRE and asks again when run again.
     */
    public static class WaitingForNode extends RuntimeException {
        private final transient HandoverDirectory.NodeHandovers node;

        public WaitingForNode(HandoverDirectory.NodeHandovers node) {
            super("Waiting for node " + node.node() + " to be active (it is " + node.state() + "; switched: "
                    + node.switched() + ", not yet: " + node.waiting() + ")");
            this.node = node;
        }

        public HandoverDirectory.NodeHandovers node() {
            return node;
        }
    }

    /** The verification failed: the job stops before the switch, the parent still fenced and holding everything. */
    public static class VerificationFailed extends RuntimeException {
        public VerificationFailed(String message) {
            super(message);
        }
    }

    /** Records a new job (or returns the open one for the subtree: starting twice runs one job). */
    public UUID create(Jurisdiction subtree, String source, String startedBy) {
        return transactions.execute(status -> {
            Instant now = Instant.now(clock);
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                    INSERT INTO handover_job (id, jurisdiction_code, source, step, started_by, started_at, updated_at)
                    VALUES (:id, :code, :source, 'FENCE', :by, :at, :at)
                    ON CONFLICT (jurisdiction_code) WHERE finished_at IS NULL DO NOTHING
                    """)
                    .param("id", id).param("code", subtree.code()).param("source", source).param("by", startedBy)
                    .param("at", Timestamp.from(now))
                    .update();
            if (inserted == 0) {
                return jdbc.sql("SELECT id FROM handover_job WHERE jurisdiction_code = :code AND finished_at IS NULL")
                        .param("code", subtree.code()).query(UUID.class).single();
            }
            for (HandoverTable table : specs) {
                jdbc.sql("INSERT INTO handover_checkpoint (job_id, table_name, updated_at) VALUES (:id, :t, :at)")
                        .param("id", id).param("t", table.name()).param("at", Timestamp.from(now)).update();
            }
            return id;
        });
    }

    /** Runs the job from where it stands to the end; run again after any failure. */
    public Status run(UUID id, HandoverSource source) {
        try {
            HandoverStep step = status(id).step();
            while (step != HandoverStep.DONE) {
                step = perform(id, step, source);
            }
            return status(id);
        } catch (RuntimeException e) {
            jdbc.sql("UPDATE handover_job SET last_error = :error, updated_at = :at WHERE id = :id")
                    .param("id", id).param("error", abbreviate(e.toString()))
                    .param("at", Timestamp.from(Instant.now(clock))).update();
            throw e;
        }
    }

    private HandoverStep perform(UUID id, HandoverStep step, HandoverSource source) {
        Status job = status(id);
        Jurisdiction subtree = Jurisdiction.of(job.jurisdiction());
        switch (step) {
            case FENCE -> {
                Instant fencedAt = source.fence();
                jdbc.sql("UPDATE handover_job SET fenced_at = :at WHERE id = :id").param("id", id)
                        .param("at", Timestamp.from(fencedAt)).update();
                clearTarget(subtree);
            }
            case COPY -> specs.forEach(table -> copy(id, table, source));
            case VERIFY -> verify(id, subtree, source);
            case SWITCH -> {
                source.switchOwner();
                jdbc.sql("UPDATE handover_job SET unfenced_at = COALESCE(unfenced_at, :at) WHERE id = :id")
                        .param("id", id).param("at", Timestamp.from(Instant.now(clock))).update();
            }
            case RETIRE -> {
                HandoverExport.Retired retired = source.retire();
                if (!retired.done()) {
                    throw new WaitingForNode(retired.node());
                }
            }
            case DONE -> {
            }
        }
        HandoverStep next = HandoverStep.values()[step.ordinal() + 1];
        jdbc.sql("""
                UPDATE handover_job SET step = :step, updated_at = :at, last_error = NULL, finished_at = :finished
                WHERE id = :id
                """)
                .param("id", id).param("step", next.name()).param("at", Timestamp.from(Instant.now(clock)))
                .param("finished", next == HandoverStep.DONE ? Timestamp.from(Instant.now(clock)) : null,
                        java.sql.Types.TIMESTAMP)
                .update();
        return next;
    }

    /**
     * Before the first page, this node holds nothing of the subtree but what it wrote itself before it owned it (e.g.
     * notices its scheduler announced, duplicates of the parent's): cleared, so that the copy is the parent's alone.
     */
    private void clearTarget(Jurisdiction subtree) {
        List<HandoverTable> reversed = new ArrayList<>(specs);
        Collections.reverse(reversed);
        transactions.executeWithoutResult(status -> reversed.forEach(table -> jdbc
                .sql("DELETE FROM " + table.name() + " t WHERE (" + table.subtree() + ")")
                .param("prefix", SubtreeTables.prefix(subtree)).update()));
    }

    /** Copies one table page by page; each page and its checkpoint commit together. */
    private void copy(UUID id, HandoverTable table, HandoverSource source) {
        while (true) {
            boolean more = Boolean.TRUE.equals(transactions.execute(status -> {
                Checkpoint checkpoint = jdbc.sql("""
                        SELECT after_key, copied FROM handover_checkpoint
                        WHERE job_id = :id AND table_name = :t FOR UPDATE
                        """)
                        .param("id", id).param("t", table.name())
                        .query((rs, n) -> new Checkpoint(rs.getArray("after_key") == null ? null
                                : Arrays.asList((String[]) rs.getArray("after_key").getArray()),
                                rs.getBoolean("copied")))
                        .single();
                if (checkpoint.copied()) {
                    return false;
                }
                SubtreeTables.Page page = source.page(table.name(), checkpoint.afterKey(), pageSize);
                tables.upsert(table, page.rows());
                boolean last = page.rows().size() < pageSize;
                jdbc.sql("""
                        UPDATE handover_checkpoint
                        SET after_key = COALESCE(CAST(:after AS text[]), after_key), rows_copied = rows_copied + :n,
                            copied = :last, updated_at = :at
                        WHERE job_id = :id AND table_name = :t
                        """)
                        .param("id", id).param("t", table.name())
                        .param("after", page.lastKey() == null ? null : page.lastKey().toArray(String[]::new))
                        .param("n", page.rows().size()).param("last", last)
                        .param("at", Timestamp.from(Instant.now(clock)))
                        .update();
                return !last;
            }));
            if (!more) {
                return;
            }
        }
    }

    private record Checkpoint(List<String> afterKey, boolean copied) {
    }

    private void verify(UUID id, Jurisdiction subtree, HandoverSource source) {
        List<String> problems = new ArrayList<>();
        for (HandoverTable table : specs) {
            SubtreeTables.Summary there = source.summary(table.name());
            SubtreeTables.Summary here = tables.summary(table, subtree);
            jdbc.sql("""
                    UPDATE handover_checkpoint SET source_count = :sc, source_checksum = :ss, target_count = :tc,
                           target_checksum = :ts, updated_at = :at
                    WHERE job_id = :id AND table_name = :t
                    """)
                    .param("id", id).param("t", table.name()).param("sc", there.count())
                    .param("ss", there.checksum()).param("tc", here.count()).param("ts", here.checksum())
                    .param("at", Timestamp.from(Instant.now(clock)))
                    .update();
            if (!there.equals(here)) {
                problems.add(table.name() + ": " + there + " on the parent, " + here + " here");
                // Copied again from the start when the job runs again (upserts by key: nothing doubles).
                jdbc.sql("UPDATE handover_checkpoint SET after_key = NULL, rows_copied = 0, copied = FALSE "
                        + "WHERE job_id = :id AND table_name = :t").param("id", id).param("t", table.name()).update();
            }
        }
        specs.stream().filter(table -> table.name().equals("audit_entry")).findFirst().ifPresent(audit -> {
            AuditChains.Report chains = AuditChains.verify(jdbc, audit.subtree(),
                    Map.of("prefix", SubtreeTables.prefix(subtree)));
            if (!chains.broken().isEmpty()) {
                problems.add("hash chains broken: " + chains.broken());
            }
        });
        if (!problems.isEmpty()) {
            jdbc.sql("UPDATE handover_job SET step = 'COPY' WHERE id = :id").param("id", id).update();
            throw new VerificationFailed(String.join("; ", problems));
        }
    }

    /** The jobs not finished that stand at {@code step}, oldest first. */
    public List<UUID> open(HandoverStep step) {
        return jdbc.sql("SELECT id FROM handover_job WHERE finished_at IS NULL AND step = :step ORDER BY started_at")
                .param("step", step.name()).query(UUID.class).list();
    }

    public Status status(UUID id) {
        List<TableStatus> checkpoints = jdbc.sql("""
                SELECT table_name, rows_copied, copied, source_count, source_checksum, target_count, target_checksum
                FROM handover_checkpoint WHERE job_id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new TableStatus(rs.getString(1), rs.getLong(2), rs.getBoolean(3),
                        (Long) rs.getObject(4), rs.getString(5), (Long) rs.getObject(6), rs.getString(7)))
                .list();
        List<TableStatus> ordered = specs.stream().flatMap(spec -> checkpoints.stream()
                .filter(c -> c.table().equals(spec.name()))).toList();
        return jdbc.sql("""
                SELECT id, jurisdiction_code, source, step, started_by, started_at, fenced_at, unfenced_at,
                       finished_at, last_error
                FROM handover_job WHERE id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new Status(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        HandoverStep.valueOf(rs.getString(4)), rs.getString(5), instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
                        rs.getString(10), ordered))
                .optional()
                .orElseThrow(() -> new cn.incubator.platform.problem.NotFoundException("handover", id));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
