package cn.incubator.registry.weekly;

import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.scope.ScopeFilters;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import cn.incubator.registry.organization.Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Weekly activities, their clashes and checks. An activity is in a caller's scope when its place is, or when its
 * organization is (an organization sees its own activities held elsewhere).
 */
@Repository
class WeeklyActivityRepository {

    private static final String COLUMNS = """
            a.id, a.organization_id, a.organization_name, a.organization_category, a.organization_jurisdiction_code,
            a.title, a.starts_at, a.ends_at, a.place, a.jurisdiction_code, a.expected_attendees, a.volunteers,
            a.volunteer_team, a.contact_name, a.contact_phone, a.submitted_at, a.submitted_by, a.deadline, a.late,
            a.corrected_at, a.withdrawn_at""";

    /** Withdrawn reports are kept for the record but are no longer part of any week. */
    private static final String CURRENT = "a.withdrawn_at IS NULL";

    private final JdbcClient jdbc;

    WeeklyActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static ScopeFilter visible(DataScope scope, String alias) {
        return ScopeFilters.anyOf(scope.filter(alias + ".jurisdiction_code", alias + ".organization_id"),
                scope.filter(alias + ".organization_jurisdiction_code", alias + ".organization_id"));
    }

    void insert(WeeklyActivity a) {
        ActivitySlot slot = a.slot();
        ActivityWeek week = a.week();
        jdbc.sql("""
                INSERT INTO weekly_activity (id, organization_id, organization_name, organization_category,
                    organization_jurisdiction_code, title, starts_at, ends_at, week_year, week_number, place, place_key,
                    jurisdiction_code, expected_attendees, volunteers, volunteer_team, team_key, contact_name,
                    contact_phone, submitted_at, submitted_by, deadline, late)
                VALUES (:id, :organizationId, :organizationName, :category, :organizationJurisdiction, :title, :startsAt,
                    :endsAt, :weekYear, :weekNumber, :place, :placeKey, :jurisdiction, :expected, :volunteers, :team,
                    :teamKey, :contactName, :contactPhone, :submittedAt, :submittedBy, :deadline, :late)
                """)
                .param("id", a.id())
                .param("organizationId", a.organizationId())
                .param("organizationName", a.organizationName())
                .param("category", a.organizationCategory().name())
                .param("organizationJurisdiction", a.organizationJurisdiction().code())
                .param("title", a.title())
                .param("startsAt", Timestamp.from(a.startsAt()))
                .param("endsAt", Timestamp.from(a.endsAt()))
                .param("weekYear", week.year())
                .param("weekNumber", week.week())
                .param("place", a.place())
                .param("placeKey", slot.placeKey())
                .param("jurisdiction", a.jurisdiction().code())
                .param("expected", a.expectedAttendees())
                .param("volunteers", a.volunteers())
                .param("team", a.volunteerTeam())
                .param("teamKey", slot.teamKey())
                .param("contactName", a.contactName())
                .param("contactPhone", a.contactPhone())
                .param("submittedAt", Timestamp.from(a.submittedAt()))
                .param("submittedBy", a.submittedBy())
                .param("deadline", Timestamp.from(a.deadline()))
                .param("late", a.late())
                .update();
    }

