package cn.incubator.registry.weekly;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.registry.organization.Category;
import java.time.Instant;
import java.util.UUID;

/** One activity in an organization's weekly pre-report (活动周预报). */
public record WeeklyActivity(
        UUID id,
        UUID organizationId,
        String organizationName,
        Category organizationCategory,
        Jurisdiction organizationJurisdiction,
        String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        Jurisdiction jurisdiction,
        int expectedAttendees,
        int volunteers,
        String volunteerTeam,
        String contactName,
        String contactPhone,
        Instant submittedAt,
        String submittedBy,
        Instant deadline,
        boolean late,
        Instant correctedAt,
        Instant withdrawnAt) {

    /** A new report: neither corrected nor withdrawn yet. */
    public WeeklyActivity(UUID id, UUID organizationId, String organizationName, Category organizationCategory,
            Jurisdiction organizationJurisdiction, String title, Instant startsAt, Instant endsAt, String place,
            Jurisdiction jurisdiction, int expectedAttendees, int volunteers, String volunteerTeam, String contactName,
            String contactPhone, Instant submittedAt, String submittedBy, Instant deadline, boolean late) {
        this(id, organizationId, organizationName, organizationCategory, organizationJurisdiction, title, startsAt,
                endsAt, place, jurisdiction, expectedAttendees, volunteers, volunteerTeam, contactName, contactPhone,
                submittedAt, submittedBy, deadline, late, null, null);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public ActivityWeek week() {
        return ActivityWeek.of(startsAt);
    }

    public ActivitySlot slot() {
        return ActivitySlot.of(startsAt, endsAt, place, jurisdiction.code(), volunteerTeam);
    }
}
