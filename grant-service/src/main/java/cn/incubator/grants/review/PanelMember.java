package cn.incubator.grants.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An expert of a round's review panel (评审专家组), from the registry's talent pool. {@code username} links the
 * expert's login; {@code affiliatedOrganizations} are organizations they never score (conflict of interest).
 */
public record PanelMember(String talentId, String name, String username, List<UUID> affiliatedOrganizations,
        String addedBy, Instant addedAt) {

    public PanelMember {
        affiliatedOrganizations = List.copyOf(affiliatedOrganizations);
    }
}
