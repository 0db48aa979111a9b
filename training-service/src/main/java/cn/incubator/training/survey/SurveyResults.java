package cn.incubator.training.survey;

import cn.incubator.training.course.CourseArea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a survey's answers add up to (调查结果): per question (options chosen, scale mean and distribution, texts
 * given), and the demand per topic and per course area, most needed first. An organization <em>needs</em> a topic or area when it chose
 * an option carrying it, or rated a scale question carrying it in the top two points of the scale; {@code share} is
 * the part of all respondents that need it (percent, one decimal), {@code mentions} counts the options chosen and
 * {@code scaleMean} averages every rating of the topic's or area's scale questions. Pure: the answers in, the
 * figures out.
 */
public final class SurveyResults {

    private SurveyResults() {
    }

    /** One stored answer of one response, as the aggregation reads it. */
    public record Row(UUID response, String question, List<String> options, Integer scale, boolean text) {
    }

    /** The figures of the answers the caller may see. */
    public record Figures(int respondents, List<QuestionResult> questions, List<Demand<String>> topics,
            List<Demand<CourseArea>> areas) {
    }

    /** One question: {@code answered} responses; per option its count and share of those; a scale's mean. */
    public record QuestionResult(String key, String text, QuestionKind kind, int answered, List<OptionResult> options,
            BigDecimal scaleMean, List<ScalePoint> distribution) {
    }

    public record OptionResult(String key, String label, String topic, CourseArea area, int count, BigDecimal share) {
    }

    public record ScalePoint(int value, int count) {
    }

    /** The demand for one topic or area. */
    public record Demand<K>(K key, int respondents, BigDecimal share, int mentions, BigDecimal scaleMean) {

        /**
         * Most needed first: by respondents who need it, then by scale mean (none last), then by options chosen; ties
         * keep their order.
         */
        static <K> Comparator<Demand<K>> byDemand() {
            return Comparator.comparing((Demand<K> d) -> d.respondents()).reversed()
                    .thenComparing(d -> d.scaleMean() == null ? BigDecimal.valueOf(-1) : d.scaleMean(),
                            Comparator.reverseOrder())
                    .thenComparing(d -> d.mentions(), Comparator.reverseOrder());
        }
    }

    public static Figures aggregate(Questionnaire questionnaire, List<Row> rows) {
        Set<UUID> respondents = new HashSet<>();
        Map<String, List<Row>> byQuestion = new LinkedHashMap<>();
        for (Row row : rows) {
            respondents.add(row.response());
            byQuestion.computeIfAbsent(row.question(), k -> new ArrayList<>()).add(row);
        }
        int total = respondents.size();
        Map<String, Tally> topics = new TreeMap<>();
        Map<CourseArea, Tally> areas = new TreeMap<>();
        List<QuestionResult> questions = new ArrayList<>();
        for (Questionnaire.Question q : questionnaire.questions()) {
            List<Row> answers = byQuestion.getOrDefault(q.key(), List.of());
            questions.add(switch (q.kind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(q, answers, topics, areas);
                case SCALE -> scale(q, answers, topics, areas);
                case TEXT -> new QuestionResult(q.key(), q.text(), q.kind(),
                        (int) answers.stream().filter(Row::text).count(), List.of(), null, List.of());
            });
        }
        return new Figures(total, questions, demands(topics, total), demands(areas, total));
    }

    private static QuestionResult choice(Questionnaire.Question q, List<Row> answers, Map<String, Tally> topics,
            Map<CourseArea, Tally> areas) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        q.options().forEach(o -> counts.put(o.key(), 0));
        int answered = 0;
        for (Row row : answers) {
            if (row.options().isEmpty()) {
                continue;
            }
            answered++;
            for (String key : row.options()) {
                q.option(key).ifPresent(o -> {
                    counts.merge(key, 1, Integer::sum);
                    String topic = o.topic() != null ? o.topic() : q.topic();
                    CourseArea area = o.area() != null ? o.area() : q.area();
                    if (topic != null) {
                        topics.computeIfAbsent(topic, t -> new Tally()).mention(row.response());
                    }
                    if (area != null) {
                        areas.computeIfAbsent(area, a -> new Tally()).mention(row.response());
                    }
                });
            }
        }
        int base = answered;
        List<OptionResult> options = q.options().stream().map(o -> new OptionResult(o.key(), o.label(),
                o.topic() != null ? o.topic() : q.topic(), o.area() != null ? o.area() : q.area(), counts.get(o.key()),
                percent(counts.get(o.key()), base))).toList();
        return new QuestionResult(q.key(), q.text(), q.kind(), answered, options, null, List.of());
    }

    private static QuestionResult scale(Questionnaire.Question q, List<Row> answers, Map<String, Tally> topics,
            Map<CourseArea, Tally> areas) {
        Map<Integer, Integer> points = new TreeMap<>();
        for (int v = q.scaleMin(); v <= q.scaleMax(); v++) {
            points.put(v, 0);
        }
        long sum = 0;
        int answered = 0;
        for (Row row : answers) {
            if (row.scale() == null) {
                continue;
            }
            answered++;
            sum += row.scale();
            points.merge(row.scale(), 1, Integer::sum);
            boolean needed = row.scale() >= q.scaleMax() - 1;
            if (q.topic() != null) {
                topics.computeIfAbsent(q.topic(), t -> new Tally()).rate(row.response(), row.scale(), needed);
            }
            if (q.area() != null) {
                areas.computeIfAbsent(q.area(), a -> new Tally()).rate(row.response(), row.scale(), needed);
            }
        }
        List<ScalePoint> distribution = points.entrySet().stream()
                .map(e -> new ScalePoint(e.getKey(), e.getValue())).toList();
        return new QuestionResult(q.key(), q.text(), q.kind(), answered, List.of(), mean(sum, answered),
                distribution);
    }

    private static <K> List<Demand<K>> demands(Map<K, Tally> tallies, int total) {
        return tallies.entrySet().stream()
                .map(e -> new Demand<>(e.getKey(), e.getValue().needing.size(),
                        percent(e.getValue().needing.size(), total), e.getValue().mentions,
                        mean(e.getValue().scaleSum, e.getValue().ratings)))
                .sorted(Demand.byDemand())
                .toList();
    }

    /** {@code part} of {@code whole} in percent, one decimal; zero of nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(part * 100)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(long sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** What one topic or area collects while the answers are read. */
    private static final class Tally {
        final Set<UUID> needing = new HashSet<>();
        int mentions;
        long scaleSum;
        int ratings;

        void mention(UUID response) {
            needing.add(response);
            mentions++;
        }

        void rate(UUID response, int value, boolean needed) {
            scaleSum += value;
            ratings++;
            if (needed) {
                needing.add(response);
            }
        }
    }
}
