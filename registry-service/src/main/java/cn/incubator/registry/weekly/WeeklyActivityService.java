package cn.incubator.registry.weekly;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Masking;
import cn.incubator.registry.field.Labels;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly activity pre-report (活动周预报): organizations report next week's activities, clashes are flagged to
 * both sides as the second one comes in, bases follow activities up, and the week is compiled for leaders.
 */
@Service
public class WeeklyActivityService {

    static final String SUBJECT = "weekly-activity";

    private final WeeklyActivityRepository activities;
    private final OrganizationService organizations;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final SubmissionDeadline deadline;

    WeeklyActivityService(WeeklyActivityRepository activities, OrganizationService organizations, DataScopes scopes,
            AuditTrail audit, Clock clock,
            @Value("${incubator.registry.weekly.deadline-day:FRIDAY}") DayOfWeek deadlineDay,
            @Value("${incubator.registry.weekly.deadline-time:18:00}") String deadlineTime) {
        this.activities = activities;
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.deadline = new SubmissionDeadline(deadlineDay, LocalTime.parse(deadlineTime));
    }

    public record NewActivity(UUID organizationId, String title, Instant startsAt, Instant endsAt, String place,
            String jurisdiction, int expectedAttendees, int volunteers, String volunteerTeam, String contactName,
            String contactPhone) {
    }

    /** A stored report, late or not, with the clashes it caused. */
    public record Submission(WeeklyActivity activity, List<WeeklyViews.Clash> clashes) {
    }

    public SubmissionDeadline deadline() {
        return deadline;
    }

    /**
     * Stores a report of an activity to come. Refused: an activity already begun (a pre-report is about what is to
     * come), and the same report again (same organization, title, time and place: 409 with the existing one's id).
     */
    @Transactional
    public Submission submit(CurrentUser user, NewActivity request) {
        Organization organization = organizations.get(user, request.organizationId());
        DataScope scope = scopes.of(user);
        scope.requireWritable(organization.jurisdiction(), organization.id());
        Jurisdiction place = Jurisdiction.of(request.jurisdiction());
        scopes.node().requireServes(place);
        Instant now = Instant.now(clock);
        requireAhead(request, now);
        ActivityWeek week = ActivityWeek.of(request.startsAt());
        WeeklyActivity activity = new WeeklyActivity(UUID.randomUUID(), organization.id(), organization.name(),
                organization.category(), organization.jurisdiction(), request.title().strip(), request.startsAt(),
                request.endsAt(), request.place().strip(), place, request.expectedAttendees(), request.volunteers(),
                blankToNull(request.volunteerTeam()), blankToNull(request.contactName()),
                blankToNull(request.contactPhone()), now, user.username(), deadline.deadlineFor(week),
                deadline.isLate(week, now));
        activities.lockSlot(activity.slot());
        requireNew(activity);
        activities.insert(activity);
        audit.record(user, "weekly-activity.submitted", SUBJECT, activity.id(), place.code(), null, masked(activity));
        return new Submission(activity, detectClashes(user, activity, scope, now));
    }

    /**
     * Corrects a report before its week's deadline (更正): what was reported changes, the clashes are detected
     * again, and the timeline keeps both versions.
     */
    @Transactional
    public Submission correct(CurrentUser user, UUID id, NewActivity request) {
        WeeklyActivity before = changeable(user, id);
        if (!before.organizationId().equals(request.organizationId())) {
            throw new FieldProblemException("organizationId", "WeeklyActivity.otherOrganization");
        }
        Jurisdiction place = Jurisdiction.of(request.jurisdiction());
        DataScope scope = scopes.of(user);
        scope.requireWritable(before.organizationJurisdiction(), before.organizationId());
        scopes.node().requireServes(place);
        Instant now = Instant.now(clock);
        requireAhead(request, now);
        ActivityWeek week = ActivityWeek.of(request.startsAt());
        WeeklyActivity after = new WeeklyActivity(before.id(), before.organizationId(), before.organizationName(),
                before.organizationCategory(), before.organizationJurisdiction(), request.title().strip(),
                request.startsAt(), request.endsAt(), request.place().strip(), place, request.expectedAttendees(),
                request.volunteers(), blankToNull(request.volunteerTeam()), blankToNull(request.contactName()),
                blankToNull(request.contactPhone()), before.submittedAt(), before.submittedBy(),
                deadline.deadlineFor(week), deadline.isLate(week, now), now, null);
        activities.lockSlot(before.slot());
        activities.lockSlot(after.slot());
        requireNew(after);
        activities.correct(after, now);
        activities.removeClashes(id);
        audit.record(user, "weekly-activity.corrected", SUBJECT, id, place.code(), masked(before), masked(after));
        return new Submission(after, detectClashes(user, after, scope, now));
    }

