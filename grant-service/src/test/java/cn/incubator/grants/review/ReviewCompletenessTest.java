package cn.incubator.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every way an expert can owe, or not owe, a sheet before a round is ranked. */
class ReviewCompletenessTest {

    private static final UUID ORG_A = UUID.randomUUID();
    private static final UUID ORG_B = UUID.randomUUID();
    private static final UUID P_A = UUID.randomUUID();
    private static final UUID P_B = UUID.randomUUID();
    private static final List<ReviewCompleteness.Applicant> PASSED = List.of(
            new ReviewCompleteness.Applicant(P_A, ORG_A), new ReviewCompleteness.Applicant(P_B, ORG_B));

    @Test
    void everySeatedExpertOwesACompleteSheetForEveryPassedProposal() {
        List<PanelMember> panel = List.of(expert("t1", "王志刚"), expert("t2", "李秀英"));

        assertThat(ReviewCompleteness.missing(panel, PASSED, Map.of(), Map.of())).containsExactly(
                new ReviewCompleteness.Missing("t1", "王志刚", 2), new ReviewCompleteness.Missing("t2", "李秀英", 2));
        assertThat(ReviewCompleteness.missing(panel, PASSED, Map.of(), Map.of(P_A, Set.of("t1", "t2"),
                P_B, Set.of("t2")))).containsExactly(new ReviewCompleteness.Missing("t1", "王志刚", 1));
        assertThat(ReviewCompleteness.missing(panel, PASSED, Map.of(), Map.of(P_A, Set.of("t1", "t2"),
                P_B, Set.of("t1", "t2")))).isEmpty();
    }

    @Test
    void anAffiliatedExpertOwesNothingForThatApplicant() {
        List<PanelMember> panel = List.of(expert("t1", "张伟", ORG_B));

        assertThat(ReviewCompleteness.missing(panel, PASSED, Map.of(), Map.of(P_A, Set.of("t1")))).isEmpty();
        assertThat(ReviewCompleteness.missing(panel, PASSED, Map.of(), Map.of()))
                .containsExactly(new ReviewCompleteness.Missing("t1", "张伟", 1));
    }

    @Test
    void aDeclaredConflictOnAProposalExcusesOnlyThatProposal() {
        List<PanelMember> panel = List.of(expert("t1", "王志刚"));

        assertThat(ReviewCompleteness.missing(panel, PASSED, Map.of(P_B, Set.of("t1")), Map.of(P_A, Set.of("t1"))))
                .isEmpty();
        assertThat(ReviewCompleteness.missing(panel, PASSED, Map.of(P_B, Set.of("other")),
                Map.of(P_A, Set.of("t1")))).containsExactly(new ReviewCompleteness.Missing("t1", "王志刚", 1));
    }

    @Test
    void anExpertTheCommitteeRanksWithoutOwesNothing() {
        PanelMember excused = new PanelMember("t1", "陈静", null, List.of(), "county-officer", Instant.EPOCH,
                new PanelMember.Excusal("因病缺席", "county-officer", Instant.EPOCH));

        assertThat(ReviewCompleteness.missing(List.of(excused, expert("t2", "李秀英")), PASSED, Map.of(),
                Map.of(P_A, Set.of("t2"), P_B, Set.of("t2")))).isEmpty();
    }

    @Test
    void nothingPassedOrNobodySeatedOwesNothing() {
        assertThat(ReviewCompleteness.missing(List.of(expert("t1", "王志刚")), List.of(), Map.of(), Map.of())).isEmpty();
        assertThat(ReviewCompleteness.missing(List.of(), PASSED, Map.of(), Map.of())).isEmpty();
    }

    private static PanelMember expert(String talentId, String name, UUID... affiliations) {
        return new PanelMember(talentId, name, null, List.of(affiliations), "county-officer", Instant.EPOCH);
    }
}