    /**
     * Serializes submissions for the same place or team until the transaction ends, so two organizations reporting
     * the same square at the same moment cannot both miss each other's activity. Locks are taken in key order, so
     * two submissions never wait on each other in a cycle.
     */
    void lockSlot(ActivitySlot slot) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add("place:" + slot.jurisdictionCode() + ":" + slot.placeKey());
        if (slot.teamKey() != null) {
            keys.add("team:" + slot.teamKey());
        }
        jdbc.sql("SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT hashtextextended(x, 0) AS k"
                        + " FROM unnest(CAST(:keys AS text[])) AS x ORDER BY 1) AS ordered")
                .param("keys", keys.toArray(String[]::new))
                .query(Long.class).single();
    }

    /**
     * Activities of any organization overlapping the slot at its place or with its team: clash detection must look
     * beyond the caller's scope, as the clash is with someone else's activity.
     */
    List<WeeklyActivity> clashCandidates(UUID self, ActivitySlot slot) {
        String samePlace = "(a.place_key = :placeKey AND a.jurisdiction_code = :jurisdiction)";
        Map<String, Object> slotParams = new HashMap<>(Map.of("placeKey", slot.placeKey(), "jurisdiction",
                slot.jurisdictionCode()));
        if (slot.teamKey() != null) {
            slotParams.put("teamKey", slot.teamKey());
        }
        return Query.of("SELECT " + COLUMNS + " FROM weekly_activity a")
                .where(Where.unscoped()
                        .and(CURRENT)
                        .and("a.id <> :self", "self", self)
                        .and("a.starts_at < :end AND a.ends_at > :start", Map.of("start",
                                Timestamp.from(slot.start()), "end", Timestamp.from(slot.end())))
                        .and(slot.teamKey() == null ? samePlace : samePlace + " OR a.team_key = :teamKey", slotParams))
                .orderBy("a.submitted_at, a.id")
                .on(jdbc)
                .query(WeeklyActivityRepository::map).list();
    }

    /** A current report of the organization identical to this one (title, time and place), if any. */
    Optional<UUID> sameReport(UUID self, UUID organizationId, String title, Instant startsAt, Instant endsAt,
            String placeKey, String jurisdictionCode) {
        return jdbc.sql("""
                SELECT a.id FROM weekly_activity a
                WHERE a.withdrawn_at IS NULL AND a.organization_id = :organization AND a.starts_at = :start
                  AND a.ends_at = :end AND a.title = :title AND a.place_key = :placeKey
                  AND a.jurisdiction_code = :jurisdiction AND a.id <> :self
                ORDER BY a.submitted_at LIMIT 1
                """)
                .param("organization", organizationId).param("start", Timestamp.from(startsAt))
                .param("end", Timestamp.from(endsAt)).param("title", title).param("placeKey", placeKey)
                .param("jurisdiction", jurisdictionCode).param("self", self)
                .query(UUID.class).optional();
    }

    /** Replaces what was reported of an activity (its organization, submission and deadline stay). */
    void correct(WeeklyActivity a, Instant correctedAt) {
        ActivitySlot slot = a.slot();
        ActivityWeek week = a.week();
        jdbc.sql("""
                UPDATE weekly_activity SET title = :title, starts_at = :startsAt, ends_at = :endsAt,
                    week_year = :weekYear, week_number = :weekNumber, place = :place, place_key = :placeKey,
                    jurisdiction_code = :jurisdiction, expected_attendees = :expected, volunteers = :volunteers,
                    volunteer_team = :team, team_key = :teamKey, contact_name = :contactName,
                    contact_phone = :contactPhone, deadline = :deadline, late = :late, corrected_at = :correctedAt
                WHERE id = :id
                """)
                .param("id", a.id()).param("title", a.title())
                .param("startsAt", Timestamp.from(a.startsAt())).param("endsAt", Timestamp.from(a.endsAt()))
                .param("weekYear", week.year()).param("weekNumber", week.week())
                .param("place", a.place()).param("placeKey", slot.placeKey())
                .param("jurisdiction", a.jurisdiction().code()).param("expected", a.expectedAttendees())
                .param("volunteers", a.volunteers()).param("team", a.volunteerTeam()).param("teamKey", slot.teamKey())
                .param("contactName", a.contactName()).param("contactPhone", a.contactPhone())
                .param("deadline", Timestamp.from(a.deadline())).param("late", a.late())
                .param("correctedAt", Timestamp.from(correctedAt))
                .update();
    }

    void withdraw(UUID id, String username, Instant at) {
        jdbc.sql("UPDATE weekly_activity SET withdrawn_at = :at, withdrawn_by = :by WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).param("by", username).update();
    }

    /** The clashes of an activity that was corrected or withdrawn: they are detected again, or are gone. */
    void removeClashes(UUID activityId) {
        jdbc.sql("DELETE FROM activity_clash WHERE activity_id = :id OR other_activity_id = :id")
                .param("id", activityId).update();
    }

    void insertClash(UUID id, ClashKind kind, UUID earlier, UUID later, Instant detectedAt) {
        jdbc.sql("""
                INSERT INTO activity_clash (id, kind, activity_id, other_activity_id, detected_at)
                VALUES (:id, :kind, :earlier, :later, :detectedAt) ON CONFLICT DO NOTHING
                """)
                .param("id", id).param("kind", kind.name()).param("earlier", earlier).param("later", later)
                .param("detectedAt", Timestamp.from(detectedAt))
                .update();
    }

    Optional<WeeklyActivity> find(UUID id, DataScope scope) {
        return Query.of("SELECT " + COLUMNS + " FROM weekly_activity a")
                .where(Where.of(visible(scope, "a")).and("a.id = :id", "id", id))
                .on(jdbc)
                .query(WeeklyActivityRepository::map).optional();
    }

    /** The whole week (for the export). */
    List<WeeklyActivity> list(ActivityWeek week, Jurisdiction within, UUID organizationId, DataScope scope) {
        return ofWeek(week, within, organizationId, scope).on(jdbc).query(WeeklyActivityRepository::map).list();
    }

    /** One page of the week, in the same order. */
    Page<WeeklyActivity> list(ActivityWeek week, Jurisdiction within, UUID organizationId, DataScope scope,
            PageRequest page) {
        return ofWeek(week, within, organizationId, scope).page(page, jdbc, WeeklyActivityRepository::map);
    }

    private Query ofWeek(ActivityWeek week, Jurisdiction within, UUID organizationId, DataScope scope) {
        return Query.of("SELECT " + COLUMNS + " FROM weekly_activity a")
                .where(ofWeek(week, within, scope)
                        .andIfPresent("a.organization_id = :organizationId", "organizationId", organizationId))
                .orderBy("a.starts_at, a.id");
    }

    /**
     * Clashes in which the caller can see at least one of the two activities, optionally of one week and with at
     * least one of the two held in a subtree.
     */
    List<WeeklyViews.Clash> clashes(DataScope scope, UUID activityId, ActivityWeek week, Jurisdiction within) {
        Map<String, Object> weekParams = week == null ? Map.of() : Map.of("year", week.year(), "week", week.week());
        return Query.of("""
                SELECT c.id, c.kind, c.detected_at,
                       a.id AS a_id, a.organization_id AS a_org, a.organization_name AS a_org_name, a.title AS a_title,
                       a.starts_at AS a_start, a.ends_at AS a_end, a.place AS a_place, a.jurisdiction_code AS a_j,
                       a.volunteer_team AS a_team,
                       b.id AS b_id, b.organization_id AS b_org, b.organization_name AS b_org_name, b.title AS b_title,
                       b.starts_at AS b_start, b.ends_at AS b_end, b.place AS b_place, b.jurisdiction_code AS b_j,
                       b.volunteer_team AS b_team
                FROM activity_clash c
                JOIN weekly_activity a ON a.id = c.activity_id
                JOIN weekly_activity b ON b.id = c.other_activity_id""")
                .where(Where.of(ScopeFilters.anyOf(visible(scope, "a"), visible(scope, "b")))
                        .and("a.withdrawn_at IS NULL AND b.withdrawn_at IS NULL")
                        .andIf(within != null, "a.jurisdiction_code LIKE :within OR b.jurisdiction_code LIKE :within",
                                within == null ? Map.of() : Map.of("within", within.significantPrefix() + "%"))
                        .andIfPresent("c.activity_id = :activity OR c.other_activity_id = :activity", "activity",
                                activityId)
                        .andIf(week != null, "(a.week_year = :year AND a.week_number = :week)"
                                + " OR (b.week_year = :year AND b.week_number = :week)", weekParams))
                .orderBy("c.detected_at, c.id")
                .on(jdbc)
                .query((rs, n) -> new WeeklyViews.Clash(
                rs.getObject("id", UUID.class), ClashKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("detected_at").toInstant(), summary(rs, "a_"), summary(rs, "b_"))).list();
    }

    void insertCheck(WeeklyViews.Check check) {
        jdbc.sql("""
                INSERT INTO activity_check (id, activity_id, method, checked_by, checked_at, result, actual_attendance,
                                            note, recorded_by, recorded_at)
                VALUES (:id, :activity, :method, :checkedBy, :checkedAt, :result, :actual, :note, :recordedBy,
                        :recordedAt)
                """)
                .param("id", check.id()).param("activity", check.activityId()).param("method", check.method().name())
                .param("checkedBy", check.checkedBy()).param("checkedAt", Timestamp.from(check.checkedAt()))
                .param("result", check.result().name()).param("actual", check.actualAttendance())
                .param("note", check.note()).param("recordedBy", check.recordedBy())
                .param("recordedAt", Timestamp.from(check.recordedAt()))
                .update();
    }

    List<WeeklyViews.Check> checks(UUID activityId) {
        return jdbc.sql("SELECT * FROM activity_check WHERE activity_id = :id ORDER BY checked_at, id")
                .param("id", activityId)
                .query((rs, n) -> new WeeklyViews.Check(rs.getObject("id", UUID.class),
                        rs.getObject("activity_id", UUID.class), CheckMethod.valueOf(rs.getString("method")),
                        rs.getString("checked_by"), rs.getTimestamp("checked_at").toInstant(),
                        CheckResult.valueOf(rs.getString("result")), (Integer) rs.getObject("actual_attendance"),
                        rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /**
     * Totals of one week's issue for a jurisdiction subtree: activities, expected attendees, late ones. (Its clashes
     * are counted from {@link #clashes}, so the issue and the clash list always agree.)
     */
    long[] weekTotals(ActivityWeek week, Jurisdiction within, DataScope scope) {
        return Query.of("SELECT count(*), coalesce(sum(a.expected_attendees), 0), count(*) FILTER (WHERE a.late)"
                        + " FROM weekly_activity a")
                .where(ofWeek(week, within, scope))
                .on(jdbc)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
    }

    /**
     * One week's activities grouped by a SQL expression (organization, category or district), largest first.
     *
     * @param key   expression of the group key
     * @param label expression of a label for the key, aggregated with {@code max}
     */
    List<WeeklyViews.Group> weekGroups(ActivityWeek week, Jurisdiction within, DataScope scope, String key,
            String label) {
        return Query.of("SELECT " + key + " AS key, max(" + label + ") AS label, count(*) AS activities,"
                        + " coalesce(sum(a.expected_attendees), 0) AS expected FROM weekly_activity a")
                .where(ofWeek(week, within, scope))
                .groupBy("1")
                .orderBy("activities DESC, expected DESC, key")
                .on(jdbc)
                .query((rs, n) -> new WeeklyViews.Group(rs.getString("key"), rs.getString("label"),
                        rs.getLong("activities"), rs.getLong("expected")))
                .list();
    }

    /** Visible activities of one week in a subtree. */
    private static Where ofWeek(ActivityWeek week, Jurisdiction within, DataScope scope) {
        return Where.of(visible(scope, "a"))
                .and(CURRENT)
                .and("a.week_year = :year AND a.week_number = :week", Map.of("year", week.year(), "week", week.week()))
                .andWithin("a.jurisdiction_code", "within", within);
    }

    /** Weekly issues, activities, attendees (actual where checked), expected attendees and checked activities. */
    long[] cumulative(Jurisdiction within, Instant from, Instant toExclusive, DataScope scope) {
        return Query.of("""
                SELECT count(DISTINCT (a.week_year, a.week_number)), count(*),
                       coalesce(sum(coalesce(c.actual_attendance, a.expected_attendees)), 0),
                       coalesce(sum(a.expected_attendees), 0), count(c.activity_id)
                FROM weekly_activity a""" + LATEST_CHECK)
                .where(period(within, from, toExclusive, scope))
                .on(jdbc)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
    }

    /** The period's activities and attendees week by week, counted as {@link #cumulative} counts them. */
    List<WeeklyViews.WeekFigures> byWeek(Jurisdiction within, Instant from, Instant toExclusive, DataScope scope) {
        return Query.of("""
                SELECT a.week_year, a.week_number, count(*) AS activities,
                       coalesce(sum(coalesce(c.actual_attendance, a.expected_attendees)), 0) AS attendees
                FROM weekly_activity a""" + LATEST_CHECK)
                .where(period(within, from, toExclusive, scope))
                .groupBy("a.week_year, a.week_number")
                .orderBy("a.week_year, a.week_number")
                .on(jdbc)
                .query((rs, n) -> {
                    ActivityWeek week = new ActivityWeek(rs.getInt("week_year"), rs.getInt("week_number"));
                    return new WeeklyViews.WeekFigures(week.toString(), week.monday(), rs.getLong("activities"),
                            rs.getLong("attendees"));
                })
                .list();
    }

    /** An activity's latest check with an actual attendance, if any (it counts instead of the expected attendees). */
    private static final String LATEST_CHECK = """

            LEFT JOIN LATERAL (SELECT k.activity_id, k.actual_attendance FROM activity_check k
                               WHERE k.activity_id = a.id AND k.actual_attendance IS NOT NULL
                               ORDER BY k.checked_at DESC LIMIT 1) c ON TRUE""";

    private static Where period(Jurisdiction within, Instant from, Instant toExclusive, DataScope scope) {
        return Where.of(visible(scope, "a"))
                .and(CURRENT)
                .andWithin("a.jurisdiction_code", "within", within)
                .and("a.starts_at >= :from AND a.starts_at < :to", Map.of("from", Timestamp.from(from),
                        "to", Timestamp.from(toExclusive)));
    }

    private static WeeklyViews.ActivitySummary summary(ResultSet rs, String p) throws SQLException {
        return new WeeklyViews.ActivitySummary(rs.getObject(p + "id", UUID.class), rs.getObject(p + "org", UUID.class),
                rs.getString(p + "org_name"), rs.getString(p + "title"), rs.getTimestamp(p + "start").toInstant(),
                rs.getTimestamp(p + "end").toInstant(), rs.getString(p + "place"), rs.getString(p + "j"),
                rs.getString(p + "team"));
    }

    private static WeeklyActivity map(ResultSet rs, int row) throws SQLException {
        return new WeeklyActivity(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"),
                Category.valueOf(rs.getString("organization_category")),
                Jurisdiction.of(rs.getString("organization_jurisdiction_code")),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("place"),
                Jurisdiction.of(rs.getString("jurisdiction_code")),
                rs.getInt("expected_attendees"),
                rs.getInt("volunteers"),
                rs.getString("volunteer_team"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("submitted_by"),
                rs.getTimestamp("deadline").toInstant(),
                rs.getBoolean("late"),
                instantOrNull(rs.getTimestamp("corrected_at")),
                instantOrNull(rs.getTimestamp("withdrawn_at")));
    }

    private static Instant instantOrNull(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
