package cn.incubator.training.survey;

import cn.incubator.training.course.CourseArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A course plan drafted from a survey's top needs (按需求排课): the course areas the respondents need, in the order of
 * {@link SurveyResults.Demand#byDemand()} (how many need them, then their scale mean, then how often their options were
 * chosen); each with the topics of the questionnaire that fall in the area, most needed first. Areas nobody needs are
 * left out.
 */
public final class CoursePlan {

    private CoursePlan() {
    }

    /**
     * One ranked area with its demand figures; {@code courseId} is the catalogue course once the plan was accepted for
     * the caller's place.
     */
    public record Item(int rank, CourseArea area, int respondents, BigDecimal share, int mentions, BigDecimal scaleMean,
            List<String> topics, UUID courseId) {
    }

    /** The areas needed by at least one respondent, ranked, at most {@code top} of them. */
    public static List<Item> propose(Questionnaire questionnaire, SurveyResults.Figures figures, int top) {
        Map<String, Integer> topicDemand = figures.topics().stream()
                .collect(Collectors.toMap(SurveyResults.Demand::key, SurveyResults.Demand::respondents));
        List<SurveyResults.Demand<CourseArea>> ranked = figures.areas().stream()
                .filter(d -> d.respondents() > 0).limit(top).toList();
        List<Item> items = new ArrayList<>();
        for (SurveyResults.Demand<CourseArea> demand : ranked) {
            List<String> topics = topicsOf(questionnaire, demand.key()).stream()
                    .sorted(Comparator.comparing((String t) -> topicDemand.getOrDefault(t, 0)).reversed())
                    .toList();
            items.add(new Item(items.size() + 1, demand.key(), demand.respondents(), demand.share(),
                    demand.mentions(), demand.scaleMean(), topics, null));
        }
        return items;
    }

    /** The topics the questionnaire files under an area, in the order they appear. */
    static List<String> topicsOf(Questionnaire questionnaire, CourseArea area) {
        Set<String> topics = new LinkedHashSet<>();
        for (Questionnaire.Question q : questionnaire.questions()) {
            if (q.area() == area && q.topic() != null && q.options().isEmpty()) {
                topics.add(q.topic());
            }
            for (Questionnaire.Option o : q.options()) {
                CourseArea optionArea = o.area() != null ? o.area() : q.area();
                String topic = o.topic() != null ? o.topic() : q.topic();
                if (optionArea == area && topic != null) {
                    topics.add(topic);
                }
            }
        }
        return List.copyOf(topics);
    }
}
