package cn.incubator.training.handover;

import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.HandoverTables;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a handover moves of training's tables, in dependency order (docs/decisions.md, "Handover"). A write is scoped
 * by its record's place, and once the parent refuses the subtree's writes, whatever is scoped there must be on the new
 * node:
 * <ul>
 * <li>sessions (培训班次) the subtree holds, with their sittings, enrolments (a subtree's session takes the
 * enrolments of organizations from elsewhere with it; a subtree organization's enrolment in a session held above stays
 * with that session), check-in codes, attendance and certificates;</li>
 * <li>courses (课程) of the subtree with their courseware versions, unless a session or survey plan outside uses them;
 * a course above that a moved session or plan item uses is copied and kept;</li>
 * <li>training programmes of the subtree with their co-funding and coaching sessions, unless a session outside belongs
 * to them (then copied and kept, as one above a moved session is);</li>
 * <li>needs surveys (需求调查) of the subtree with their responses, answers and plan items; their questionnaires as
 * courses are;</li>
 * <li>timelines, whole, paged by {@code seq} (a kept course's or programme's stays on the parent too).</li>
 * </ul>
 *
 * <p>Not moved, as for every service: the outbox, the publication registry and the inbox state.
 */
@Configuration(proxyBeanMethods = false)
public class TrainingHandoverTables {

    static final String SESSIONS = "(SELECT s.id FROM training_session s WHERE s.jurisdiction_code LIKE :prefix)";
    static final String SURVEYS = "(SELECT v.id FROM survey v WHERE v.jurisdiction_code LIKE :prefix)";
    static final String COURSES_COPIED = "(SELECT c.id FROM course c WHERE c.jurisdiction_code LIKE :prefix OR c.id IN "
            + "(SELECT s.course_id FROM training_session s WHERE s.jurisdiction_code LIKE :prefix) OR c.id IN (SELECT "
            + "p.course_id FROM survey_plan_item p WHERE p.survey_id IN " + SURVEYS + "))";
    static final String COURSES_RETIRED = "(SELECT c.id FROM course c WHERE c.jurisdiction_code LIKE :prefix AND NOT "
            + "EXISTS (SELECT 1 FROM training_session s WHERE s.course_id = c.id AND s.jurisdiction_code NOT LIKE "
            + ":prefix) AND NOT EXISTS (SELECT 1 FROM survey_plan_item p JOIN survey v ON v.id = p.survey_id WHERE "
            + "p.course_id = c.id AND v.jurisdiction_code NOT LIKE :prefix))";
    static final String PROGRAMMES_COPIED = "(SELECT g.id FROM training_programme g WHERE g.jurisdiction_code LIKE "
            + ":prefix OR g.id IN (SELECT s.programme_id FROM training_session s WHERE s.jurisdiction_code LIKE "
            + ":prefix))";
    static final String PROGRAMMES_RETIRED = "(SELECT g.id FROM training_programme g WHERE g.jurisdiction_code LIKE "
            + ":prefix AND NOT EXISTS (SELECT 1 FROM training_session s WHERE s.programme_id = g.id AND "
            + "s.jurisdiction_code NOT LIKE :prefix))";
    static final String QUESTIONNAIRES_COPIED = "(SELECT q.id FROM questionnaire q WHERE q.jurisdiction_code LIKE "
            + ":prefix OR q.id IN (SELECT v.questionnaire_id FROM survey v WHERE v.jurisdiction_code LIKE :prefix))";
    static final String QUESTIONNAIRES_RETIRED = "(SELECT q.id FROM questionnaire q WHERE q.jurisdiction_code LIKE "
            + ":prefix AND NOT EXISTS (SELECT 1 FROM survey v WHERE v.questionnaire_id = q.id AND v.jurisdiction_code "
            + "NOT LIKE :prefix))";

