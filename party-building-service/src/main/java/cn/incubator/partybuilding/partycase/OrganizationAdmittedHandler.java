package cn.incubator.partybuilding.partycase;

import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventHandler;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "入驻一家, 覆盖一家": when the incubation service admits an organization, its party-organization case opens with no
 * manual step. The inbox hands each event id over once; a second event for the same admission (another id) finds
 * the open case and opens nothing.
 */
@Component
class OrganizationAdmittedHandler implements EventHandler {

    static final String TYPE = "incubation.organization-admitted";
    private static final Logger log = LoggerFactory.getLogger(OrganizationAdmittedHandler.class);

    private final PartyCaseService cases;

    OrganizationAdmittedHandler(PartyCaseService cases) {
        this.cases = cases;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void handle(EventEnvelope event) {
        Map<String, Object> payload = event.payload();
        PartyCaseService.Opening opening = cases.open(event.source() == null ? "incubation-service" : event.source(),
                new PartyCaseService.Admission(
                        uuid(payload.get("organizationId")),
                        String.valueOf(payload.get("organizationName")),
                        event.jurisdiction(),
                        uuid(payload.get("caseId")),
                        uuid(payload.get("baseId")),
                        payload.get("track") == null ? null : String.valueOf(payload.get("track")),
                        payload.get("admittedAt") == null ? event.occurredAt()
                                : Instant.parse(String.valueOf(payload.get("admittedAt"))),
                        event.id()));
        if (!opening.openedNow()) {
            log.info("Organization {} already has open party case {}; event {} opened nothing",
                    opening.partyCase().organizationId(), opening.partyCase().id(), event.id());
        }
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(String.valueOf(value));
    }
}
