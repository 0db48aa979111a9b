package cn.incubator.grants.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    private final EligibilityRules countyRound = new EligibilityRules(
            Set.of("SOCIAL_SERVICE_ORGANIZATION", "COMMUNITY_ORGANIZATION"), "STARTUP", "430121000000");

    @Test
    void aDevelopingOrganizationOfTheCountyInAnAllowedFormIsEligible() {
        assertThat(countyRound.reasons(applicant("SOCIAL_SERVICE_ORGANIZATION", "DEVELOPING", "430121001000")))
                .isEmpty();
        assertThat(countyRound.reasons(applicant("COMMUNITY_ORGANIZATION", "STARTUP", "430121004000"))).isEmpty();
    }

    @Test
    void eachBrokenRuleGivesItsReason() {
        assertThat(countyRound.reasons(applicant("FOUNDATION", "MODEL", "430121001000")))
                .containsExactly("LEGAL_FORM_NOT_ALLOWED");
        assertThat(countyRound.reasons(applicant("COMMUNITY_ORGANIZATION", "IN_PREPARATION", "430121001000")))
                .containsExactly("MATURITY_TOO_LOW");
        assertThat(countyRound.reasons(applicant("COMMUNITY_ORGANIZATION", null, "430121001000")))
                .containsExactly("MATURITY_TOO_LOW");
        assertThat(countyRound.reasons(applicant("COMMUNITY_ORGANIZATION", "STARTUP", "430102000000")))
                .containsExactly("OUTSIDE_JURISDICTION");
        assertThat(countyRound.reasons(new EligibilityRules.Applicant("COMMUNITY_ORGANIZATION", "STARTUP",
                "430121001000", true, false, List.of("ABNORMAL_NO_ANNUAL_REPORT"))))
                .containsExactly("ABNORMAL_NO_ANNUAL_REPORT", "ON_ABNORMAL_LIST");
        assertThat(countyRound.reasons(new EligibilityRules.Applicant("COMMUNITY_ORGANIZATION", "STARTUP",
                "430121001000", false, false, List.of()))).containsExactly("REGISTRY_NOT_ELIGIBLE");
    }

    @Test
    void noFormsAndNoMaturityAllowEveryFormAndMaturity() {
        EligibilityRules open = new EligibilityRules(Set.of(), null, "511800000000");
        assertThat(open.reasons(applicant("FOUNDATION", null, "511802000000"))).isEmpty();
        assertThatThrownBy(() -> new EligibilityRules(Set.of(), "MATURE", "511800000000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EligibilityRules.Applicant applicant(String form, String maturity, String jurisdiction) {
        return new EligibilityRules.Applicant(form, maturity, jurisdiction, false, true, List.of());
    }
}
