package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Positions 3–8 of a credit code against the registration authority (登记管理机关): the organization's district-level
 * division by default, or a recorded higher-tier authority above it.
 */
class RegistrationAuthorityTest {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final Jurisdiction CHANGSHA_COUNTY = Jurisdiction.of("430121000000");
    private static final Jurisdiction CHANGSHA = Jurisdiction.of("430100000000");
    private static final Jurisdiction HUNAN = Jurisdiction.of("430000000000");
    private static final Jurisdiction FURONG = Jurisdiction.of("430102000000");
    private static final Jurisdiction ZHUZHOU = Jurisdiction.of("430200000000");

    private static String code(String region) {
        return UnifiedSocialCreditCode.withCheckCharacter("51" + region + "MJJ000011");
    }

    private static void refused(ThrowingCallable call, String field, String messageCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldProblemException.class, e -> {
            assertThat(e.fieldProblems()).extracting(FieldProblemException.FieldProblem::field)
                    .containsExactly(field);
            assertThat(e.fieldProblems().get(0).code()).isEqualTo(messageCode);
        });
    }

    @Test
    void theDefaultAuthorityIsTheDistrictLevelDivision() {
        assertThat(RegistrationAuthority.of(XINGSHA, null)).isEqualTo(CHANGSHA_COUNTY);
        assertThat(RegistrationAuthority.of(CHANGSHA_COUNTY, null)).isEqualTo(CHANGSHA_COUNTY);
        assertThat(RegistrationAuthority.of(CHANGSHA, null)).isEqualTo(CHANGSHA);
        assertThat(RegistrationAuthority.of(HUNAN, null)).isEqualTo(HUNAN);
        assertThat(RegistrationAuthority.of(XINGSHA, CHANGSHA)).isEqualTo(CHANGSHA);
    }

    @Test
    void aCodeOfTheDistrictAgreesWithEveryOrganizationOfTheDistrict() {
        assertThatCode(() -> RegistrationAuthority.require(code("430121"), XINGSHA, null)).doesNotThrowAnyException();
        assertThatCode(() -> RegistrationAuthority.require(code("430121"), CHANGSHA_COUNTY, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> RegistrationAuthority.require(code("430100"), CHANGSHA, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> RegistrationAuthority.require(null, XINGSHA, null)).doesNotThrowAnyException();
    }

    @Test
    void aCodeOfAnotherDistrictIsRefusedNamingBoth() {
        assertThatThrownBy(() -> RegistrationAuthority.require(code("430102"), XINGSHA, null))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> {
                    assertThat(e.fieldProblems()).hasSize(1);
                    assertThat(e.fieldProblems().get(0).field()).isEqualTo("creditCode");
                    assertThat(e.fieldProblems().get(0).code()).isEqualTo("CreditCode.region");
                    assertThat(e.fieldProblems().get(0).args()).containsExactly("430102", FURONG.fullName(), "430121",
                            CHANGSHA_COUNTY.fullName());
                });
        refused(() -> RegistrationAuthority.require(code("430200"), XINGSHA, null), "creditCode", "CreditCode.region");
        refused(() -> RegistrationAuthority.require(code("999999"), XINGSHA, null), "creditCode", "CreditCode.region");
        refused(() -> RegistrationAuthority.require(code("430121"), CHANGSHA, null), "creditCode",
                "CreditCode.region");
    }

    @Test
    void aHigherTierCodeNeedsTheRecordedAuthority() {
        refused(() -> RegistrationAuthority.require(code("430100"), XINGSHA, null), "creditCode",
                "CreditCode.region.higher");
        refused(() -> RegistrationAuthority.require(code("430000"), XINGSHA, null), "creditCode",
                "CreditCode.region.higher");
        assertThatCode(() -> RegistrationAuthority.require(code("430100"), XINGSHA, CHANGSHA))
                .doesNotThrowAnyException();
        assertThatCode(() -> RegistrationAuthority.require(code("430000"), XINGSHA, HUNAN)).doesNotThrowAnyException();
        assertThatCode(() -> RegistrationAuthority.require(code("430121"), XINGSHA, CHANGSHA_COUNTY))
                .doesNotThrowAnyException();
    }

    @Test
    void theRecordedAuthorityMustAgreeWithTheCode() {
        refused(() -> RegistrationAuthority.require(code("430121"), XINGSHA, CHANGSHA), "creditCode",
                "CreditCode.region");
        refused(() -> RegistrationAuthority.require(code("430000"), XINGSHA, CHANGSHA), "creditCode",
                "CreditCode.region");
    }

    @Test
    void theRecordedAuthorityIsTheDistrictOrAboveIt() {
        refused(() -> RegistrationAuthority.require(null, XINGSHA, FURONG), "registeredBy",
                "Organization.registeredBy.notAbove");
        refused(() -> RegistrationAuthority.require(null, XINGSHA, ZHUZHOU), "registeredBy",
                "Organization.registeredBy.notAbove");
        refused(() -> RegistrationAuthority.require(null, XINGSHA, XINGSHA), "registeredBy",
                "Organization.registeredBy.notAbove");
        refused(() -> RegistrationAuthority.require(null, CHANGSHA, CHANGSHA_COUNTY), "registeredBy",
                "Organization.registeredBy.notAbove");
        assertThatCode(() -> RegistrationAuthority.require(null, XINGSHA, HUNAN)).doesNotThrowAnyException();
    }

    @Test
    void registrationChecksTheCodeItGivesAndTheAuthorityItRecords() {
        Organization preparing = new Organization(java.util.UUID.randomUUID(), "星沙测试协会", LegalForm.SOCIAL_GROUP,
                null, XINGSHA, null, Category.PUBLIC_WELFARE, OrganizationStatus.IN_PREPARATION,
                new Profile(null, null, null, null, null, null, null), null, null, java.time.Instant.EPOCH);
        java.time.LocalDate on = java.time.LocalDate.of(2026, 1, 5);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        refused(() -> preparing.register(LifecycleAction.REGISTER, code("430102"), null, on, "registeredOn", today),
                "creditCode", "CreditCode.region");
        Organization byTheCity = preparing.register(LifecycleAction.REGISTER, code("430100"), CHANGSHA, on,
                "registeredOn", today);
        assertThat(byTheCity.registeredBy()).isEqualTo(CHANGSHA);
        assertThat(byTheCity.registrationAuthority()).isEqualTo(CHANGSHA);
        assertThat(OrganizationView.of(byTheCity).registeredBy()).isEqualTo(CHANGSHA);
        assertThat(OrganizationView.of(preparing).registeredBy()).isEqualTo(CHANGSHA_COUNTY);
    }
}
