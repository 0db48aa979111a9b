package cn.incubator.registry.consultation;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consultation log; reads in the caller's scope (not about one organization, so org-admins see none). */
@Repository
class ConsultationRepository {

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consultation c) {
        jdbc.sql("""
                INSERT INTO consultation (id, asked_at, channel, topic, question, answer, answered_by,
                                          jurisdiction_code, organization_id, recorded_by, recorded_at)
                VALUES (:id, :askedAt, :channel, :topic, :question, :answer, :answeredBy, :jurisdiction, :org,
                        :recordedBy, :recordedAt)
                """)
                .param("id", c.id())
                .param("askedAt", Timestamp.from(c.askedAt()))
                .param("channel", c.channel().name())
                .param("topic", c.topic().name())
                .param("question", c.question())
                .param("answer", c.answer())
                .param("answeredBy", c.answeredBy())
                .param("jurisdiction", c.jurisdiction().code())
                .param("org", c.organizationId())
                .param("recordedBy", c.recordedBy())
                .param("recordedAt", Timestamp.from(c.recordedAt()))
                .update();
    }

    Page<Consultation> search(DataScope scope, Instant from, Instant to, Topic topic, Channel channel,
            PageRequest page) {
        return Query.of("""
                SELECT id, asked_at, channel, topic, question, answer, answered_by, jurisdiction_code, organization_id,
                       recorded_by, recorded_at
                FROM consultation""")
                .where(inPeriod(scope, from, to)
                        .andIfPresent("topic = :topic", "topic", topic)
                        .andIfPresent("channel = :channel", "channel", channel))
                .orderBy("asked_at DESC, id")
                .page(page, jdbc, (rs, n) -> new Consultation(rs.getObject("id", UUID.class),
                        rs.getTimestamp("asked_at").toInstant(), Channel.valueOf(rs.getString("channel")),
                        Topic.valueOf(rs.getString("topic")), rs.getString("question"), rs.getString("answer"),
                        rs.getString("answered_by"), Jurisdiction.of(rs.getString("jurisdiction_code")),
                        rs.getObject("organization_id", UUID.class), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()));
    }

    /** Counts per period (in China's time zone) and topic. */
    List<ConsultationStatistics.Count> counts(DataScope scope, Instant from, Instant to, ConsultationStatistics.Period period) {
        return Query.of("SELECT to_char(date_trunc('" + period.truncation + "', asked_at AT TIME ZONE 'Asia/Shanghai'),"
                        + " '" + period.format + "') AS period, topic, count(*) AS n FROM consultation")
                .where(inPeriod(scope, from, to))
                .groupBy("1, 2")
                .orderBy("1, 2")
                .on(jdbc)
                .query((rs, n) -> new ConsultationStatistics.Count(rs.getString("period"),
                        Topic.valueOf(rs.getString("topic")), rs.getLong("n")))
                .list();
    }

    /** Not about one organization, so an org-admin's scope is empty here. */
    private static Where inPeriod(DataScope scope, Instant from, Instant to) {
        return Where.of(scope.filter("jurisdiction_code", null))
                .and("asked_at >= :from AND asked_at < :to", Map.of("from", Timestamp.from(from),
                        "to", Timestamp.from(to)));
    }
}
