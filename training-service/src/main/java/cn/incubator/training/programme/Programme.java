package cn.incubator.training.programme;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A training programme (培训项目): a youth practitioner capacity plan, brand-project support, backbone rotation
 * training, a salon or a forum, run in a place; sessions may belong to it and partners may co-fund it.
 * {@code coFunded}, {@code sessions}, {@code personTimes}, {@code organizations} (whose people attended) and
 * {@code experts} (the talent-pool trainers of the courses its sessions ran) are counted when read, from the
 * attendance rows of its sessions.
 */
public record Programme(UUID id, @JsonIgnore String jurisdictionCode, String name, ProgrammeKind kind,
        String description, LocalDate startsOn, LocalDate endsOn, BigDecimal coFunded, long sessions,
        long personTimes, long organizations, long experts, String createdBy, Instant createdAt) {

    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }
}
