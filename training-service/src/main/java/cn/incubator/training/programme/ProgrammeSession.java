package cn.incubator.training.programme;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A session of a programme as a partner sees it: what, where, when, which courseware version, and the person-times
 * counted from its attendance rows. No person's name.
 */
public record ProgrammeSession(UUID id, String title, String courseTitle, String area,
        @JsonIgnore String jurisdictionCode, String status, Instant startsAt, String coursewareVersion,
        long personTimes) {

    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }
}
