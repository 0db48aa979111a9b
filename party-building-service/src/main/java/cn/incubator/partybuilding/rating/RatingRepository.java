package cn.incubator.partybuilding.rating;

import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The checklist, star ratings and model selections. Ratings are read through the case scope. */
@Repository
class RatingRepository {

    private static final TypeReference<LinkedHashMap<String, Integer>> POINTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RatingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Checklist activeChecklist() {
        record Head(long id, String name, List<Integer> thresholds) {
        }
        Head head = jdbc.sql("SELECT id, name, star_thresholds FROM rating_checklist WHERE active")
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("name"), ints(rs.getArray("star_thresholds"))))
                .single();
        List<Checklist.Item> items = jdbc.sql("""
                SELECT code, title, max_points FROM checklist_item WHERE checklist_id = :id ORDER BY position
                """)
                .param("id", head.id())
                .query((rs, n) -> new Checklist.Item(rs.getString("code"), rs.getString("title"),
                        rs.getInt("max_points")))
                .list();
        return new Checklist(head.id(), head.name(), items, new StarScale(head.thresholds()));
    }

    /** Makes a new checklist the active one; ratings already given keep the sheet they were scored on. */
    long replaceChecklist(String name, StarScale scale, List<Checklist.Item> items, String by) {
        jdbc.sql("UPDATE rating_checklist SET active = FALSE WHERE active").update();
        long id = jdbc.sql("""
                INSERT INTO rating_checklist (name, star_thresholds, active, created_by, created_at)
                VALUES (:name, :thresholds, TRUE, :by, now()) RETURNING id
                """)
                .param("name", name)
                .param("thresholds", scale.thresholds().toArray(Integer[]::new))
                .param("by", by)
                .query(Long.class)
                .single();
        for (int i = 0; i < items.size(); i++) {
            Checklist.Item item = items.get(i);
            jdbc.sql("""
                    INSERT INTO checklist_item (checklist_id, position, code, title, max_points)
                    VALUES (:id, :position, :code, :title, :max)
                    """)
                    .param("id", id)
                    .param("position", i + 1)
                    .param("code", item.code())
                    .param("title", item.title())
                    .param("max", item.maxPoints())
                    .update();
        }
        return id;
    }

    boolean rated(UUID organizationId, int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM star_rating WHERE organization_id = :org AND year = :year)")
                .param("org", organizationId)
                .param("year", year)
                .query(Boolean.class)
                .single();
    }

    void insert(StarRating rating, long checklistId) {
        jdbc.sql("""
                INSERT INTO star_rating (id, case_id, organization_id, jurisdiction_code, year, checklist_id,
                                         checklist_name, points, score, max_score, stars, rated_by, rated_at)
                VALUES (:id, :case, :org, :jurisdiction, :year, :checklistId, :checklist, CAST(:points AS jsonb),
                        :score, :max, :stars, :by, :at)
                """)
                .param("id", rating.id())
                .param("case", rating.caseId())
                .param("org", rating.organizationId())
                .param("jurisdiction", rating.jurisdictionCode())
                .param("year", rating.year())
                .param("checklistId", checklistId)
                .param("checklist", rating.checklist())
                .param("points", json.writeValueAsString(rating.points()))
                .param("score", rating.score())
                .param("max", rating.maxScore())
                .param("stars", rating.stars())
                .param("by", rating.ratedBy())
                .param("at", Timestamp.from(rating.ratedAt()))
                .update();
    }

    List<StarRating> forCase(UUID caseId) {
        return jdbc.sql(SELECT_RATING + " WHERE r.case_id = :case ORDER BY r.year DESC")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    /** The organization's rating for the year, or its latest when {@code year} is null, if the caller may see it. */
    Optional<StarRating> forOrganization(UUID organizationId, Integer year, CaseScope scope) {
        return Query.of(SELECT_RATING)
                .where(Where.of(scope.filter("c"))
                        .and("r.organization_id = :org", "org", organizationId)
                        .andIfPresent("r.year = :year", "year", year))
                .orderBy("r.year DESC")
                .limit(1)
                .on(jdbc)
                .query(this::map)
                .optional();
    }

    /**
     * The latest rating of each organization asked for that the caller may see; one query however many are asked, so
     * a grant round can rank hundreds of proposals with one call.
     */
    List<StarRating> latestFor(List<UUID> organizationIds, CaseScope scope) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return Query.of("SELECT DISTINCT ON (r.organization_id) r.*, c.organization_name, r.points::text AS points_json"
                        + " FROM star_rating r JOIN party_case c ON c.id = r.case_id")
                .where(Where.of(scope.filter("c"))
                        .and("r.organization_id = ANY(:orgs)", "orgs", organizationIds.toArray(UUID[]::new)))
                .orderBy("r.organization_id, r.year DESC, r.rated_at DESC")
                .on(jdbc)
                .query(this::map)
                .list();
    }

    void insertSelection(ModelSelection selection) {
        jdbc.sql("""
                INSERT INTO model_selection (id, case_id, year, title, awarded_by, recorded_by, recorded_at)
                VALUES (:id, :case, :year, :title, :awardedBy, :by, :at)
                """)
                .param("id", selection.id())
                .param("case", selection.caseId())
                .param("year", selection.year())
                .param("title", selection.title())
                .param("awardedBy", selection.awardedBy())
                .param("by", selection.recordedBy())
                .param("at", Timestamp.from(selection.recordedAt()))
                .update();
    }

    List<ModelSelection> selections(UUID caseId) {
        return jdbc.sql("SELECT * FROM model_selection WHERE case_id = :case ORDER BY year DESC, recorded_at DESC")
                .param("case", caseId)
                .query((rs, n) -> new ModelSelection(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getInt("year"), rs.getString("title"), rs.getString("awarded_by"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static final String SELECT_RATING = """
            SELECT r.*, c.organization_name, r.points::text AS points_json
            FROM star_rating r JOIN party_case c ON c.id = r.case_id
            """;

    private StarRating map(ResultSet rs, int row) throws SQLException {
        return new StarRating(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                rs.getString("jurisdiction_code"), rs.getInt("year"), rs.getString("checklist_name"),
                json.readValue(rs.getString("points_json"), POINTS), rs.getInt("score"), rs.getInt("max_score"),
                rs.getInt("stars"), rs.getString("rated_by"), rs.getTimestamp("rated_at").toInstant());
    }

    private static List<Integer> ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return new ArrayList<>(Arrays.stream(values).map(v -> ((Number) v).intValue()).toList());
    }
}
