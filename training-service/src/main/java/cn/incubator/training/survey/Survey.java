package cn.incubator.training.survey;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A needs survey (需求调查): a questionnaire sent to the organizations of a district or street, answered between its
 * open and close times. {@code responses} counts the answers the caller may see.
 */
public record Survey(UUID id, UUID questionnaireId, String questionnaireTitle, @JsonIgnore String jurisdictionCode,
        String title, Instant opensAt, Instant closesAt, SurveyStatus status, int responses, String createdBy,
        Instant createdAt, Instant updatedAt) {

    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }

    Survey moved(SurveyStatus next, Instant at) {
        return new Survey(id, questionnaireId, questionnaireTitle, jurisdictionCode, title, opensAt, closesAt, next,
                responses, createdBy, createdAt, at);
    }
}
