package cn.incubator.incubation.base;

import java.util.UUID;

/** A workstation (工位) in a zone, with its base and zone kind for the allocation rules. */
public record Workstation(UUID id, UUID zoneId, String code, UUID baseId, ZoneKind zoneKind) {
}
