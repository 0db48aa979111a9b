package cn.incubator.registry.organization;

import cn.incubator.platform.events.Events;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The facts the registry tells other services, through the outbox (written in the transaction of the change):
 * <ul>
 *   <li>{@code registry.organization-registered}, {@code registry.organization-filed},
 *       {@code registry.organization-cancelled}: the organization's status changed that way;</li>
 *   <li>{@code registry.organization-status-changed}: any status change (with both statuses);</li>
 *   <li>{@code registry.abnormal-listed}, {@code registry.abnormal-cured}: put on or taken off the abnormal-activity
 *       list (活动异常名录), with the reason;</li>
 *   <li>{@code registry.organization-administrator-named}: an organization administrator was named at registration
 *       (the registry itself provisions the account from it).</li>
 * </ul>
 */
@Component
public class RegistryEvents {

    public static final String ADMINISTRATOR_NAMED = "registry.organization-administrator-named";

    private final Events events;

    RegistryEvents(Events events) {
        this.events = events;
    }

    void statusChanged(Organization organization, OrganizationStatus before, String action) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("organizationId", organization.id());
        payload.put("name", organization.name());
        payload.put("legalForm", organization.legalForm());
        payload.put("from", before);
        payload.put("to", organization.status());
        String jurisdiction = organization.jurisdiction().code();
        events.publish("registry.organization-status-changed", jurisdiction, organization.id(), payload);
        switch (organization.status()) {
            case REGISTERED -> events.publish("registry.organization-registered", jurisdiction, organization.id(), payload);
            case FILED -> events.publish("registry.organization-filed", jurisdiction, organization.id(), payload);
            case CANCELLED -> events.publish("registry.organization-cancelled", jurisdiction, organization.id(), payload);
            default -> { }
        }
    }

    public void abnormalListChanged(boolean listed, UUID organizationId, String jurisdiction, Object listing) {
        events.publish(listed ? "registry.abnormal-listed" : "registry.abnormal-cured", jurisdiction, organizationId,
                listing);
    }

    void administratorNamed(Organization organization, Administrator administrator) {
        events.publish(ADMINISTRATOR_NAMED, organization.jurisdiction().code(), organization.id(),
                new AdministratorNamed(organization.id(), organization.jurisdiction().code(), administrator));
    }

    /** The person who will act for the organization on the platform (its {@code org-admin} account). */
    public record Administrator(String username, String email, String familyName, String givenName) {
    }

    public record AdministratorNamed(UUID organizationId, String jurisdiction, Administrator administrator) {
    }
}
