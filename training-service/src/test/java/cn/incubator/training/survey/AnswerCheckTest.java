package cn.incubator.training.survey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import cn.incubator.training.course.CourseArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A response is checked against its questionnaire field by field, every problem named by its question. */
class AnswerCheckTest {

    private final Questionnaire questionnaire = Questionnaires.needs();

    @Test
    void aCompleteResponseHasNoProblem() {
        assertThat(AnswerCheck.problems(questionnaire, List.of(Answer.choice("needs", "board", "tax"),
                Answer.choice("format", "online"), Answer.scale("finance-urgency", 5),
                Answer.text("other", "希望周末上课")))).isEmpty();
    }

    @Test
    void anUnknownQuestionAnOptionNotInTheQuestionAScaleOutOfRangeAndAMissingRequiredAnswerAreEachNamed() {
        List<FieldProblem> problems = AnswerCheck.problems(questionnaire, List.of(
                Answer.choice("needs", "board", "astrology"), Answer.scale("governance-urgency", 6),
                Answer.text("no-such-question", "?")));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("answers.needs", "SurveyAnswer.option.unknown"),
                org.assertj.core.groups.Tuple.tuple("answers.governance-urgency", "SurveyAnswer.scale.range"),
                org.assertj.core.groups.Tuple.tuple("answers.no-such-question", "SurveyAnswer.question.unknown"),
                org.assertj.core.groups.Tuple.tuple("answers.finance-urgency", "SurveyAnswer.required"));
        assertThat(problems.get(0).args()).containsExactly("astrology", "贵组织最需要哪些培训？");
        assertThat(problems.get(1).args()).containsExactly(1, 5);
    }

    @Test
    void aSingleChoiceTakesOneOptionAndEachKindItsOwnSortOfAnswer() {
        List<FieldProblem> problems = AnswerCheck.problems(questionnaire, List.of(
                Answer.choice("needs", "board", "board"), Answer.choice("format", "onsite", "online"),
                Answer.choice("finance-urgency", "board"), Answer.scale("other", 3), Answer.scale("other", 2)));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("answers.needs", "SurveyAnswer.option.repeated"),
                org.assertj.core.groups.Tuple.tuple("answers.format", "SurveyAnswer.choice.single"),
                org.assertj.core.groups.Tuple.tuple("answers.finance-urgency", "SurveyAnswer.scale.expected"),
                org.assertj.core.groups.Tuple.tuple("answers.other", "SurveyAnswer.text.expected"),
                org.assertj.core.groups.Tuple.tuple("answers.other", "SurveyAnswer.duplicate"));
    }

    @Test
    void aQuestionnaireNeedsUniqueKeysTwoOptionsPerChoiceAndAScaleWithinZeroToTen() {
        List<FieldProblem> problems = QuestionnaireCheck.problems(List.of(
                new Questionnaire.Question("a", "?", QuestionKind.SINGLE_CHOICE, true, null, null, null, null,
                        List.of(new Questionnaire.Option("x", "x", null, null))),
                new Questionnaire.Question("a", "?", QuestionKind.SCALE, true, null, CourseArea.PARTY_BUILDING, 3, 3,
                        List.of()),
                new Questionnaire.Question("c", "?", QuestionKind.TEXT, true, null, null, null, null,
                        List.of(new Questionnaire.Option("x", "x", null, null))),
                new Questionnaire.Question("d", "?", QuestionKind.MULTIPLE_CHOICE, true, null, null, null, null,
                        List.of(new Questionnaire.Option("x", "x", null, null),
                                new Questionnaire.Option("x", "y", null, null)))));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("questions[0].options", "Questionnaire.options.required"),
                org.assertj.core.groups.Tuple.tuple("questions[1].key", "Questionnaire.key.duplicate"),
                org.assertj.core.groups.Tuple.tuple("questions[1].scaleMax", "Questionnaire.scale.range"),
                org.assertj.core.groups.Tuple.tuple("questions[2].options", "Questionnaire.options.choiceOnly"),
                org.assertj.core.groups.Tuple.tuple("questions[3].options[1].key", "Questionnaire.key.duplicate"));
        assertThat(QuestionnaireCheck.problems(Questionnaires.needsQuestions())).isEmpty();
    }
}
