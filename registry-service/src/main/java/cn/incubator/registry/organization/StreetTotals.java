package cn.incubator.registry.organization;

/**
 * What the registry holds for one street or town (街道/乡镇): community organizations filed there (备案) and
 * organizations registered there (登记), as counts for other services (incubation's hub coverage).
 */
public record StreetTotals(String streetCode, long filedCommunityOrganizations, long registeredOrganizations) {
}
