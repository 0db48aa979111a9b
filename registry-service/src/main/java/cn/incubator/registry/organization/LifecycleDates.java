package cn.incubator.registry.organization;

import cn.incubator.platform.problem.FieldProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of an organization's lifecycle dates (生命周期日期): founded (成立) on or before registration (登记) or
 * filing (备案); every board renewal (换届) and the cancellation (注销) on or after it; the cancellation on or after
 * the last renewal; none of them after today (Beijing time). And the years whose annual report (年检/年报) an
 * organization may submit: from the year it was registered to the year it was cancelled, never the current year or
 * later. A date that breaks the order is refused as a field error naming both dates.
 */
public final class LifecycleDates {

    private LifecycleDates() {
    }

    /**
     * Recording an organization (already registered or filed when {@code registeredOn} is given): founded on or
     * before the registration, neither in the future.
     */
    static void requireRecorded(LocalDate foundedOn, LocalDate registeredOn, LocalDate today) {
        Problems problems = new Problems();
        problems.notFuture("foundedOn", foundedOn, today);
        problems.notFuture("registeredOn", registeredOn, today);
        if (foundedOn != null && registeredOn != null && registeredOn.isBefore(foundedOn)) {
            problems.add("registeredOn", "Organization.registeredOn.beforeFounded", registeredOn, foundedOn);
        }
        problems.raise();
    }

    /**
     * 登记 / 备案 of {@code organization} on {@code on}, the request field carrying it being {@code field}
     * ({@code registeredOn} or {@code filedOn}): not before its founding, not in the future.
     */
    static void requireRegistration(Organization organization, String field, LocalDate on, LocalDate today) {
        Problems problems = new Problems();
        problems.notFuture(field, on, today);
        LocalDate foundedOn = organization.profile().foundedOn();
        if (foundedOn != null && on.isBefore(foundedOn)) {
            problems.add(field, "Organization.registeredOn.beforeFounded", on, foundedOn);
        }
        problems.raise();
    }

    /** 换届 on {@code renewedOn}: not before the registration (filing), not in the future. */
    static void requireRenewal(Organization organization, LocalDate renewedOn, LocalDate today) {
        Problems problems = new Problems();
        problems.notFuture("renewedOn", renewedOn, today);
        if (organization.registeredOn() != null && renewedOn.isBefore(organization.registeredOn())) {
            problems.add("renewedOn", "Organization.renewedOn.beforeRegistered", renewedOn,
                    organization.registeredOn());
        }
        problems.raise();
    }

    /**
     * 注销 on {@code cancelledOn}: not before the registration (filing), nor before the last board renewal
     * ({@code lastRenewedOn}, null when none), not in the future.
     */
    static void requireCancellation(Organization organization, LocalDate cancelledOn, LocalDate lastRenewedOn,
            LocalDate today) {
        Problems problems = new Problems();
        problems.notFuture("cancelledOn", cancelledOn, today);
        if (organization.registeredOn() != null && cancelledOn.isBefore(organization.registeredOn())) {
            problems.add("cancelledOn", "Organization.cancelledOn.beforeRegistered", cancelledOn,
                    organization.registeredOn());
        } else if (lastRenewedOn != null && cancelledOn.isBefore(lastRenewedOn)) {
            problems.add("cancelledOn", "Organization.cancelledOn.beforeRenewed", cancelledOn, lastRenewedOn);
        }
        problems.raise();
    }

    /** A corrected founding date (成立日期): not after the registration (filing) nor the cancellation, not future. */
    static void requireFounding(Organization organization, LocalDate foundedOn, LocalDate today) {
        if (foundedOn == null) {
            return;
        }
        Problems problems = new Problems();
        problems.notFuture("foundedOn", foundedOn, today);
        if (organization.registeredOn() != null && foundedOn.isAfter(organization.registeredOn())) {
            problems.add("foundedOn", "Organization.foundedOn.afterRegistered", foundedOn,
                    organization.registeredOn());
        } else if (organization.cancelledOn() != null && foundedOn.isAfter(organization.cancelledOn())) {
            problems.add("foundedOn", "Organization.foundedOn.afterCancelled", foundedOn,
                    organization.cancelledOn());
        }
        problems.raise();
    }

    /**
     * The annual report (年检) for {@code year}: a year that is over, not before the year of registration, not after
     * the year of cancellation.
     */
    public static void requireInspectionYear(Organization organization, int year, LocalDate today) {
        Problems problems = new Problems();
        if (year >= today.getYear()) {
            problems.add("year", "AnnualInspection.year.future", year);
        } else if (organization.registeredOn() != null && year < organization.registeredOn().getYear()) {
            problems.add("year", "AnnualInspection.year.beforeRegistered", year, organization.registeredOn());
        } else if (organization.cancelledOn() != null && year > organization.cancelledOn().getYear()) {
            problems.add("year", "AnnualInspection.year.afterCancelled", year, organization.cancelledOn());
        }
        problems.raise();
    }

    /** Field problems collected and raised together, so that a request learns every wrong date at once. */
    private static final class Problems {

        private final List<FieldProblemException.FieldProblem> found = new ArrayList<>();

        void notFuture(String field, LocalDate date, LocalDate today) {
            if (date != null && date.isAfter(today)) {
                add(field, "Organization.date.future", date, today);
            }
        }

        void add(String field, String code, Object... args) {
            found.add(new FieldProblemException.FieldProblem(field, code, args));
        }

        void raise() {
            if (!found.isEmpty()) {
                throw new FieldProblemException(found);
            }
        }
    }
}
