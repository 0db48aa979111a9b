package cn.incubator.grants.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An expert of a round's review panel (评审专家组), from the registry's talent pool. {@code username} links the
 * expert's login; {@code affiliatedOrganizations} are organizations they never score (conflict of interest);
 * {@code excusal} is the committee's recorded decision to rank without them (免评), or {@code null}.
 */
public record PanelMember(String talentId, String name, String username, List<UUID> affiliatedOrganizations,
        String addedBy, Instant addedAt, Excusal excusal) {

    public PanelMember {
        affiliatedOrganizations = List.copyOf(affiliatedOrganizations);
    }

    public PanelMember(String talentId, String name, String username, List<UUID> affiliatedOrganizations,
            String addedBy, Instant addedAt) {
        this(talentId, name, username, affiliatedOrganizations, addedBy, addedAt, null);
    }

    /** Whether the committee decided to rank without this expert. */
    public boolean excused() {
        return excusal != null;
    }

    /** Whether this expert may never score a proposal of {@code organizationId}: they are affiliated with it. */
    public boolean affiliatedWith(UUID organizationId) {
        return affiliatedOrganizations.contains(organizationId);
    }

    /** The committee's decision to rank without an expert, with its reason. */
    public record Excusal(String reason, String decidedBy, Instant decidedAt) {
    }
}
