package cn.incubator.platform.demo;

import cn.incubator.platform.audit.AuditChain;
import cn.incubator.platform.audit.AuditEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * 演示数据的时间线: the timeline entries the demo scripts insert "as if recorded through the API" get the hash chain the
 * API would have given them ({@link AuditChain}), so that a demo record's timeline verifies like any other (the
 * console's 时间线校验, and a handover's check of the chains). Each record with an entry that has no hash is chained
 * again from its first entry, in the timeline's order; records whose every entry has its hash are left alone.
 *
 * <p>A repeatable Flyway migration of every service, run only with the demo data ({@link DemoMigrations}); its
 * description sorts after every demo script, and its checksum follows them, so it runs again after any of them.
 */
final class DemoTimelineChains implements JavaMigration {

    private static final String SCRIPTS = "classpath*:db/demo/*.sql";

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "zz demo timelines chained";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(getClass().getName().getBytes(StandardCharsets.UTF_8));
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources(SCRIPTS);
            Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
            for (Resource script : scripts) {
                crc.update(script.getFilename().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = script.getInputStream()) {
                    crc.update(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        List<Subject> unchained = jdbc.sql("SELECT DISTINCT subject_type, subject_id FROM audit_entry WHERE hash IS NULL")
                .query((rs, n) -> new Subject(rs.getString("subject_type"), rs.getString("subject_id"))).list();
        for (Subject subject : unchained) {
            String previous = null;
            List<Entry> entries = jdbc.sql("""
                    SELECT seq, id, occurred_at, actor, action, subject_type, subject_id, jurisdiction_code,
                           before_state::text AS before_state, after_state::text AS after_state, trace_id
                    FROM audit_entry WHERE subject_type = :type AND subject_id = :id ORDER BY seq""")
                    .param("type", subject.type()).param("id", subject.id())
                    .query((rs, n) -> new Entry(rs.getLong("seq"), new AuditEntry(rs.getObject("id", UUID.class),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                            rs.getString("subject_type"), rs.getString("subject_id"),
                            rs.getString("jurisdiction_code"), rs.getString("before_state"),
                            rs.getString("after_state"), rs.getString("trace_id")))).list();
            for (Entry entry : entries) {
                String hash = AuditChain.hash(previous, entry.entry());
                jdbc.sql("UPDATE audit_entry SET previous_hash = :previous, hash = :hash WHERE seq = :seq")
                        .param("previous", previous).param("hash", hash).param("seq", entry.seq()).update();
                previous = hash;
            }
        }
    }

    private record Subject(String type, String id) {
    }

    private record Entry(long seq, AuditEntry entry) {
    }
}
