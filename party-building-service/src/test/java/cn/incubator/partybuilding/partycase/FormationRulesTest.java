package cn.incubator.partybuilding.partycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules by member count: 0 → instructor and development plan, 1–2 → joint branch, 3+ → own branch. */
class FormationRulesTest {

    @ParameterizedTest(name = "{0} members require {1}")
    @CsvSource({"0, INSTRUCTOR_AND_DEVELOPMENT", "1, JOINT_BRANCH", "2, JOINT_BRANCH", "3, OWN_BRANCH",
            "4, OWN_BRANCH", "30, OWN_BRANCH"})
    void memberCountDecidesTheFormation(int members, Formation required) {
        assertThat(Formation.requiredFor(members)).isEqualTo(required);
    }

    @Test
    void negativeCountIsNotACount() {
        assertThatThrownBy(() -> Formation.requiredFor(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coverage(-1, false, false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrganizationIsNeverInAJointBranchAndItsOwnAtOnce() {
        assertThatThrownBy(() -> new Coverage(3, false, false, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firstMemberFoundProposesJoiningAJointBranch() {
        assertThat(FormationRules.onCountChange(0, new Coverage(1, true, true, false, false)))
                .contains(new FormationRules.Move(Formation.INSTRUCTOR_AND_DEVELOPMENT, Formation.JOINT_BRANCH, 1));
    }

    @Test
    void secondMemberCrossesNoThreshold() {
        assertThat(FormationRules.onCountChange(1, new Coverage(2, false, false, false, false))).isEmpty();
        assertThat(FormationRules.onCountChange(1, new Coverage(2, false, false, true, false))).isEmpty();
    }

    @Test
    void thirdMemberProposesMovingFromTheJointBranchToAnOwnBranch() {
        assertThat(FormationRules.onCountChange(2, new Coverage(3, false, false, true, false)))
                .contains(new FormationRules.Move(Formation.JOINT_BRANCH, Formation.OWN_BRANCH, 3));
    }

    @Test
    void jumpFromZeroToThreeProposesAnOwnBranchDirectly() {
        assertThat(FormationRules.onCountChange(0, new Coverage(3, true, true, false, false)))
                .contains(new FormationRules.Move(Formation.INSTRUCTOR_AND_DEVELOPMENT, Formation.OWN_BRANCH, 3));
    }

    @Test
    void droppingBelowThreeProposesAJointBranchAgain() {
        assertThat(FormationRules.onCountChange(3, new Coverage(2, false, false, false, true)))
                .contains(new FormationRules.Move(Formation.OWN_BRANCH, Formation.JOINT_BRANCH, 2));
    }

    @Test
    void losingTheLastMemberProposesInstructorAndDevelopment() {
        assertThat(FormationRules.onCountChange(1, new Coverage(0, true, false, true, false)))
                .contains(new FormationRules.Move(Formation.JOINT_BRANCH, Formation.INSTRUCTOR_AND_DEVELOPMENT, 0));
    }

    @Test
    void noProposalWhenTheArrangementAlreadyFits() {
        assertThat(FormationRules.onCountChange(2, new Coverage(3, false, false, false, true))).isEmpty();
    }

    @Test
    void joiningAndFormingGoByTheCount() {
        assertThat(FormationRules.allows(Formation.JOINT_BRANCH, 2)).isTrue();
        assertThat(FormationRules.allows(Formation.JOINT_BRANCH, 3)).isFalse();
        assertThat(FormationRules.allows(Formation.JOINT_BRANCH, 0)).isFalse();
        assertThat(FormationRules.allows(Formation.OWN_BRANCH, 2)).isFalse();
        assertThat(FormationRules.allows(Formation.OWN_BRANCH, 3)).isTrue();
    }

    @Test
    void shortfallsFollowTheRequiredFormation() {
        assertThat(new Coverage(0, true, false, false, false).shortfalls())
                .containsExactly(Shortfall.DEVELOPMENT_PLAN_MISSING);
        assertThat(new Coverage(0, true, true, false, false).satisfied()).isTrue();
        assertThat(new Coverage(1, true, true, false, false).shortfalls())
                .containsExactly(Shortfall.JOINT_BRANCH_MISSING);
        assertThat(new Coverage(5, true, true, false, true).satisfied()).isTrue();
        assertThat(new Coverage(5, false, false, true, false).current()).isEqualTo(Formation.JOINT_BRANCH);
    }
}
