package cn.incubator.incubation.hub;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.UUID;

/**
 * A street's hub organization (枢纽型社区社会组织): it incubates and files the community organizations of its street
 * or town, staffed by one base service specialist (基地服务专员), one dedicated butler (专属管家) and N back-office
 * resources (后台资源). What it has filed is counted in the registry (see {@link HubService#coverage}).
 */
public record StreetHub(UUID id, UUID organizationId, String organizationName, Jurisdiction street,
        String baseSpecialist, String dedicatedButler, int backOfficeResources, String backOfficeNote,
        Instant registeredAt) {

    /** The list's order ({@code street_code, id}), for merging the rows of several nodes. */
    public static final ListOrder<StreetHub> ORDER = ListOrder.identifiedBy(StreetHub::id)
            .text(hub -> hub.street().code()).thenId();
}
