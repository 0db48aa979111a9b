package cn.incubator.grants.review;

import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.RubricCriterion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Ranks the demo rounds (排序与分配) with the service's own rule, {@link AllocationService#rankAndAllocate}, from the
 * proposals, panels and expert score sheets that {@code db/demo/R__demo_grants_rounds.sql} loads, and stores the
 * result as the service does ({@link ReviewRepository#replaceAllocation}). So the figures the README and the domain
 * brief quote (Ejin Horo's 12 of 52 sharing 440,000.00; Ya'an's 800,000.00 of 1,310,000.00 requested; Xingsha's 8
 * micro-projects) are outputs of {@link Ranking} and {@link Allocation}, not typed in.
 *
 * <p>A repeatable Flyway migration that runs only with the demo data ({@link DemoData} adds it when
 * {@code classpath:db/demo} is among Flyway's locations). Its description sorts after the rounds script and before
 * the awards script, which turns the final rounds' funded lines into awards. Its checksum follows the rounds script,
 * so new sheets are ranked again.
 */
final class DemoRoundsRanking implements JavaMigration {

    static final String SCRIPT = "db/demo/R__demo_grants_rounds.sql";

    /**
     * The demo rounds and the organizations that had the round's priority when it ranked: in the running service
     * party-building and incubation answer this over gRPC (their star ratings and graduations then); for rounds
     * ranked years ago the answer is part of the record. Xingsha's organizations 1 and 3 held four stars.
     */
    static final Map<UUID, Set<UUID>> ROUNDS = Map.of(
            UUID.fromString("e1000000-2014-4000-8000-000000000002"), Set.of(),
            UUID.fromString("ea000000-2016-4000-8000-000000000002"), Set.of(),
            UUID.fromString("5a000000-2025-4000-8000-000000000002"), Set.of(
                    UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2001"),
                    UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002")));

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "demo grants rounds ranked";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(getClass().getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream script = getClass().getClassLoader().getResourceAsStream(SCRIPT)) {
            if (script == null) {
                throw new IllegalStateException(SCRIPT + " is not on the class path");
            }
            crc.update(script.readAllBytes());
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
        Connection connection = context.getConnection();
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        ReviewRepository reviews = new ReviewRepository(jdbc);
        ROUNDS.forEach((roundId, prioritized) -> rank(jdbc, reviews, roundId, prioritized));
    }

    private static void rank(JdbcClient jdbc, ReviewRepository reviews, UUID roundId, Set<UUID> prioritized) {
        Map<String, Object> round = jdbc.sql("""
                SELECT programme_id, award_cap, priority_bonus, partial_last_grant FROM grant_round WHERE id = :id
                """).param("id", roundId).query().singleRow();
        UUID programmeId = (UUID) round.get("programme_id");
        List<RubricCriterion> rubric = jdbc.sql("""
                SELECT code, name, weight, max_score FROM round_criterion WHERE round_id = :id ORDER BY position
                """).param("id", roundId).query((rs, n) -> new RubricCriterion(rs.getString("code"),
                rs.getString("name"), rs.getBigDecimal("weight"), rs.getInt("max_score"))).list();
        Map<String, BigDecimal> planCaps = new HashMap<>();
        jdbc.sql("SELECT code, cap FROM programme_plan WHERE programme_id = :programme").param("programme", programmeId)
                .query(rs -> {
                    planCaps.put(rs.getString("code"), rs.getBigDecimal("cap"));
                });
        // what ranking needs of a passed proposal, the request being the sum of its budget lines (as the service has it)
        List<Proposal.Ranked> passed = jdbc.sql("""
                SELECT p.id, p.organization_id, p.jurisdiction_code, p.plan_code, SUM(b.amount) AS requested,
                       p.submitted_at
                FROM proposal p JOIN proposal_budget_line b ON b.proposal_id = p.id
                WHERE p.round_id = :id AND p.status = 'PASSED'
                GROUP BY p.id
                """).param("id", roundId).query((rs, n) -> new Proposal.Ranked(rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("jurisdiction_code"), rs.getString("plan_code"),
                rs.getBigDecimal("requested").setScale(2), rs.getTimestamp("submitted_at").toInstant())).list();
        // as the service computes it when the round ranks; on a later run the round's own awards (a final round's
        // lines become awards) are not money committed elsewhere
        BigDecimal ownAwards = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM award WHERE round_id = :id")
                .param("id", roundId).query(BigDecimal.class).single();
        BigDecimal available = reviews.pool(programmeId).subtract(reviews.committedByOtherRounds(programmeId, roundId))
                .add(ownAwards).max(BigDecimal.ZERO).setScale(2);
        AllocationService.Outcome outcome = AllocationService.rankAndAllocate(rubric,
                (BigDecimal) round.get("priority_bonus"), (BigDecimal) round.get("award_cap"),
                (Boolean) round.get("partial_last_grant"), planCaps, passed, reviews.panel(roundId),
                reviews.declaredConflicts(roundId), reviews.roundScores(roundId), prioritized, available);
        reviews.replaceAllocation(roundId, outcome.rows());
    }
}
