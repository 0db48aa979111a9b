package cn.incubator.grants.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether expert review (专家评审) is complete enough to rank: every seated expert of the panel has a complete sheet
 * for every proposal that passed initial review, except where they may not score it (affiliated with the applicant,
 * or a declared conflict: 回避) and except the experts the committee decided to rank without (免评, recorded with its
 * reason). Plain Java; {@code ReviewCompletenessTest} covers every case.
 */
final class ReviewCompleteness {

    private ReviewCompleteness() {
    }

    /** A passed proposal, as far as completeness needs it. */
    record Applicant(UUID proposalId, UUID organizationId) {
    }

    /** A panel expert who still owes sheets, and how many. */
    record Missing(String talentId, String name, int missingSheets) {
    }

    /**
     * The experts who still owe sheets, in panel order; empty when the round may be ranked.
     *
     * @param panel     the round's panel
     * @param passed    the proposals that passed initial review
     * @param declared  proposal → experts who declared a conflict on it
     * @param complete  proposal → experts with a complete sheet for it (every criterion of the rubric)
     */
    static List<Missing> missing(List<PanelMember> panel, Collection<Applicant> passed, Map<UUID, Set<String>> declared,
            Map<UUID, Set<String>> complete) {
        List<Missing> missing = new ArrayList<>();
        for (PanelMember expert : panel) {
            if (expert.excused()) {
                continue;
            }
            int owed = 0;
            for (Applicant applicant : passed) {
                if (expert.affiliatedWith(applicant.organizationId())
                        || declared.getOrDefault(applicant.proposalId(), Set.of()).contains(expert.talentId())) {
                    continue;
                }
                if (!complete.getOrDefault(applicant.proposalId(), Set.of()).contains(expert.talentId())) {
                    owed++;
                }
            }
            if (owed > 0) {
                missing.add(new Missing(expert.talentId(), expert.name(), owed));
            }
        }
        return missing;
    }
}
