package cn.incubator.partybuilding.rating;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the demo star ratings (星级评定) with the service's own rule, {@link Checklist#score}, from the points the
 * committee gave on each checklist item, and stores them as the service does ({@link RatingRepository#insert}). So
 * the stars the README and the coverage report show (Xingsha's five-star branch) are outputs of the checklist and its
 * {@link StarScale}, not typed in.
 *
 * <p>A repeatable Flyway migration that runs only with the demo data ({@link DemoData} adds it when
 * {@code classpath:db/demo} is among Flyway's locations). Its description sorts after the party-building script,
 * which loads the cases these ratings belong to. A rating already stored (same organization and year) is kept.
 */
final class DemoStarRatings implements JavaMigration {

    /** One committee's score sheet: the case rated, the year, the points per checklist item, who rated. */
    record Sheet(UUID id, UUID caseId, int year, Map<String, Integer> points, String ratedBy) {
    }

    static final Instant RATED_AT = Instant.parse("2025-12-20T02:00:00Z");

    static final List<Sheet> SHEETS = List.of(
            // 星沙街道: the joint branch that became the county's “五化”建设示范党支部
            new Sheet(UUID.fromString("7e220000-0000-4000-8000-000000000001"),
                    UUID.fromString("7e1c0000-0000-4000-8000-000000000101"), 2025,
                    Map.of("ORGANIZATION_SETUP", 20, "ORGANIZATIONAL_LIFE", 19, "WORK_PROCEDURES", 18,
                            "POSITION_BUILDING", 18, "ROLE_MAXIMIZED", 17),
                    "county-officer"),
            // 伊金霍洛旗 (Ejin Horo): two of the incubation park's organizations
            new Sheet(UUID.fromString("7e220000-0000-4000-8000-000000000002"),
                    UUID.fromString("7e1c0000-0000-4000-8000-000000000002"), 2025,
                    Map.of("ORGANIZATION_SETUP", 18, "ORGANIZATIONAL_LIFE", 16, "WORK_PROCEDURES", 16,
                            "POSITION_BUILDING", 15, "ROLE_MAXIMIZED", 17),
                    "admin"),
            new Sheet(UUID.fromString("7e220000-0000-4000-8000-000000000003"),
                    UUID.fromString("7e1c0000-0000-4000-8000-000000000001"), 2025,
                    Map.of("ORGANIZATION_SETUP", 15, "ORGANIZATIONAL_LIFE", 14, "WORK_PROCEDURES", 14,
                            "POSITION_BUILDING", 13, "ROLE_MAXIMIZED", 16),
                    "admin"));

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "demo party building star ratings scored";
    }

    @Override
    public Integer getChecksum() {
        return SHEETS.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        RatingRepository ratings = new RatingRepository(jdbc, JsonMapper.builder().build());
        Checklist checklist = ratings.activeChecklist();
        for (Sheet sheet : SHEETS) {
            record RatedCase(UUID organizationId, String organizationName, String jurisdictionCode) {
            }
            RatedCase c = jdbc.sql("""
                    SELECT organization_id, organization_name, jurisdiction_code FROM party_case WHERE id = :id
                    """).param("id", sheet.caseId()).query(RatedCase.class).single();
            if (ratings.rated(c.organizationId(), sheet.year())) {
                continue;
            }
            Checklist.Result result = checklist.score(sheet.points());
            ratings.insert(new StarRating(sheet.id(), sheet.caseId(), c.organizationId(), c.organizationName(),
                    c.jurisdictionCode(), sheet.year(), checklist.name(), result.points(), result.score(),
                    result.maxScore(), result.stars(), sheet.ratedBy(), RATED_AT), checklist.id());
        }
    }
}
