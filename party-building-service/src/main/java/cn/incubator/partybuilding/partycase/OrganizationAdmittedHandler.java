package cn.incubator.partybuilding.partycase;

import cn.incubator.contracts.incubation.events.v1.OrganizationAdmitted;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventHandler;
import cn.incubator.platform.events.EventPayloads;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "入驻一家, 覆盖一家": when the incubation service admits an organization, its party-organization case opens with no
 * manual step. This service subscribes to incubation's {@code OrganizationAdmitted} ({@code application.yml}); the
 * inbox hands each event id over once, and a second event for the same admission (another id) finds the open case and
 * opens nothing.
 */
@Component
class OrganizationAdmittedHandler implements EventHandler<OrganizationAdmitted> {

    private static final Logger log = LoggerFactory.getLogger(OrganizationAdmittedHandler.class);

    private final PartyCaseService cases;

    OrganizationAdmittedHandler(PartyCaseService cases) {
        this.cases = cases;
    }

    @Override
    public OrganizationAdmitted prototype() {
        return OrganizationAdmitted.getDefaultInstance();
    }

    @Override
    public void handle(EventEnvelope event, OrganizationAdmitted admitted) {
        Instant admittedAt = EventPayloads.instant(admitted.getAdmittedAt());
        PartyCaseService.Opening opening = cases.open(event.source() == null ? "incubation-service" : event.source(),
                new PartyCaseService.Admission(
                        UUID.fromString(admitted.getOrganizationId()),
                        admitted.getOrganizationName(),
                        event.jurisdiction(),
                        uuid(admitted.getCaseId()),
                        uuid(admitted.getBaseId()),
                        admitted.getTrack().isEmpty() ? null : admitted.getTrack(),
                        admittedAt == null ? event.occurredAt() : admittedAt,
                        event.id()));
        if (!opening.openedNow()) {
            log.info("Organization {} already has open party case {}; event {} opened nothing",
                    opening.partyCase().organizationId(), opening.partyCase().id(), event.id());
        }
    }

    private static UUID uuid(String value) {
        return value.isEmpty() ? null : UUID.fromString(value);
    }
}
