package cn.incubator.training.survey;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.federation.PlaceCodedJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A needs survey (需求调查): a questionnaire sent to the organizations of a district or street, answered between its
 * open and close times. {@code responses} counts the answers the caller may see.
 */
@JsonDeserialize(using = Survey.Json.class)
public record Survey(UUID id, UUID questionnaireId, String questionnaireTitle, @JsonIgnore String jurisdictionCode,
        String title, Instant opensAt, Instant closesAt, SurveyStatus status, int responses, String createdBy,
        Instant createdAt, Instant updatedAt) {

    /** The list's order ({@code s.opens_at DESC, s.id}), for merging the rows of several nodes. */
    public static final ListOrder<Survey> ORDER = ListOrder.identifiedBy(Survey::id)
            .newestFirst(Survey::opensAt).thenId();

    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }

    Survey moved(SurveyStatus next, Instant at) {
        return new Survey(id, questionnaireId, questionnaireTitle, jurisdictionCode, title, opensAt, closesAt, next,
                responses, createdBy, createdAt, at);
    }

    /** Reads a node's row with its place (see {@link PlaceCodedJson}). */
    public static final class Json extends PlaceCodedJson<Survey> {
        public Json() {
            super(Survey.class);
        }
    }
}
