package cn.incubator.registry.guidance;

import cn.incubator.registry.organization.OrganizationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organization's way through its registration checklist: each step, and who marked it done when. */
public record RegistrationProgress(UUID organizationId, String organizationName, OrganizationStatus status,
        RegistrationGuide guide, List<StepProgress> steps, int done, int total) {

    public record StepProgress(int number, String title, boolean partyLeadershipClause, boolean done, String doneBy,
            Instant doneAt, String note) {
    }
}
