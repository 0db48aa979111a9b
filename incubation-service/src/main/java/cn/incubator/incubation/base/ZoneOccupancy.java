package cn.incubator.incubation.base;

import java.util.UUID;

/** Workstations of one zone and how many are allocated now (工位使用率). */
public record ZoneOccupancy(UUID zoneId, ZoneKind kind, String name, int workstations, int occupied) {
}
