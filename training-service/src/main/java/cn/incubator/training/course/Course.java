package cn.incubator.training.course;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A course of the catalogue (课程): its area, hours, audience, trainers from the registry's talent pool (人才库, by
 * talent id) and the completion rule (the share of sittings a participant must attend, in percent).
 */
public record Course(UUID id, @JsonIgnore String jurisdictionCode, String title, CourseArea area, BigDecimal hours,
        List<Audience> audience, List<UUID> trainerIds, int completionPercent, String createdBy, Instant createdAt) {

    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }
}