    public static final HandoverTables TABLES = HandoverTables.of(
            HandoverTable.byId("course", "t.id IN " + COURSES_COPIED).retiring("t.id IN " + COURSES_RETIRED),
            HandoverTable.byId("courseware_version", "t.course_id IN " + COURSES_COPIED)
                    .retiring("t.course_id IN " + COURSES_RETIRED),
            HandoverTable.byId("training_programme", "t.id IN " + PROGRAMMES_COPIED)
                    .retiring("t.id IN " + PROGRAMMES_RETIRED),
            HandoverTable.byId("programme_co_funding", "t.programme_id IN " + PROGRAMMES_COPIED)
                    .retiring("t.programme_id IN " + PROGRAMMES_RETIRED),
            HandoverTable.byId("coaching_session", "t.programme_id IN " + PROGRAMMES_RETIRED),
            HandoverTable.byId("training_session", "t.jurisdiction_code LIKE :prefix"),
            byKey("session_sitting", List.of("session_id", "seq"), List.of("uuid", "int"),
                    "t.session_id IN " + SESSIONS),
            HandoverTable.byId("enrolment", "t.session_id IN " + SESSIONS),
            byKey("check_in_code", List.of("code"), List.of("text"), "t.session_id IN " + SESSIONS),
            byKey("attendance", List.of("session_id", "sitting_seq", "enrolment_id"), List.of("uuid", "int", "uuid"),
                    "t.session_id IN " + SESSIONS),
            HandoverTable.byId("certificate", "t.session_id IN " + SESSIONS),
            HandoverTable.byId("questionnaire", "t.id IN " + QUESTIONNAIRES_COPIED)
                    .retiring("t.id IN " + QUESTIONNAIRES_RETIRED),
            new HandoverTable("questionnaire_question", List.of("questionnaire_id", "question_key"),
                    List.of("uuid", "text"), List.of("questionnaire_id", "question_key"),
                    "t.questionnaire_id IN " + QUESTIONNAIRES_COPIED,
                    "t.questionnaire_id IN " + QUESTIONNAIRES_RETIRED),
            new HandoverTable("questionnaire_option", List.of("questionnaire_id", "question_key", "option_key"),
                    List.of("uuid", "text", "text"), List.of("questionnaire_id", "question_key", "option_key"),
                    "t.questionnaire_id IN " + QUESTIONNAIRES_COPIED,
                    "t.questionnaire_id IN " + QUESTIONNAIRES_RETIRED),
            HandoverTable.byId("survey", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("survey_response", "t.survey_id IN " + SURVEYS),
            byKey("survey_answer", List.of("response_id", "question_key"), List.of("uuid", "text"),
                    "t.response_id IN (SELECT r.id FROM survey_response r WHERE r.survey_id IN " + SURVEYS + ")"),
            byKey("survey_plan_item", List.of("survey_id", "jurisdiction_code", "area"),
                    List.of("uuid", "text", "text"), "t.survey_id IN " + SURVEYS),
            HandoverTable.timelines(Map.of(
                    "course", "SELECT c.id FROM course c WHERE c.id NOT IN " + COURSES_RETIRED,
                    "training-programme", "SELECT g.id FROM training_programme g WHERE g.id NOT IN "
                            + PROGRAMMES_RETIRED,
                    "training-session", "SELECT s.id FROM training_session s WHERE s.id NOT IN " + SESSIONS,
                    "certificate", "SELECT x.id FROM certificate x WHERE x.session_id NOT IN " + SESSIONS,
                    "survey", "SELECT v.id FROM survey v WHERE v.id NOT IN " + SURVEYS)));

    /** A table keyed by its primary key's columns, moved (copied and retired) where {@code subtree} holds. */
    private static HandoverTable byKey(String name, List<String> key, List<String> types, String subtree) {
        return new HandoverTable(name, key, types, key, subtree, subtree);
    }

    /** Opts training into the platform's handover (its API, job and export). */
    @Bean
    HandoverTables handoverTables() {
        return TABLES;
    }
}
