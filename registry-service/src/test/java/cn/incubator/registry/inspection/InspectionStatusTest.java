package cn.incubator.registry.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import cn.incubator.platform.transition.IllegalTransitionException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Every (status, action) pair of the annual inspection: six allowed, every other refused naming the status. */
class InspectionStatusTest {

    @Test
    void theWholeTableEveryOtherPairRefusedNamingStateActionAndAllowedActions() {
        LifecycleTables.assertExactly(InspectionStatus.LIFECYCLE, """
                SUBMITTED REVIEW REVIEWED
                REVIEWED PASS PASSED
                REVIEWED BASIC_PASS BASIC_PASSED
                REVIEWED FAIL FAILED
                BASIC_PASSED COMPLETE_RECTIFICATION RECTIFIED
                FAILED COMPLETE_RECTIFICATION RECTIFIED
                """);
        assertThat(InspectionStatus.REVIEWED.after(InspectionAction.PASS)).isEqualTo(InspectionStatus.PASSED);
        assertThatThrownBy(() -> InspectionStatus.PASSED.after(InspectionAction.FAIL))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void passedBasicPassedAndRectifiedClearTheYearButOnlyBasicPassAndFailAwaitRectification() {
        assertThat(EnumSet.allOf(InspectionStatus.class).stream().filter(InspectionStatus::cleared))
                .containsExactlyInAnyOrder(InspectionStatus.PASSED, InspectionStatus.BASIC_PASSED,
                        InspectionStatus.RECTIFIED);
        assertThat(EnumSet.allOf(InspectionStatus.class).stream().filter(InspectionStatus::awaitsRectification))
                .containsExactlyInAnyOrder(InspectionStatus.BASIC_PASSED, InspectionStatus.FAILED);
    }

    @Test
    void onlyBasicPassAndFailAskForRectification() {
        assertThat(EnumSet.allOf(InspectionAction.class).stream().filter(InspectionAction::requiresRectification))
                .containsExactlyInAnyOrder(InspectionAction.BASIC_PASS, InspectionAction.FAIL);
    }
}
