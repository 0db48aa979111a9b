package cn.incubator.training.survey;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.training.course.CourseArea;
import cn.incubator.platform.federation.PlaceCodedJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A questionnaire (调查问卷) defined as data: its questions in order, each single or multiple choice, a scale or free
 * text. A question, and each of its options, may name a topic (专题) and a course area (课程领域), so that answers add up
 * by topic and area; an option without them takes its question's. Never changed once defined.
 */
@JsonDeserialize(using = Questionnaire.Json.class)
public record Questionnaire(UUID id, @JsonIgnore String jurisdictionCode, String title, String description,
        List<Question> questions, String createdBy, Instant createdAt) {

    /** The list's order ({@code created_at DESC, id}), for merging the rows of several nodes. */
    public static final ListOrder<Questionnaire> ORDER = ListOrder.identifiedBy(Questionnaire::id)
            .newestFirst(Questionnaire::createdAt).thenId();

    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /**
     * One question; {@code scaleMin}/{@code scaleMax} for a scale only, {@code options} for a choice only.
     */
    public record Question(String key, String text, QuestionKind kind, boolean required, String topic,
            CourseArea area, Integer scaleMin, Integer scaleMax, List<Option> options) {

        public Optional<Option> option(String key) {
            return options.stream().filter(o -> o.key().equals(key)).findFirst();
        }
    }

    /** A choice of a question; its topic and area are the question's when it names none. */
    public record Option(String key, String label, String topic, CourseArea area) {
    }

    /** Reads a node's row with its place (see {@link PlaceCodedJson}). */
    public static final class Json extends PlaceCodedJson<Questionnaire> {
        public Json() {
            super(Questionnaire.class);
        }
    }
}
