package cn.incubator.training.survey;

import cn.incubator.training.course.CourseArea;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The needs questionnaire the tests answer: a multiple choice, a single choice, two scales, a free text. */
final class Questionnaires {

    private Questionnaires() {
    }

    static List<Questionnaire.Question> needsQuestions() {
        return List.of(
                new Questionnaire.Question("needs", "贵组织最需要哪些培训？", QuestionKind.MULTIPLE_CHOICE, true, null, null,
                        null, null, List.of(
                        new Questionnaire.Option("board", "理事会与章程", "理事会建设", CourseArea.CORPORATE_GOVERNANCE),
                        new Questionnaire.Option("bookkeeping", "票据与记账", "财务记账", CourseArea.FINANCE_AND_TAX),
                        new Questionnaire.Option("tax", "税务申报", "税务申报", CourseArea.FINANCE_AND_TAX),
                        new Questionnaire.Option("volunteers", "志愿者招募", "志愿者招募",
                                CourseArea.VOLUNTEER_MANAGEMENT))),
                new Questionnaire.Question("format", "希望的培训形式", QuestionKind.SINGLE_CHOICE, false, null, null, null,
                        null, List.of(new Questionnaire.Option("onsite", "线下", null, null),
                        new Questionnaire.Option("online", "线上", null, null))),
                new Questionnaire.Question("finance-urgency", "财税培训的迫切程度", QuestionKind.SCALE, true, "税务申报",
                        CourseArea.FINANCE_AND_TAX, 1, 5, List.of()),
                new Questionnaire.Question("governance-urgency", "法人治理培训的迫切程度", QuestionKind.SCALE, false,
                        "理事会建设", CourseArea.CORPORATE_GOVERNANCE, 1, 5, List.of()),
                new Questionnaire.Question("other", "其他建议", QuestionKind.TEXT, false, null, null, null, null,
                        List.of()));
    }

    static Questionnaire needs() {
        return new Questionnaire(UUID.randomUUID(), "430121000000", "社会组织能力建设需求调查", null, needsQuestions(),
                "county-base", Instant.parse("2026-03-01T00:00:00Z"));
    }
}
