package cn.incubator.training.programme;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.federation.PlaceCodedJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A training programme (培训项目): a youth practitioner capacity plan, brand-project support, backbone rotation
 * training, a salon or a forum, run in a place; sessions may belong to it and partners may co-fund it.
 * {@code coFunded}, {@code sessions}, {@code personTimes}, {@code organizations} (whose people attended) and
 * {@code experts} (the talent-pool trainers of the courses its sessions ran) are counted when read, from the
 * attendance rows of its sessions.
 */
@JsonDeserialize(using = Programme.Json.class)
public record Programme(UUID id, @JsonIgnore String jurisdictionCode, String name, ProgrammeKind kind,
        String description, LocalDate startsOn, LocalDate endsOn, BigDecimal coFunded, long sessions,
        long personTimes, long organizations, long experts, String createdBy, Instant createdAt) {

    /** The list's order ({@code p.starts_on DESC, p.id}), for merging the rows of several nodes. */
    public static final ListOrder<Programme> ORDER = ListOrder.identifiedBy(Programme::id)
            .latestDayFirst(Programme::startsOn)
            .thenId();

    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }

    /** Reads a node's row with its place (see {@link PlaceCodedJson}). */
    public static final class Json extends PlaceCodedJson<Programme> {
        public Json() {
            super(Programme.class);
        }
    }
}
