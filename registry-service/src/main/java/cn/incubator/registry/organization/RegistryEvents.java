package cn.incubator.registry.organization;

import static cn.incubator.platform.events.EventPayloads.text;
import static cn.incubator.platform.events.EventPayloads.timestamp;

import cn.incubator.contracts.registry.events.v1.AbnormalCured;
import cn.incubator.contracts.registry.events.v1.AbnormalListed;
import cn.incubator.contracts.registry.events.v1.OrganizationAdministratorNamed;
import cn.incubator.contracts.registry.events.v1.OrganizationCancelled;
import cn.incubator.contracts.registry.events.v1.OrganizationFiled;
import cn.incubator.contracts.registry.events.v1.OrganizationRegistered;
import cn.incubator.contracts.registry.events.v1.OrganizationStatusChanged;
import cn.incubator.platform.events.Events;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The facts the registry tells other services, through the outbox (written in the transaction of the change), as
 * the messages of {@code contracts/.../registry/events/v1/registry_events.proto}, each with the organization's
 * jurisdiction and the organization's id as subject:
 * <ul>
 *   <li>{@code OrganizationRegistered}, {@code OrganizationFiled}, {@code OrganizationCancelled}: the organization's
 *       status changed that way;</li>
 *   <li>{@code OrganizationStatusChanged}: any status change (with both statuses);</li>
 *   <li>{@code AbnormalListed}, {@code AbnormalCured}: put on or taken off the abnormal-activity list (活动异常名录),
 *       with the reason;</li>
 *   <li>{@code OrganizationAdministratorNamed}: an organization administrator was named at registration (the
 *       registry itself provisions the account from it).</li>
 * </ul>
 */
@Component
public class RegistryEvents {

    private final Events events;

    RegistryEvents(Events events) {
        this.events = events;
    }

    void statusChanged(Organization organization, OrganizationStatus before, String action) {
        String jurisdiction = organization.jurisdiction().code();
        events.publish(jurisdiction, organization.id(), OrganizationStatusChanged.newBuilder()
                .setOrganizationId(organization.id().toString())
                .setOrganizationName(text(organization.name()))
                .setLegalForm(text(organization.legalForm()))
                .setFromStatus(text(before))
                .setToStatus(text(organization.status()))
                .build());
        switch (organization.status()) {
            case REGISTERED -> events.publish(jurisdiction, organization.id(), OrganizationRegistered.newBuilder()
                    .setOrganizationId(organization.id().toString())
                    .setOrganizationName(text(organization.name()))
                    .setLegalForm(text(organization.legalForm()))
                    .build());
            case FILED -> events.publish(jurisdiction, organization.id(), OrganizationFiled.newBuilder()
                    .setOrganizationId(organization.id().toString())
                    .setOrganizationName(text(organization.name()))
                    .setLegalForm(text(organization.legalForm()))
                    .build());
            case CANCELLED -> events.publish(jurisdiction, organization.id(), OrganizationCancelled.newBuilder()
                    .setOrganizationId(organization.id().toString())
                    .setOrganizationName(text(organization.name()))
                    .setLegalForm(text(organization.legalForm()))
                    .build());
            default -> { }
        }
    }

    /** A listing on the abnormal-activity list, as the abnormal module hands it over. */
    public record Listing(UUID listingId, UUID organizationId, String organizationName, String jurisdiction,
            String reason, String reference, String note, Instant listedAt, String removalReason, Instant removedAt) {
    }

    public void abnormalListChanged(boolean listed, Listing listing) {
        if (listed) {
            events.publish(listing.jurisdiction(), listing.organizationId(), AbnormalListed.newBuilder()
                    .setOrganizationId(listing.organizationId().toString())
                    .setOrganizationName(text(listing.organizationName()))
                    .setListingId(listing.listingId().toString())
                    .setReason(text(listing.reason()))
                    .setReference(text(listing.reference()))
                    .setNote(text(listing.note()))
                    .setListedAt(timestamp(listing.listedAt()))
                    .build());
        } else {
            events.publish(listing.jurisdiction(), listing.organizationId(), AbnormalCured.newBuilder()
                    .setOrganizationId(listing.organizationId().toString())
                    .setOrganizationName(text(listing.organizationName()))
                    .setListingId(listing.listingId().toString())
                    .setReason(text(listing.reason()))
                    .setReference(text(listing.reference()))
                    .setRemovalReason(text(listing.removalReason()))
                    .setRemovedAt(timestamp(listing.removedAt()))
                    .build());
        }
    }

    void administratorNamed(Organization organization, Administrator administrator) {
        events.publish(organization.jurisdiction().code(), organization.id(), OrganizationAdministratorNamed
                .newBuilder()
                .setOrganizationId(organization.id().toString())
                .setUsername(text(administrator.username()))
                .setEmail(text(administrator.email()))
                .setFamilyName(text(administrator.familyName()))
                .setGivenName(text(administrator.givenName()))
                .build());
    }

    /** The person who will act for the organization on the platform (its {@code org-admin} account). */
    public record Administrator(String username, String email, String familyName, String givenName) {
    }
}
