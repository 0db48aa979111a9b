package cn.incubator.training.survey;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One organization's response (答卷) to a survey: given once, by the organization's own admin. */
public record SurveyResponse(UUID id, UUID surveyId, UUID organizationId, @JsonIgnore String organizationJurisdiction,
        String answeredBy, Instant answeredAt, List<Answer> answers) {

    /** The organization's jurisdiction, in the one response shape. */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(organizationJurisdiction);
    }

    SurveyResponse withAnswers(List<Answer> all) {
        return new SurveyResponse(id, surveyId, organizationId, organizationJurisdiction, answeredBy, answeredAt,
                List.copyOf(all));
    }
}
