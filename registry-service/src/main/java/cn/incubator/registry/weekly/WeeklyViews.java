package cn.incubator.registry.weekly;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the weekly pre-report reads back: clashes, checks, the compiled issue and cumulative figures. */
public final class WeeklyViews {

    private WeeklyViews() {
    }

    /** The other side of a clash as both organizations see it: enough to talk to each other, no contact data. */
    public record ActivitySummary(UUID id, UUID organizationId, String organizationName, String title,
            Instant startsAt, Instant endsAt, String place, @JsonIgnore String jurisdictionCode, String volunteerTeam) {
        /** Read back from the one response shape, as a federated list reads a node's answer. */
        @JsonCreator
        static ActivitySummary read(@JsonProperty("id") UUID id, @JsonProperty("organizationId") UUID organizationId,
                @JsonProperty("organizationName") String organizationName, @JsonProperty("title") String title,
                @JsonProperty("startsAt") Instant startsAt, @JsonProperty("endsAt") Instant endsAt,
                @JsonProperty("place") String place, @JsonProperty("jurisdiction") Jurisdiction jurisdiction,
                @JsonProperty("volunteerTeam") String volunteerTeam) {
            return new ActivitySummary(id, organizationId, organizationName, title, startsAt, endsAt, place,
                    jurisdiction == null ? null : jurisdiction.code(), volunteerTeam);
        }

        /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
        @JsonProperty("jurisdiction")
        public Jurisdiction jurisdiction() {
            return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
        }
    }

    public record Clash(UUID id, ClashKind kind, Instant detectedAt, ActivitySummary first, ActivitySummary second) {

        /** The list's order ({@code c.detected_at, c.id}), for merging the rows of several nodes. */
        public static final ListOrder<Clash> ORDER = ListOrder.identifiedBy(Clash::id).oldestFirst(Clash::detectedAt)
                .thenId();
    }

    public record Check(UUID id, UUID activityId, CheckMethod method, String checkedBy, Instant checkedAt,
            CheckResult result, Integer actualAttendance, String note, String recordedBy, Instant recordedAt) {
    }

    /** One bar of a chart: activities and expected attendees of one organization, category or district. */
    public record Group(String key, String label, long activities, long expectedAttendees) {
    }

    /** The issue of one week for one jurisdiction, as leaders read it. */
    public record Compilation(String week, LocalDate monday, Jurisdiction jurisdiction,
            Instant deadline, long activities, long expectedAttendees, long lateActivities, long clashes,
            List<Group> byOrganization, List<Group> byCategory, List<Group> byDistrict) {
    }

    /**
     * Totals over a period, Ya'an style: weekly issues are the weeks with at least one reported activity; attendees
     * count a checked activity's actual attendance and the expected attendees of the others.
     */
    public record Cumulative(Jurisdiction jurisdiction, LocalDate from, LocalDate to,
            long weeklyIssues, long activities, long attendees, long expectedAttendees, long checkedActivities,
            List<WeekFigures> byWeek) {
    }

    /** One weekly issue of a period (the leaders' weekly chart): its week, activities and attendees, counted alike. */
    public record WeekFigures(String week, LocalDate monday, long activities, long attendees) {
    }
}
