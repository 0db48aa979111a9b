package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The order of an organization's lifecycle dates, through the lifecycle's own moves (登记/备案, 换届, 注销, 成立日期
 * corrected) and the annual-inspection years: each rule at its boundary (the same day is allowed, the day before or
 * after is refused, naming both dates) and in the future.
 */
class LifecycleDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate FOUNDED = LocalDate.of(2020, 5, 1);
    private static final LocalDate REGISTERED = LocalDate.of(2021, 4, 12);
    private static final LocalDate CANCELLED = LocalDate.of(2024, 6, 30);
    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final String CODE = "51430121MJJ000011Q";

    private static Organization organization(LegalForm form, OrganizationStatus status, LocalDate foundedOn,
            LocalDate registeredOn, LocalDate cancelledOn) {
        return new Organization(UUID.randomUUID(), "星沙测试协会", form, status == OrganizationStatus.IN_PREPARATION
                ? null : CODE, XINGSHA, null, Category.PUBLIC_WELFARE, status,
                new Profile(null, null, null, null, null, null, foundedOn), registeredOn, cancelledOn,
                Instant.parse("2020-01-01T00:00:00Z"));
    }

    private static Organization preparing(LocalDate foundedOn) {
        return organization(LegalForm.SOCIAL_GROUP, OrganizationStatus.IN_PREPARATION, foundedOn, null, null);
    }

    private static Organization registered() {
        return organization(LegalForm.SOCIAL_GROUP, OrganizationStatus.REGISTERED, FOUNDED, REGISTERED, null);
    }

    private static Organization cancelled() {
        return organization(LegalForm.SOCIAL_GROUP, OrganizationStatus.CANCELLED, FOUNDED, REGISTERED, CANCELLED);
    }

    /** The refusal is one field problem of {@code field} with {@code code}, naming both dates. */
    private static void refused(ThrowingCallable call, String field, String code, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldProblemException.class, e -> {
            assertThat(e.fieldProblems()).hasSize(1);
            assertThat(e.fieldProblems().get(0).field()).isEqualTo(field);
            assertThat(e.fieldProblems().get(0).code()).isEqualTo(code);
            assertThat(e.fieldProblems().get(0).args()).containsExactly(args);
        });
    }

    @Test
    void registrationIsOnOrAfterTheFounding() {
        assertThat(preparing(FOUNDED).register(LifecycleAction.REGISTER, CODE, null, FOUNDED, "registeredOn", TODAY)
                .registeredOn()).isEqualTo(FOUNDED);
        refused(() -> preparing(FOUNDED).register(LifecycleAction.REGISTER, CODE, null, FOUNDED.minusDays(1),
                "registeredOn", TODAY), "registeredOn", "Organization.registeredOn.beforeFounded",
                FOUNDED.minusDays(1), FOUNDED);
        assertThat(preparing(null).register(LifecycleAction.REGISTER, CODE, null, REGISTERED, "registeredOn", TODAY)
                .registeredOn()).isEqualTo(REGISTERED);
    }

    @Test
    void filingIsOnOrAfterTheFoundingAndNamesItsOwnField() {
        Organization team = organization(LegalForm.COMMUNITY_ORGANIZATION, OrganizationStatus.IN_PREPARATION, FOUNDED,
                null, null);
        refused(() -> team.register(LifecycleAction.FILE, null, null, FOUNDED.minusDays(1), "filedOn", TODAY),
                "filedOn", "Organization.registeredOn.beforeFounded", FOUNDED.minusDays(1), FOUNDED);
        assertThat(team.register(LifecycleAction.FILE, null, null, FOUNDED, "filedOn", TODAY).status())
                .isEqualTo(OrganizationStatus.FILED);
    }

    @Test
    void noLifecycleDateLiesInTheFuture() {
        refused(() -> preparing(null).register(LifecycleAction.REGISTER, CODE, null, TODAY.plusDays(1),
                "registeredOn", TODAY), "registeredOn", "Organization.date.future", TODAY.plusDays(1), TODAY);
        refused(() -> registered().renewBoard(null, TODAY.plusDays(1), TODAY), "renewedOn",
                "Organization.date.future", TODAY.plusDays(1), TODAY);
        refused(() -> registered().cancel(TODAY.plusDays(1), null, TODAY), "cancelledOn", "Organization.date.future",
                TODAY.plusDays(1), TODAY);
        refused(() -> preparing(null).withProfile(null, profileFounded(TODAY.plusDays(1)), TODAY), "foundedOn",
                "Organization.date.future", TODAY.plusDays(1), TODAY);
        assertThat(registered().cancel(TODAY, null, TODAY).cancelledOn()).isEqualTo(TODAY);
    }

    @Test
    void aBoardRenewalIsOnOrAfterTheRegistration() {
        assertThatCode(() -> registered().renewBoard(null, REGISTERED, TODAY)).doesNotThrowAnyException();
        refused(() -> registered().renewBoard(null, REGISTERED.minusDays(1), TODAY), "renewedOn",
                "Organization.renewedOn.beforeRegistered", REGISTERED.minusDays(1), REGISTERED);
    }

    @Test
    void aCancellationIsOnOrAfterTheRegistrationAndTheLastRenewal() {
        assertThat(registered().cancel(REGISTERED, null, TODAY).status()).isEqualTo(OrganizationStatus.CANCELLED);
        refused(() -> registered().cancel(REGISTERED.minusDays(1), null, TODAY), "cancelledOn",
                "Organization.cancelledOn.beforeRegistered", REGISTERED.minusDays(1), REGISTERED);
        LocalDate renewed = LocalDate.of(2024, 3, 18);
        assertThat(registered().cancel(renewed, renewed, TODAY).cancelledOn()).isEqualTo(renewed);
        refused(() -> registered().cancel(renewed.minusDays(1), renewed, TODAY), "cancelledOn",
                "Organization.cancelledOn.beforeRenewed", renewed.minusDays(1), renewed);
    }

    @Test
    void aRegisteredOrganizationWithoutItsDateIsBoundOnlyByToday() {
        Organization undated = organization(LegalForm.SOCIAL_GROUP, OrganizationStatus.REGISTERED, null, null, null);
        assertThat(undated.cancel(LocalDate.of(2000, 1, 1), null, TODAY).status())
                .isEqualTo(OrganizationStatus.CANCELLED);
        assertThatCode(() -> undated.renewBoard(null, LocalDate.of(2000, 1, 1), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aCorrectedFoundingDateIsOnOrBeforeTheRegistrationAndTheCancellation() {
        assertThat(registered().withProfile(null, profileFounded(REGISTERED), TODAY).profile().foundedOn())
                .isEqualTo(REGISTERED);
        refused(() -> registered().withProfile(null, profileFounded(REGISTERED.plusDays(1)), TODAY), "foundedOn",
                "Organization.foundedOn.afterRegistered", REGISTERED.plusDays(1), REGISTERED);
        Organization undatedButCancelled = organization(LegalForm.SOCIAL_GROUP, OrganizationStatus.CANCELLED, null,
                null, CANCELLED);
        refused(() -> undatedButCancelled.withProfile(null, profileFounded(CANCELLED.plusDays(1)), TODAY),
                "foundedOn", "Organization.foundedOn.afterCancelled", CANCELLED.plusDays(1), CANCELLED);
        assertThatCode(() -> preparing(null).withProfile(null, profileFounded(TODAY), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnchangedFoundingDateIsNotJudgedAgain() {
        Organization inconsistent = organization(LegalForm.SOCIAL_GROUP, OrganizationStatus.REGISTERED,
                REGISTERED.plusDays(1), REGISTERED, null);
        assertThatCode(() -> inconsistent.withProfile(Category.CULTURE_SPORTS, inconsistent.profile(), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void recordingAnAlreadyRegisteredOrganizationOrdersItsTwoDates() {
        assertThatCode(() -> LifecycleDates.requireRecorded(FOUNDED, FOUNDED, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> LifecycleDates.requireRecorded(null, REGISTERED, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> LifecycleDates.requireRecorded(FOUNDED, null, TODAY)).doesNotThrowAnyException();
        refused(() -> LifecycleDates.requireRecorded(FOUNDED, FOUNDED.minusDays(1), TODAY), "registeredOn",
                "Organization.registeredOn.beforeFounded", FOUNDED.minusDays(1), FOUNDED);
        assertThatThrownBy(() -> LifecycleDates.requireRecorded(TODAY.plusDays(2), TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::field)
                        .containsExactly("foundedOn", "registeredOn", "registeredOn"));
    }

    @Test
    void inspectionYearsLieWithinTheOrganizationsLife() {
        assertThatCode(() -> LifecycleDates.requireInspectionYear(registered(), 2021, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> LifecycleDates.requireInspectionYear(registered(), 2025, TODAY))
                .doesNotThrowAnyException();
        refused(() -> LifecycleDates.requireInspectionYear(registered(), 2020, TODAY), "year",
                "AnnualInspection.year.beforeRegistered", 2020, REGISTERED);
        refused(() -> LifecycleDates.requireInspectionYear(registered(), 2026, TODAY), "year",
                "AnnualInspection.year.future", 2026);
        refused(() -> LifecycleDates.requireInspectionYear(registered(), 2030, TODAY), "year",
                "AnnualInspection.year.future", 2030);
        assertThatCode(() -> LifecycleDates.requireInspectionYear(cancelled(), 2024, TODAY))
                .doesNotThrowAnyException();
        refused(() -> LifecycleDates.requireInspectionYear(cancelled(), 2025, TODAY), "year",
                "AnnualInspection.year.afterCancelled", 2025, CANCELLED);
        Organization undated = organization(LegalForm.SOCIAL_GROUP, OrganizationStatus.REGISTERED, null, null, null);
        assertThatCode(() -> LifecycleDates.requireInspectionYear(undated, 1990, TODAY)).doesNotThrowAnyException();
    }

    private static Profile profileFounded(LocalDate foundedOn) {
        return new Profile(null, null, null, null, null, null, foundedOn);
    }
}