    /** Withdraws a report before its week's deadline (撤回): it leaves the week, its lists and its clashes. */
    @Transactional
    public void withdraw(CurrentUser user, UUID id) {
        WeeklyActivity activity = changeable(user, id);
        scopes.of(user).requireWritable(activity.organizationJurisdiction(), activity.organizationId());
        Instant now = Instant.now(clock);
        activities.lockSlot(activity.slot());
        activities.withdraw(id, user.username(), now);
        activities.removeClashes(id);
        audit.record(user, "weekly-activity.withdrawn", SUBJECT, id, activity.jurisdiction().code(), masked(activity),
                null);
    }

    /** A report its author may still change: not withdrawn, and its week's deadline not passed. */
    private WeeklyActivity changeable(CurrentUser user, UUID id) {
        WeeklyActivity activity = get(user, id);
        if (activity.withdrawn()) {
            throw new ConflictException("weekly-activity-withdrawn");
        }
        if (Instant.now(clock).isAfter(activity.deadline())) {
            throw new ConflictException("weekly-deadline-passed", activity.week().toString());
        }
        return activity;
    }

    private static void requireAhead(NewActivity request, Instant now) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new FieldProblemException("endsAt", "WeeklyActivity.endsBeforeStart");
        }
        if (!request.startsAt().isAfter(now)) {
            throw new FieldProblemException("startsAt", "WeeklyActivity.startsInPast");
        }
    }

    private void requireNew(WeeklyActivity activity) {
        activities.sameReport(activity.id(), activity.organizationId(), activity.title(), activity.startsAt(),
                activity.endsAt(), activity.slot().placeKey(), activity.jurisdiction().code()).ifPresent(existing -> {
                    throw new ConflictException("weekly-activity-duplicate", existing);
                });
    }

    private List<WeeklyViews.Clash> detectClashes(CurrentUser user, WeeklyActivity activity, DataScope scope,
            Instant now) {
        for (WeeklyActivity earlier : activities.clashCandidates(activity.id(), activity.slot())) {
            for (ClashKind kind : earlier.slot().clashesWith(activity.slot())) {
                activities.insertClash(UUID.randomUUID(), kind, earlier.id(), activity.id(), now);
            }
        }
        List<WeeklyViews.Clash> clashes = activities.clashes(scope, activity.id(), null, null);
        if (!clashes.isEmpty()) {
            audit.record(user, "weekly-activity.clash-flagged", SUBJECT, activity.id(), activity.jurisdiction().code(),
                    null, clashes);
        }
        return clashes;
    }

    @ReadOnly
    public WeeklyActivity get(CurrentUser user, UUID id) {
        return activities.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("weekly-activity", id));
    }

    @ReadOnly
    public List<WeeklyActivity> list(CurrentUser user, ActivityWeek week, Jurisdiction within, UUID organizationId) {
        return activities.list(week, area(user, within), organizationId, scopes.of(user));
    }

    /** One page of {@link #list}. */
    @ReadOnly
    public Page<WeeklyActivity> list(CurrentUser user, ActivityWeek week, Jurisdiction within, UUID organizationId,
            PageRequest page) {
        return activities.list(week, area(user, within), organizationId, scopes.of(user), page);
    }

    /** One activity's clashes, or a week's in an area (default: the caller's own, as the compilation counts them). */
    @ReadOnly
    public List<WeeklyViews.Clash> clashes(CurrentUser user, UUID activityId, ActivityWeek week, Jurisdiction within) {
        if (activityId != null) {
            get(user, activityId);
            return activities.clashes(scopes.of(user), activityId, week, null);
        }
        return activities.clashes(scopes.of(user), null, week, area(user, within));
    }

    /**
     * The area a week's list, clashes or issue is about: the one asked for, which must lie within the caller's scope
     * (otherwise it is not found, like any record out of scope), or else the caller's own (a street hub's street, not
     * the node's province).
     */
    Jurisdiction area(CurrentUser user, Jurisdiction asked) {
        DataScope scope = scopes.of(user);
        if (asked == null) {
            return scope.subtrees().size() == 1 ? scope.subtrees().get(0) : scopes.defaultArea(user);
        }
        if (scope.subtrees().stream().noneMatch(subtree -> subtree.contains(asked))) {
            throw new NotFoundException("jurisdiction", asked.code());
        }
        return asked;
    }

    @ReadOnly
    public List<WeeklyViews.Check> checks(CurrentUser user, UUID activityId) {
        get(user, activityId);
        return activities.checks(activityId);
    }

    public record NewCheck(CheckMethod method, String checkedBy, Instant checkedAt, CheckResult result,
            Integer actualAttendance, String note) {
    }

    /** A base records its follow-up of an activity held in its jurisdiction (视频 / 实地核查). */
    @Transactional
    public WeeklyViews.Check check(CurrentUser user, UUID activityId, NewCheck request) {
        WeeklyActivity activity = get(user, activityId);
        scopes.of(user).requireWritable(activity.jurisdiction(), activity.organizationId());
        if (request.result() == CheckResult.NOT_HELD && request.actualAttendance() != null
                && request.actualAttendance() > 0) {
            throw new FieldProblemException("actualAttendance", "WeeklyActivity.check.notHeldWithAttendance");
        }
        Integer attendance = request.result() == CheckResult.NOT_HELD ? Integer.valueOf(0) : request.actualAttendance();
        WeeklyViews.Check check = new WeeklyViews.Check(UUID.randomUUID(), activityId, request.method(),
                request.checkedBy().strip(), request.checkedAt(), request.result(), attendance,
                blankToNull(request.note()), user.username(), Instant.now(clock));
        activities.insertCheck(check);
        audit.record(user, "weekly-activity.checked", SUBJECT, activityId, activity.jurisdiction().code(), null, check);
        return check;
    }

    /** One week's issue for a jurisdiction (default: the node's), grouped for charts. */
    @ReadOnly
    public WeeklyViews.Compilation compile(CurrentUser user, ActivityWeek week, Jurisdiction within) {
        Jurisdiction where = area(user, within);
        DataScope scope = scopes.of(user);
        long[] totals = activities.weekTotals(week, where, scope);
        List<WeeklyViews.Group> byCategory = activities.weekGroups(week, where, scope, "a.organization_category",
                        "a.organization_category").stream()
                .map(g -> new WeeklyViews.Group(g.key(), Labels.chinese(Category.valueOf(g.key())), g.activities(),
                        g.expectedAttendees()))
                .toList();
        List<WeeklyViews.Group> byDistrict = activities.weekGroups(week, where, scope,
                        "substr(a.jurisdiction_code, 1, 6) || '000000'", "a.jurisdiction_code").stream()
                .map(g -> new WeeklyViews.Group(g.key(), Jurisdiction.of(g.key()).name(), g.activities(),
                        g.expectedAttendees()))
                .toList();
        return new WeeklyViews.Compilation(week.toString(), week.monday(), where,
                deadline.deadlineFor(week), totals[0], totals[1], totals[2],
                activities.clashes(scope, null, week, where).size(),
                activities.weekGroups(week, where, scope, "a.organization_id::text", "a.organization_name"),
                byCategory, byDistrict);
    }

    /** Ya'an's running figures for a jurisdiction and a period of start dates (both inclusive, China time). */
    @ReadOnly
    public WeeklyViews.Cumulative cumulative(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to) {
        Jurisdiction where = area(user, within);
        Instant start = from.atStartOfDay(ActivityWeek.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ActivityWeek.ZONE).toInstant();
        DataScope scope = scopes.of(user);
        long[] figures = activities.cumulative(where, start, end, scope);
        return new WeeklyViews.Cumulative(where, from, to, figures[0], figures[1], figures[2],
                figures[3], figures[4], activities.byWeek(where, start, end, scope));
    }

    private static WeeklyActivity masked(WeeklyActivity a) {
        return new WeeklyActivity(a.id(), a.organizationId(), a.organizationName(), a.organizationCategory(),
                a.organizationJurisdiction(), a.title(), a.startsAt(), a.endsAt(), a.place(), a.jurisdiction(),
                a.expectedAttendees(), a.volunteers(), a.volunteerTeam(), a.contactName(),
                Masking.mobilePhone(a.contactPhone()), a.submittedAt(), a.submittedBy(), a.deadline(), a.late(),
                a.correctedAt(), a.withdrawnAt());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
