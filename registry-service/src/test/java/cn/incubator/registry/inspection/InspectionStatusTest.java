package cn.incubator.registry.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (status, action) pair of the annual inspection: six allowed, every other refused naming the status. */
class InspectionStatusTest {

    private static final Map<String, InspectionStatus> ALLOWED = Map.of(
            "SUBMITTED/REVIEW", InspectionStatus.REVIEWED,
            "REVIEWED/PASS", InspectionStatus.PASSED,
            "REVIEWED/BASIC_PASS", InspectionStatus.BASIC_PASSED,
            "REVIEWED/FAIL", InspectionStatus.FAILED,
            "BASIC_PASSED/COMPLETE_RECTIFICATION", InspectionStatus.RECTIFIED,
            "FAILED/COMPLETE_RECTIFICATION", InspectionStatus.RECTIFIED);

    static Stream<Arguments> everyPair() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (InspectionStatus status : InspectionStatus.values()) {
            for (InspectionAction action : InspectionAction.values()) {
                all.add(Arguments.of(status, action, ALLOWED.get(status + "/" + action)));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyPair")
    void transitionLandsWhereTheInspectionProcessSaysOrIsRefused(InspectionStatus status, InspectionAction action,
            InspectionStatus expected) {
        if (expected != null) {
            assertThat(status.after(action)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> status.after(action))
                    .isInstanceOfSatisfying(InspectionStatus.IllegalInspectionTransition.class, e -> {
                        assertThat(e.current()).isEqualTo(status);
                        assertThat(e.action()).isEqualTo(action);
                    });
        }
    }

    @Test
    void thirtyPairsSixAllowed() {
        assertThat(everyPair().count()).isEqualTo(30);
        assertThat(everyPair().filter(a -> a.get()[2] != null).count()).isEqualTo(6);
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
