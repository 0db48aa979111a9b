package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import cn.incubator.platform.transition.IllegalTransitionException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Every (status, action, legal form) combination of the organization lifecycle: the allowed ones land where the
 * lifecycle says, every other one is refused naming the current status.
 */
class OrganizationLifecycleTest {

    @Test
    void aSocialGroupSocialServiceOrganizationOrFoundationIsRegisteredNeverFiled() {
        LifecycleTables.assertExactly(OrganizationStatus.REGISTERED_FORMS, """
                IN_PREPARATION REGISTER REGISTERED
                REGISTERED RENEW_BOARD REGISTERED
                REGISTERED CANCEL CANCELLED
                """);
    }

    @Test
    void aCommunityOrganizationIsFiledNeverRegistered() {
        LifecycleTables.assertExactly(OrganizationStatus.FILED_FORMS, """
                IN_PREPARATION FILE FILED
                FILED RENEW_BOARD FILED
                FILED CANCEL CANCELLED
                """);
    }

    @Test
    void everyLegalFormHasTheLifecycleOfHowItBecomesLegal() {
        for (LegalForm form : LegalForm.values()) {
            assertThat(OrganizationStatus.lifecycle(form)).isSameAs(form == LegalForm.COMMUNITY_ORGANIZATION
                    ? OrganizationStatus.FILED_FORMS : OrganizationStatus.REGISTERED_FORMS);
        }
        assertThatThrownBy(() -> OrganizationStatus.IN_PREPARATION.after(LifecycleAction.REGISTER,
                LegalForm.COMMUNITY_ORGANIZATION)).isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).containsExactly(LifecycleAction.FILE));
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
}
