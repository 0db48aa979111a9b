package cn.incubator.partybuilding.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The party structure is a tree: committee at the root, joint branches under it, own branches under it or alone. */
class UnitKindTest {

    @Test
    void jointCommitteeIsARoot() {
        assertThat(UnitKind.JOINT_COMMITTEE.allowsParent(null)).isTrue();
        assertThat(UnitKind.JOINT_COMMITTEE.allowsParent(UnitKind.JOINT_COMMITTEE)).isFalse();
        assertThat(UnitKind.JOINT_COMMITTEE.allowsParent(UnitKind.JOINT_BRANCH)).isFalse();
        assertThat(UnitKind.JOINT_COMMITTEE.allowsParent(UnitKind.BRANCH)).isFalse();
    }

    @Test
    void jointBranchSitsUnderACommitteeOnly() {
        assertThat(UnitKind.JOINT_BRANCH.allowsParent(UnitKind.JOINT_COMMITTEE)).isTrue();
        assertThat(UnitKind.JOINT_BRANCH.allowsParent(null)).isFalse();
        assertThat(UnitKind.JOINT_BRANCH.allowsParent(UnitKind.JOINT_BRANCH)).isFalse();
        assertThat(UnitKind.JOINT_BRANCH.allowsParent(UnitKind.BRANCH)).isFalse();
    }

    @Test
    void ownBranchSitsUnderACommitteeOrStandsAlone() {
        assertThat(UnitKind.BRANCH.allowsParent(UnitKind.JOINT_COMMITTEE)).isTrue();
        assertThat(UnitKind.BRANCH.allowsParent(null)).isTrue();
        assertThat(UnitKind.BRANCH.allowsParent(UnitKind.JOINT_BRANCH)).isFalse();
        assertThat(UnitKind.BRANCH.allowsParent(UnitKind.BRANCH)).isFalse();
    }

    @Test
    void jointBranchesCoverByAreaOrIndustryAndOwnBranchesSingly() {
        assertThat(UnitKind.JOINT_BRANCH.allows(CoverageForm.AREA)).isTrue();
        assertThat(UnitKind.JOINT_BRANCH.allows(CoverageForm.INDUSTRY)).isTrue();
        assertThat(UnitKind.JOINT_BRANCH.allows(CoverageForm.SINGLE)).isFalse();
        assertThat(UnitKind.BRANCH.allows(CoverageForm.SINGLE)).isTrue();
        assertThat(UnitKind.BRANCH.allows(CoverageForm.AREA)).isFalse();
        assertThat(UnitKind.JOINT_COMMITTEE.allows(CoverageForm.AREA)).isTrue();
        assertThat(UnitKind.JOINT_COMMITTEE.allows(CoverageForm.INDUSTRY)).isFalse();
    }
}
