package cn.incubator.training.certificate;

import java.util.List;
import java.util.UUID;

/**
 * What a bulk issue (批量发证) of a session did: how many certificates it issued now, how many people already held one
 * (valid or revoked), and who is not eligible and why.
 */
public record IssueReport(UUID sessionId, int issued, int alreadyIssued, int notEligible,
        List<Certificate> issuedCertificates, List<NotEligible> notEligiblePeople) {

    /** Attended fewer sittings than the course's completion percent (未达结业条件). */
    public static final String BELOW_THRESHOLD = "attendance-below-threshold";
    /** Stayed on the waiting list (候补), never held a place. */
    public static final String NO_PLACE = "waitlisted";

    /** One person not eligible: the reason, and the sittings attended of all, against the percent required. */
    public record NotEligible(UUID enrolmentId, UUID organizationId, String personName, String reason, int attended,
            int sittings, int requiredPercent) {
    }
}
