package cn.incubator.training.course;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.federation.PlaceCodedJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A course of the catalogue (课程): its area, hours, audience, trainers from the registry's talent pool (人才库, by
 * talent id) and the completion rule (the share of sittings a participant must attend, in percent).
 */
@JsonDeserialize(using = Course.Json.class)
public record Course(UUID id, @JsonIgnore String jurisdictionCode, String title, CourseArea area, BigDecimal hours,
        List<Audience> audience, List<UUID> trainerIds, int completionPercent, String createdBy, Instant createdAt) {

    /** The list's order ({@code created_at DESC, id}), for merging the rows of several nodes. */
    public static final ListOrder<Course> ORDER = ListOrder.identifiedBy(Course::id)
            .newestFirst(Course::createdAt).thenId();

    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }

    /** Reads a node's row with its place (see {@link PlaceCodedJson}). */
    public static final class Json extends PlaceCodedJson<Course> {
        public Json() {
            super(Course.class);
        }
    }
}
