package cn.incubator.incubation.cases;

import java.time.Instant;
import java.util.UUID;

/** A workstation (工位) held by a case. */
public record Allocation(UUID id, UUID workstationId, String workstationCode, String zoneName, Instant allocatedAt) {
}
