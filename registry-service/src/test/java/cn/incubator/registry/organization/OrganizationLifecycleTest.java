package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (status, action, legal form) combination of the organization lifecycle: the allowed ones land where the
 * lifecycle says, every other one is refused naming the current status.
 */
class OrganizationLifecycleTest {

    private static final Set<LegalForm> REGISTERED_FORMS =
            EnumSet.of(LegalForm.SOCIAL_GROUP, LegalForm.SOCIAL_SERVICE_ORGANIZATION, LegalForm.FOUNDATION);

    /** The allowed transitions, written out by hand from the domain brief. */
    private static Map<String, OrganizationStatus> allowed() {
        Map<String, OrganizationStatus> allowed = new HashMap<>();
        for (LegalForm form : REGISTERED_FORMS) {
            allowed.put(key(OrganizationStatus.IN_PREPARATION, LifecycleAction.REGISTER, form),
                    OrganizationStatus.REGISTERED);
            allowed.put(key(OrganizationStatus.REGISTERED, LifecycleAction.RENEW_BOARD, form),
                    OrganizationStatus.REGISTERED);
            allowed.put(key(OrganizationStatus.REGISTERED, LifecycleAction.CANCEL, form), OrganizationStatus.CANCELLED);
        }
        LegalForm community = LegalForm.COMMUNITY_ORGANIZATION;
        allowed.put(key(OrganizationStatus.IN_PREPARATION, LifecycleAction.FILE, community), OrganizationStatus.FILED);
        allowed.put(key(OrganizationStatus.FILED, LifecycleAction.RENEW_BOARD, community), OrganizationStatus.FILED);
        allowed.put(key(OrganizationStatus.FILED, LifecycleAction.CANCEL, community), OrganizationStatus.CANCELLED);
        return allowed;
    }

    static Stream<Arguments> everyCombination() {
        Map<String, OrganizationStatus> allowed = allowed();
        Stream.Builder<Arguments> all = Stream.builder();
        for (OrganizationStatus status : OrganizationStatus.values()) {
            for (LifecycleAction action : LifecycleAction.values()) {
                for (LegalForm form : LegalForm.values()) {
                    all.add(Arguments.of(status, action, form, allowed.get(key(status, action, form))));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} --{1}--> {3} for {2}")
    @MethodSource("everyCombination")
    void transitionLandsWhereTheLifecycleSaysOrIsRefused(OrganizationStatus status, LifecycleAction action,
            LegalForm form, OrganizationStatus expected) {
        if (expected != null) {
            assertThat(status.after(action, form)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> status.after(action, form))
                    .isInstanceOfSatisfying(OrganizationStatus.IllegalLifecycleTransition.class, e -> {
                        assertThat(e.current()).isEqualTo(status);
                        assertThat(e.action()).isEqualTo(action);
                    });
        }
    }

    @Test
    void theMatrixCoversSixAllowedTransitionsPerRegisteredFormAndThreeForCommunityOrganizations() {
        assertThat(everyCombination().filter(a -> a.get()[3] != null).count()).isEqualTo(3 * 3 + 3);
        assertThat(everyCombination().count())
                .isEqualTo((long) OrganizationStatus.values().length * LifecycleAction.values().length
                        * LegalForm.values().length);
    }

    @Test
    void aCancelledOrganizationAllowsNothing() {
        for (LifecycleAction action : LifecycleAction.values()) {
            for (LegalForm form : LegalForm.values()) {
                assertThatThrownBy(() -> OrganizationStatus.CANCELLED.after(action, form))
                        .isInstanceOf(OrganizationStatus.IllegalLifecycleTransition.class);
            }
        }
    }

    @Test
    void recordedOrganizationsStartInPreparationUnlessAlreadyRegisteredOrFiled() {
        assertThat(OrganizationStatus.initial(LegalForm.SOCIAL_GROUP, false)).isEqualTo(OrganizationStatus.IN_PREPARATION);
        assertThat(OrganizationStatus.initial(LegalForm.COMMUNITY_ORGANIZATION, false))
                .isEqualTo(OrganizationStatus.IN_PREPARATION);
        assertThat(OrganizationStatus.initial(LegalForm.FOUNDATION, true)).isEqualTo(OrganizationStatus.REGISTERED);
        assertThat(OrganizationStatus.initial(LegalForm.COMMUNITY_ORGANIZATION, true))
                .isEqualTo(OrganizationStatus.FILED);
    }

    @Test
    void onlyRegisteredAndFiledAreActive() {
        assertThat(EnumSet.allOf(OrganizationStatus.class).stream().filter(OrganizationStatus::isActive))
                .containsExactlyInAnyOrder(OrganizationStatus.REGISTERED, OrganizationStatus.FILED);
    }

    private static String key(OrganizationStatus status, LifecycleAction action, LegalForm form) {
        return status + "/" + action + "/" + form;
    }
}
