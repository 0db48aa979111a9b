package cn.incubator.incubation.base;

import java.time.Instant;
import java.util.UUID;

/**
 * A workstation (工位) of a zone and the case holding it now, if any ({@code caseId} and {@code allocatedAt} are
 * {@code null} when it is free): the raw material of the zone plan (工位平面图), before the caller's scope decides
 * whether the holder may be named.
 */
public record WorkstationUse(UUID id, String code, UUID caseId, Instant allocatedAt) {

    public boolean occupied() {
        return caseId != null;
    }
}
