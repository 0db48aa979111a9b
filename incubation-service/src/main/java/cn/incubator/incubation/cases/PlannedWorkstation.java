package cn.incubator.incubation.cases;

import cn.incubator.incubation.base.WorkstationUse;
import java.time.Instant;
import java.util.UUID;

/**
 * One workstation (工位) of the zone plan: free or occupied and, when the caller sees the case holding it, that case
 * ({@code holder}; {@code null} when free or held by a case outside the caller's scope).
 */
public record PlannedWorkstation(UUID id, String code, boolean occupied, Holder holder) {

    /** The case holding a workstation, as far as the zone plan shows it. */
    public record Holder(UUID caseId, String organizationName, Stage stage, Track track, Instant allocatedAt) {
    }

    static PlannedWorkstation of(WorkstationUse use, IncubationCase holder) {
        return new PlannedWorkstation(use.id(), use.code(), use.occupied(), holder == null ? null
                : new Holder(holder.id(), holder.organizationName(), holder.stage(), holder.track(), use.allocatedAt()));
    }
}
