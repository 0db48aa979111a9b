package cn.incubator.incubation.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An expert on an evaluation panel (评审专家), as the registry's talent pool (人才库) described them when the panel
 * was drawn, and why they may not score, if they may not.
 */
public record PanelMember(String talentId, String name, String username, List<UUID> affiliatedOrganizationIds,
        Exclusion exclusion, String conflictNote) {

    public PanelMember {
        affiliatedOrganizationIds = List.copyOf(affiliatedOrganizationIds);
    }

    /** Why an expert may not score a subject. */
    public enum Exclusion {
        /** Linked to the organization evaluated (任职或关联). */
        AFFILIATED,
        /** Declared a conflict of interest (利益冲突回避). */
        CONFLICT_DECLARED
    }

    /** A member drawn for a panel on the organization: excluded at once when affiliated with it. */
    public static PanelMember drawn(String talentId, String name, String username, List<UUID> affiliations,
            UUID evaluatedOrganization) {
        return new PanelMember(talentId, name, username, affiliations,
                affiliations.contains(evaluatedOrganization) ? Exclusion.AFFILIATED : null, null);
    }

    public PanelMember declareConflict(String note) {
        return new PanelMember(talentId, name, username, affiliatedOrganizationIds,
                exclusion == null ? Exclusion.CONFLICT_DECLARED : exclusion, note);
    }

    public boolean mayScore() {
        return exclusion == null;
    }

    public Optional<Exclusion> excluded() {
        return Optional.ofNullable(exclusion);
    }
}
