package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalFormTest {

    @Test
    void registeredFormsNeedCivilAffairsAndTheirOwnTypeDigit() {
        assertThat(LegalForm.SOCIAL_GROUP.agreesWith("51430121MJJ000011Q")).isTrue();
        assertThat(LegalForm.SOCIAL_SERVICE_ORGANIZATION.agreesWith("52430121MJJ000021N")).isTrue();
        assertThat(LegalForm.FOUNDATION.agreesWith("53430100MJJ0000519")).isTrue();
        assertThat(LegalForm.SOCIAL_GROUP.agreesWith("52430121MJJ000021N")).isFalse();
        assertThat(LegalForm.FOUNDATION.agreesWith("51430121MJJ000011Q")).isFalse();
    }

    @Test
    void aCodeFromAnotherAuthorityNeverAgrees() {
        // 91…: an enterprise registered with market regulation, not civil affairs.
        assertThat(LegalForm.SOCIAL_GROUP.agreesWith("91430121MA4L000001")).isFalse();
        assertThat(LegalForm.SOCIAL_GROUP.agreesWith("11430121MJJ000011Q")).isFalse();
        assertThat(LegalForm.COMMUNITY_ORGANIZATION.agreesWith("91430121MA4L000001")).isFalse();
    }

    @Test
    void aCommunityOrganizationMayCarryAnyCivilAffairsCode() {
        assertThat(LegalForm.COMMUNITY_ORGANIZATION.agreesWith("51430121MJJ000011Q")).isTrue();
        assertThat(LegalForm.COMMUNITY_ORGANIZATION.agreesWith("52430121MJJ000021N")).isTrue();
    }
}
