package cn.incubator.training.survey;

import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a questionnaire's definition before it is stored: unique question keys, unique option keys within a
 * question, at least two options for a choice and none otherwise, a scale of at least two points within 0–10.
 */
final class QuestionnaireCheck {

    static final int SCALE_FLOOR = 0;
    static final int SCALE_CEILING = 10;

    private QuestionnaireCheck() {
    }

    static List<FieldProblem> problems(List<Questionnaire.Question> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Questionnaire.Question q = questions.get(i);
            String at = "questions[" + i + "]";
            if (!keys.add(q.key())) {
                problems.add(new FieldProblem(at + ".key", "Questionnaire.key.duplicate", q.key()));
            }
            if (q.kind().isChoice()) {
                if (q.options().size() < 2) {
                    problems.add(new FieldProblem(at + ".options", "Questionnaire.options.required"));
                }
                Set<String> optionKeys = new HashSet<>();
                for (int j = 0; j < q.options().size(); j++) {
                    if (!optionKeys.add(q.options().get(j).key())) {
                        problems.add(new FieldProblem(at + ".options[" + j + "].key", "Questionnaire.key.duplicate",
                                q.options().get(j).key()));
                    }
                }
            } else if (!q.options().isEmpty()) {
                problems.add(new FieldProblem(at + ".options", "Questionnaire.options.choiceOnly"));
            }
            if (q.kind() == QuestionKind.SCALE && (q.scaleMin() < SCALE_FLOOR || q.scaleMax() > SCALE_CEILING
                    || q.scaleMin() >= q.scaleMax())) {
                problems.add(new FieldProblem(at + ".scaleMax", "Questionnaire.scale.range", SCALE_FLOOR,
                        SCALE_CEILING));
            }
        }
        return problems;
    }
}
