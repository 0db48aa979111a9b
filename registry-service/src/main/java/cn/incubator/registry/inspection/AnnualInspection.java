package cn.incubator.registry.inspection;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One organization's annual inspection (年检) for one year. Every change goes through {@link InspectionStatus#after}.
 *
 * @param rectificationOpinion 整改意见, set with a basic pass or a failure
 * @param rectificationDue     the day by which the organization must have rectified
 */
public record AnnualInspection(
        UUID id,
        UUID organizationId,
        String organizationName,
        Jurisdiction jurisdiction,
        int year,
        InspectionStatus status,
        String reportSummary,
        String submittedBy,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt,
        String concludedBy,
        Instant concludedAt,
        String rectificationOpinion,
        LocalDate rectificationDue,
        LocalDate rectifiedOn) {

    /** The list's order ({@code i.year DESC, o.name, i.id}), for merging the rows of several nodes. */
    public static final ListOrder<AnnualInspection> ORDER = ListOrder.identifiedBy(AnnualInspection::id)
            .largestFirst(AnnualInspection::year).text(AnnualInspection::organizationName).thenId();

    /** The overdue rectifications' order ({@code i.rectification_due, o.name, i.id}), most overdue first. */
    public static final ListOrder<AnnualInspection> OVERDUE_ORDER = ListOrder.identifiedBy(AnnualInspection::id)
            .earliestDayFirst(AnnualInspection::rectificationDue).text(AnnualInspection::organizationName).thenId();

    AnnualInspection review(String by, Instant at) {
        return new AnnualInspection(id, organizationId, organizationName, jurisdiction, year,
                status.after(InspectionAction.REVIEW), reportSummary, submittedBy, submittedAt, by, at, concludedBy,
                concludedAt, rectificationOpinion, rectificationDue, rectifiedOn);
    }

    /** Pass, basic pass or fail; the rectification opinion and due date are kept only when the result asks for them. */
    AnnualInspection conclude(InspectionAction result, String opinion, LocalDate due, String by, Instant at) {
        if (result != InspectionAction.PASS && !result.requiresRectification()) {
            throw new IllegalArgumentException(result + " is not a conclusion");
        }
        boolean rectify = result.requiresRectification();
        return new AnnualInspection(id, organizationId, organizationName, jurisdiction, year, status.after(result),
                reportSummary, submittedBy, submittedAt, reviewedBy, reviewedAt, by, at, rectify ? opinion : null,
                rectify ? due : null, null);
    }

    AnnualInspection completeRectification(LocalDate on) {
        return new AnnualInspection(id, organizationId, organizationName, jurisdiction, year,
                status.after(InspectionAction.COMPLETE_RECTIFICATION), reportSummary, submittedBy, submittedAt,
                reviewedBy, reviewedAt, concludedBy, concludedAt, rectificationOpinion, rectificationDue, on);
    }

    /** Opinions still open after their due date. */
    public boolean rectificationOverdue(LocalDate today) {
        return status.awaitsRectification() && rectificationDue != null && rectificationDue.isBefore(today);
    }
}
