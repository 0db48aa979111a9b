package cn.incubator.training.survey;

import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import cn.incubator.training.course.CourseArea;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SurveyRepository {

    private static final String SURVEY = """
            SELECT s.id, s.questionnaire_id, q.title AS questionnaire_title, s.jurisdiction_code, s.title, s.opens_at,
                   s.closes_at, s.status, s.created_by, s.created_at, s.updated_at,
                   (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id AND %s) AS responses
            FROM survey s JOIN questionnaire q ON q.id = s.questionnaire_id""";

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- questionnaires

    void insert(Questionnaire q) {
        jdbc.sql("""
                INSERT INTO questionnaire (id, jurisdiction_code, title, description, created_by, created_at)
                VALUES (:id, :j, :title, :description, :by, :at)""")
                .param("id", q.id()).param("j", q.jurisdictionCode()).param("title", q.title())
                .param("description", q.description()).param("by", q.createdBy())
                .param("at", Timestamp.from(q.createdAt()))
                .update();
        int position = 0;
        for (Questionnaire.Question question : q.questions()) {
            jdbc.sql("""
                    INSERT INTO questionnaire_question (questionnaire_id, question_key, position, prompt, kind, required,
                                                        topic, area, scale_min, scale_max)
                    VALUES (:q, :key, :position, :prompt, :kind, :required, :topic, :area, :min, :max)""")
                    .param("q", q.id()).param("key", question.key()).param("position", ++position)
                    .param("prompt", question.text()).param("kind", question.kind().name())
                    .param("required", question.required()).param("topic", question.topic())
                    .param("area", question.area() == null ? null : question.area().name())
                    .param("min", question.scaleMin()).param("max", question.scaleMax())
                    .update();
            int optionPosition = 0;
            for (Questionnaire.Option option : question.options()) {
                jdbc.sql("""
                        INSERT INTO questionnaire_option (questionnaire_id, question_key, option_key, position, label,
                                                          topic, area)
                        VALUES (:q, :question, :key, :position, :label, :topic, :area)""")
                        .param("q", q.id()).param("question", question.key()).param("key", option.key())
                        .param("position", ++optionPosition).param("label", option.label())
                        .param("topic", option.topic())
                        .param("area", option.area() == null ? null : option.area().name())
                        .update();
            }
        }
    }

    Optional<Questionnaire> findQuestionnaire(UUID id, ScopeFilter visible) {
        return Query.of("SELECT id, jurisdiction_code, title, description, created_by, created_at FROM questionnaire")
                .where(Where.of(visible).and("id = :id", "id", id))
                .on(jdbc).query(this::questionnaire).optional();
    }

    List<Questionnaire> listQuestionnaires(ScopeFilter visible) {
        return Query.of("SELECT id, jurisdiction_code, title, description, created_by, created_at FROM questionnaire")
                .where(Where.of(visible))
                .orderBy("created_at DESC, id")
                .limit(500)
                .on(jdbc).query(this::questionnaire).list();
    }

    private Questionnaire questionnaire(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Questionnaire(id, rs.getString("jurisdiction_code"), rs.getString("title"),
                rs.getString("description"), questions(id), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private List<Questionnaire.Question> questions(UUID questionnaire) {
        Map<String, List<Questionnaire.Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT question_key, option_key, label, topic, area FROM questionnaire_option
                WHERE questionnaire_id = :q ORDER BY question_key, position""")
                .param("q", questionnaire)
                .query((rs, n) -> {
                    options.computeIfAbsent(rs.getString("question_key"), k -> new ArrayList<>())
                            .add(new Questionnaire.Option(rs.getString("option_key"), rs.getString("label"),
                                    rs.getString("topic"), area(rs.getString("area"))));
                    return null;
                }).list();
        return jdbc.sql("""
                SELECT question_key, prompt, kind, required, topic, area, scale_min, scale_max
                FROM questionnaire_question WHERE questionnaire_id = :q ORDER BY position""")
                .param("q", questionnaire)
                .query((rs, n) -> new Questionnaire.Question(rs.getString("question_key"), rs.getString("prompt"),
                        QuestionKind.valueOf(rs.getString("kind")), rs.getBoolean("required"), rs.getString("topic"),
                        area(rs.getString("area")), rs.getObject("scale_min", Integer.class),
                        rs.getObject("scale_max", Integer.class),
                        List.copyOf(options.getOrDefault(rs.getString("question_key"), List.of()))))
                .list();
    }

    // --- surveys

    void insert(Survey s) {
        jdbc.sql("""
                INSERT INTO survey (id, questionnaire_id, jurisdiction_code, title, opens_at, closes_at, status,
                                    created_by, created_at, updated_at)
                VALUES (:id, :q, :j, :title, :opens, :closes, :status, :by, :at, :at)""")
                .param("id", s.id()).param("q", s.questionnaireId()).param("j", s.jurisdictionCode())
                .param("title", s.title()).param("opens", Timestamp.from(s.opensAt()))
                .param("closes", Timestamp.from(s.closesAt())).param("status", s.status().name())
                .param("by", s.createdBy()).param("at", Timestamp.from(s.createdAt()))
                .update();
    }

    /**
     * @param responses which responses the caller sees (their count)
     * @param lock      take the survey's row lock ({@code FOR UPDATE}) first, so a status change and the answers
     *                  queue behind each other
     */
    Optional<Survey> findSurvey(UUID id, ScopeFilter visible, ScopeFilter responses, boolean lock) {
        if (lock && Query.of("SELECT s.id FROM survey s").where(Where.of(visible).and("s.id = :id", "id", id))
                .then("FOR UPDATE").on(jdbc).query(UUID.class).list().isEmpty()) {
            return Optional.empty();
        }
        return surveys(visible, responses).where(Where.of(visible).and("s.id = :id", "id", id))
                .on(jdbc).query(SurveyRepository::survey).optional();
    }

    List<Survey> listSurveys(ScopeFilter visible, ScopeFilter responses, SurveyStatus status) {
        return surveys(visible, responses)
                .where(Where.of(visible).andIfPresent("s.status = :status", "status",
                        status == null ? null : status.name()))
                .orderBy("s.opens_at DESC, s.id")
                .limit(500)
                .on(jdbc).query(SurveyRepository::survey).list();
    }

    private static Query surveys(ScopeFilter visible, ScopeFilter responses) {
        Query query = Query.of(SURVEY.formatted(responses.sql()));
        responses.params().forEach(query::param);
        return query;
    }

    /**
     * Open surveys whose close time is not after {@code now}, oldest first, at most {@code limit}, locked
     * ({@code FOR UPDATE SKIP LOCKED}): another instance's job, or staff closing one by hand, holds the rows it works
     * on, and this caller skips them instead of waiting and closing them twice.
     */
    List<UUID> lockOpenPastClose(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM survey
                WHERE status = 'OPEN' AND closes_at <= :now
                ORDER BY closes_at, id
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(UUID.class).list();
    }

    void updateStatus(UUID id, SurveyStatus status, Instant at) {
        jdbc.sql("UPDATE survey SET status = :status, updated_at = :at WHERE id = :id")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(at))
                .update();
    }

    private static Survey survey(ResultSet rs, int row) throws SQLException {
        return new Survey(rs.getObject("id", UUID.class), rs.getObject("questionnaire_id", UUID.class),
                rs.getString("questionnaire_title"), rs.getString("jurisdiction_code"), rs.getString("title"),
                rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                SurveyStatus.valueOf(rs.getString("status")), rs.getInt("responses"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    // --- responses

    /** @return false when the organization has answered the survey already */
    boolean insert(SurveyResponse r) {
        int inserted = jdbc.sql("""
                INSERT INTO survey_response (id, survey_id, organization_id, organization_jurisdiction, answered_by,
                                             answered_at)
                VALUES (:id, :s, :org, :j, :by, :at)
                ON CONFLICT (survey_id, organization_id) DO NOTHING""")
                .param("id", r.id()).param("s", r.surveyId()).param("org", r.organizationId())
                .param("j", r.organizationJurisdiction()).param("by", r.answeredBy())
                .param("at", Timestamp.from(r.answeredAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (Answer a : r.answers()) {
            jdbc.sql("""
                    INSERT INTO survey_answer (response_id, question_key, option_keys, scale_value, text_value)
                    VALUES (:r, :q, CAST(:options AS TEXT[]), :scale, :text)""")
                    .param("r", r.id()).param("q", a.question())
                    .param("options", a.options().isEmpty() ? null
                            : a.options().stream().collect(Collectors.joining(",", "{", "}")))
                    .param("scale", a.scale()).param("text", a.text())
                    .update();
        }
        return true;
    }

    List<SurveyResponse> responses(UUID survey, ScopeFilter scope) {
        List<SurveyResponse> heads = Query.of("""
                        SELECT r.id, r.survey_id, r.organization_id, r.organization_jurisdiction, r.answered_by,
                               r.answered_at FROM survey_response r""")
                .where(Where.of(scope).and("r.survey_id = :s", "s", survey))
                .orderBy("r.answered_at, r.id")
                .limit(2000)
                .on(jdbc).query((rs, n) -> new SurveyResponse(rs.getObject("id", UUID.class),
                        rs.getObject("survey_id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getString("organization_jurisdiction"), rs.getString("answered_by"),
                        rs.getTimestamp("answered_at").toInstant(), List.of()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<UUID, List<Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.response_id, a.question_key, a.option_keys, a.scale_value, a.text_value
                FROM survey_answer a WHERE a.response_id IN (:ids)""")
                .param("ids", heads.stream().map(SurveyResponse::id).toList())
                .query((rs, n) -> {
                    answers.computeIfAbsent(rs.getObject("response_id", UUID.class), k -> new ArrayList<>())
                            .add(new Answer(rs.getString("question_key"), strings(rs.getArray("option_keys")),
                                    rs.getObject("scale_value", Integer.class), rs.getString("text_value")));
                    return null;
                }).list();
        return heads.stream().map(h -> h.withAnswers(answers.getOrDefault(h.id(), List.of()))).toList();
    }

    /** The answers of the responses in the scope, as the aggregation reads them (texts only as given or not). */
    List<SurveyResults.Row> rows(UUID survey, ScopeFilter scope) {
        return Query.of("""
                        SELECT r.id, a.question_key, a.option_keys, a.scale_value, a.text_value IS NOT NULL AS text
                        FROM survey_response r JOIN survey_answer a ON a.response_id = r.id""")
                .where(Where.of(scope).and("r.survey_id = :s", "s", survey))
                .on(jdbc).query((rs, n) -> new SurveyResults.Row(rs.getObject("id", UUID.class),
                        rs.getString("question_key"), strings(rs.getArray("option_keys")),
                        rs.getObject("scale_value", Integer.class), rs.getBoolean("text")))
                .list();
    }

    /** Responses in the scope per street (the first nine digits of the organization's code, padded). */
    Map<String, Long> respondedByStreet(UUID survey, ScopeFilter scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Query.of("""
                        SELECT substr(r.organization_jurisdiction, 1, 9) || '000' AS street, count(*) AS responded
                        FROM survey_response r""")
                .where(Where.of(scope).and("r.survey_id = :s", "s", survey)
                        .and("substr(r.organization_jurisdiction, 7, 3) <> '000'"))
                .groupBy("1")
                .on(jdbc).query((rs, n) -> counts.put(rs.getString("street"), rs.getLong("responded"))).list();
        return counts;
    }

    // --- course plans

    boolean planAccepted(UUID survey, String jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM survey_plan_item WHERE survey_id = :s AND jurisdiction_code = :j")
                .param("s", survey).param("j", jurisdiction).query(Long.class).single() > 0;
    }

    /** The courses accepted from the survey for each area, for the place. */
    Map<CourseArea, UUID> acceptedCourses(UUID survey, String jurisdiction) {
        Map<CourseArea, UUID> courses = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT area, course_id FROM survey_plan_item WHERE survey_id = :s AND jurisdiction_code = :j
                ORDER BY plan_rank""")
                .param("s", survey).param("j", jurisdiction)
                .query((rs, n) -> courses.put(CourseArea.valueOf(rs.getString("area")),
                        rs.getObject("course_id", UUID.class)))
                .list();
        return courses;
    }

    void insertPlanItem(UUID survey, String jurisdiction, CoursePlan.Item item, UUID course, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO survey_plan_item (survey_id, jurisdiction_code, area, plan_rank, respondents, share,
                                              scale_mean, course_id, accepted_by, accepted_at)
                VALUES (:s, :j, :area, :rank, :respondents, :share, :mean, :course, :by, :at)""")
                .param("s", survey).param("j", jurisdiction).param("area", item.area().name())
                .param("rank", item.rank()).param("respondents", item.respondents()).param("share", item.share())
                .param("mean", item.scaleMean()).param("course", course).param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static CourseArea area(String value) {
        return value == null ? null : CourseArea.valueOf(value);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
