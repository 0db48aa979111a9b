package cn.incubator.grants.round;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A round's eligibility rules (申报条件), checked against what the registry answers about an applicant at submission.
 * Plain Java. The reasons are stable codes; the registry's own reasons (e.g. CANCELLED, ABNORMAL_NO_ANNUAL_REPORT)
 * are passed through.
 *
 * @param allowedLegalForms   registry legal forms allowed to apply; empty allows every form
 * @param minimumMaturity     the least maturity (筹建型 → 初创型 → 发展型 → 示范型), or {@code null} for any
 * @param eligibleJurisdiction where the organization must be
 */
public record EligibilityRules(Set<String> allowedLegalForms, String minimumMaturity, String eligibleJurisdiction) {

    /** Maturity in the registry's order, least first. */
    public static final List<String> MATURITIES = List.of("IN_PREPARATION", "STARTUP", "DEVELOPING", "MODEL");

    public EligibilityRules {
        allowedLegalForms = Set.copyOf(allowedLegalForms);
        if (minimumMaturity != null && !MATURITIES.contains(minimumMaturity)) {
            throw new IllegalArgumentException("Unknown maturity " + minimumMaturity);
        }
    }

    /** Why the applicant is not eligible; empty when it is. */
    public List<String> reasons(Applicant applicant) {
        List<String> reasons = new ArrayList<>();
        if (!applicant.registryEligible()) {
            reasons.addAll(applicant.registryReasons().isEmpty() ? List.of("REGISTRY_NOT_ELIGIBLE")
                    : applicant.registryReasons());
        }
        if (applicant.onAbnormalList() && !reasons.contains("ON_ABNORMAL_LIST")) {
            reasons.add("ON_ABNORMAL_LIST");
        }
        if (!allowedLegalForms.isEmpty() && !allowedLegalForms.contains(applicant.legalForm())) {
            reasons.add("LEGAL_FORM_NOT_ALLOWED");
        }
        if (minimumMaturity != null) {
            int least = MATURITIES.indexOf(minimumMaturity);
            int actual = applicant.maturity() == null ? -1 : MATURITIES.indexOf(applicant.maturity());
            if (actual < least) {
                reasons.add("MATURITY_TOO_LOW");
            }
        }
        if (applicant.jurisdictionCode() == null || !Jurisdiction.isValid(applicant.jurisdictionCode())
                || !Jurisdiction.of(eligibleJurisdiction).contains(Jurisdiction.of(applicant.jurisdictionCode()))) {
            reasons.add("OUTSIDE_JURISDICTION");
        }
        return List.copyOf(reasons);
    }

    /** What the registry said about the applicant when it submitted. */
    public record Applicant(String legalForm, String maturity, String jurisdictionCode, boolean onAbnormalList,
            boolean registryEligible, List<String> registryReasons) {
    }
}
