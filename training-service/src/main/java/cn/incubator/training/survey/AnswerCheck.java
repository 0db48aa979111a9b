package cn.incubator.training.survey;

import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a response against its questionnaire, field by field, before anything is stored: every problem is named by
 * the question it concerns ({@code answers.<question key>}) so that a form can show each next to its question.
 */
final class AnswerCheck {

    private AnswerCheck() {
    }

    /** Every problem of the answers; empty when they may be stored. */
    static List<FieldProblem> problems(Questionnaire questionnaire, List<Answer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (Answer answer : answers) {
            String field = "answers." + answer.question();
            if (!answered.add(answer.question())) {
                problems.add(new FieldProblem(field, "SurveyAnswer.duplicate", answer.question()));
                continue;
            }
            Questionnaire.Question question = questionnaire.question(answer.question()).orElse(null);
            if (question == null) {
                problems.add(new FieldProblem(field, "SurveyAnswer.question.unknown", answer.question()));
                continue;
            }
            check(question, answer, field, problems);
        }
        for (Questionnaire.Question question : questionnaire.questions()) {
            if (question.required() && !answered.contains(question.key())) {
                problems.add(new FieldProblem("answers." + question.key(), "SurveyAnswer.required", question.text()));
            }
        }
        return problems;
    }

    private static void check(Questionnaire.Question question, Answer answer, String field,
            List<FieldProblem> problems) {
        boolean hasOptions = !answer.options().isEmpty();
        boolean hasScale = answer.scale() != null;
        boolean hasText = answer.text() != null;
        switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (hasScale || hasText || !hasOptions) {
                    problems.add(new FieldProblem(field, "SurveyAnswer.choice.expected", question.text()));
                    return;
                }
                if (question.kind() == QuestionKind.SINGLE_CHOICE && answer.options().size() > 1) {
                    problems.add(new FieldProblem(field, "SurveyAnswer.choice.single", question.text()));
                }
                if (new LinkedHashSet<>(answer.options()).size() < answer.options().size()) {
                    problems.add(new FieldProblem(field, "SurveyAnswer.option.repeated", question.text()));
                }
                for (String option : answer.options()) {
                    if (question.option(option).isEmpty()) {
                        problems.add(new FieldProblem(field, "SurveyAnswer.option.unknown", option, question.text()));
                    }
                }
            }
            case SCALE -> {
                if (hasOptions || hasText || !hasScale) {
                    problems.add(new FieldProblem(field, "SurveyAnswer.scale.expected", question.scaleMin(),
                            question.scaleMax()));
                } else if (answer.scale() < question.scaleMin() || answer.scale() > question.scaleMax()) {
                    problems.add(new FieldProblem(field, "SurveyAnswer.scale.range", question.scaleMin(),
                            question.scaleMax()));
                }
            }
            case TEXT -> {
                if (hasOptions || hasScale || !hasText) {
                    problems.add(new FieldProblem(field, "SurveyAnswer.text.expected", question.text()));
                }
            }
        }
    }
}
