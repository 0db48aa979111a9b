package cn.incubator.registry.statistics;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over the organization table (read here in SQL only, for statistics) and the population table. Every count
 * takes the caller's scope.
 */
@Repository
class StatisticsRepository {

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A count per value of one column (or expression) of the organizations in a subtree created in a period. */
    List<Count> countBy(String expression, Jurisdiction within, Instant from, Instant to, DataScope scope) {
        return Query.of("SELECT " + expression + " AS key, count(*) AS n FROM organization")
                .where(inScope(within, scope)
                        .and("created_at >= :from", "from", Timestamp.from(from))
                        .and("created_at < :to", "to", Timestamp.from(to)))
                .groupBy("1")
                .orderBy("n DESC, key")
                .on(jdbc)
                .query((rs, i) -> new Count(rs.getString("key"), rs.getLong("n")))
                .list();
    }

    /** Registered organizations created before {@code to} in a subtree, grouped by {@code expression}. */
    List<Count> registeredBy(String expression, Jurisdiction within, Instant to, DataScope scope) {
        return Query.of("SELECT " + expression + " AS key, count(*) AS n FROM organization")
                .where(inScope(within, scope)
                        .and("status = 'REGISTERED'")
                        .and("created_at < :to", "to", Timestamp.from(to)))
                .groupBy("1")
                .on(jdbc)
                .query((rs, i) -> new Count(rs.getString("key"), rs.getLong("n")))
                .list();
    }

    /** The recorded residents of the divisions one tier below {@code parent} whose codes {@code child} gives. */
    List<Population> populationsOfChildren(Jurisdiction parent, String child) {
        return Query.of("SELECT jurisdiction_code, residents, as_of_year, source FROM jurisdiction_population")
                .where(Where.unscoped().andWithin("jurisdiction_code", "within", parent)
                        .and("jurisdiction_code <> :parent", "parent", parent.code())
                        .and(child + " = jurisdiction_code"))
                .orderBy("jurisdiction_code")
                .on(jdbc)
                .query((rs, i) -> new Population(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    /** Registered organizations (status REGISTERED) in a subtree created before {@code to}: the density numerator. */
    long registered(Jurisdiction within, Instant to, DataScope scope) {
        return Query.of("SELECT count(*) FROM organization")
                .where(inScope(within, scope)
                        .and("status = 'REGISTERED'")
                        .and("created_at < :to", "to", Timestamp.from(to)))
                .on(jdbc)
                .query(Long.class).single();
    }

    /** The organizations held under a prefix, by legal form and status (all time): this node's registry figures. */
    List<FormStatusCount> countByFormAndStatus(Jurisdiction within, DataScope held) {
        return Query.of("SELECT legal_form, status, count(*) AS n FROM organization")
                .where(inScope(within, held))
                .groupBy("1, 2")
                .orderBy("1, 2")
                .on(jdbc)
                .query((rs, i) -> new FormStatusCount(rs.getString("legal_form"), rs.getString("status"),
                        rs.getLong("n")))
                .list();
    }

    /** The people of the talent pool held under a prefix. */
    long talents(Jurisdiction within, DataScope held) {
        return Query.of("SELECT count(*) FROM talent")
                .where(Where.of(held.filter("jurisdiction_code", null))
                        .andWithin("jurisdiction_code", "within", within))
                .on(jdbc)
                .query(Long.class).single();
    }

    record FormStatusCount(String legalForm, String status, long count) {
    }

    private static Where inScope(Jurisdiction within, DataScope scope) {
        return Where.of(scope.filter("jurisdiction_code", "id")).andWithin("jurisdiction_code", "within", within);
    }

    record Count(String key, long count) {
    }

    record Population(String jurisdictionCode, long residents, int asOfYear, String source) {
    }

    Optional<Population> population(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT jurisdiction_code, residents, as_of_year, source FROM jurisdiction_population"
                        + " WHERE jurisdiction_code = :code")
                .param("code", jurisdiction.code())
                .query((rs, i) -> new Population(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .optional();
    }

    void savePopulation(Population population, Instant now) {
        jdbc.sql("""
                INSERT INTO jurisdiction_population (jurisdiction_code, residents, as_of_year, source, updated_at)
                VALUES (:code, :residents, :year, :source, :now)
                ON CONFLICT (jurisdiction_code) DO UPDATE SET residents = EXCLUDED.residents,
                    as_of_year = EXCLUDED.as_of_year, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at
                """)
                .param("code", population.jurisdictionCode()).param("residents", population.residents())
                .param("year", population.asOfYear()).param("source", population.source())
                .param("now", Timestamp.from(now))
                .update();
    }
}
