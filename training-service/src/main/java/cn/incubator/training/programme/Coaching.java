package cn.incubator.training.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One one-to-one coaching session (一对一辅导) of a brand project, in one phase. */
public record Coaching(UUID id, UUID programmeId, UUID organizationId, String organizationName, String projectTitle,
        CoachingPhase phase, LocalDate heldOn, BigDecimal hours, String coach, String notes, String recordedBy,
        Instant recordedAt) {
}
