package cn.incubator.incubation.cases;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.events.Events;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.NodeDuties;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders for clocks that ran out (growth evaluation due, follow-up year over, yearly service evaluation due): a
 * scheduled job writes one notification per clock, which officers and operators in scope list and mark read.
 */
@Service
public class ReminderService {

    static final String JOB = "reminder-job";
    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final CaseRepository cases;
    private final NotificationRepository notifications;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final Events events;
    private final NodeDuties duties;

    ReminderService(CaseRepository cases, NotificationRepository notifications, DataScopes scopes, AuditTrail audit,
            Clock clock, Events events, NodeDuties duties) {
        this.duties = duties;
        this.events = events;
        this.cases = cases;
        this.notifications = notifications;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${incubator.incubation.reminder-interval:PT1H}")
    void scheduled() {
        if (!duties.acting()) {
            return;
        }
        int created = remind(Instant.now(clock));
        if (created > 0) {
            log.info("{} reminders created for overdue incubation clocks", created);
        }
    }

    /** Writes the reminders due at {@code now} that do not exist yet; returns how many were new. */
    @Transactional
    public int remind(Instant now) {
        int created = 0;
        for (IncubationCase c : cases.openWithClocks()) {
            for (IncubationCase.OverdueClock clockRunOut : c.overdueClocks(now)) {
                if (notifications.insertIfAbsent(c, clockRunOut, now)) {
                    audit.record(JOB, "reminder.created", CaseService.SUBJECT, c.id(), c.jurisdiction().code(), null,
                            Map.of("kind", clockRunOut.kind().name(), "dueAt", clockRunOut.dueAt().toString()));
                    // The platform's one notice store (the registry) tells the base and the organization.
                    events.publish(c.jurisdiction().code(), c.organizationId(),
                            CaseEvents.clockOverdue(c, clockRunOut));
                    created++;
                }
            }
        }
        return created;
    }

    @ReadOnly
    public Page<Notification> list(CurrentUser user, boolean unreadOnly, PageRequest page) {
        return notifications.list(unreadOnly, scopes.of(user), page);
    }

    @Transactional
    public void markRead(CurrentUser user, UUID id) {
        if (!notifications.markRead(id, user.username(), Instant.now(clock), scopes.of(user))) {
            throw new NotFoundException("notification", id);
        }
    }

    /** A reminder (提醒) that a case's clock ran out. */
    public record Notification(UUID id, UUID caseId, IncubationCase.ClockKind kind, Instant dueAt,
            UUID organizationId, String organizationName, @JsonIgnore String jurisdictionCode, Instant createdAt, Instant readAt) {

        /** The list's order ({@code due_at, created_at, id}), for merging the rows of several nodes. */
        static final ListOrder<Notification> ORDER = ListOrder.identifiedBy(Notification::id)
                .oldestFirst(Notification::dueAt).oldestFirst(Notification::createdAt).thenId();

        /** Read back from the one response shape, as a federated list reads a node's answer. */
        @JsonCreator
        static Notification read(@JsonProperty("id") UUID id, @JsonProperty("caseId") UUID caseId,
                @JsonProperty("kind") IncubationCase.ClockKind kind, @JsonProperty("dueAt") Instant dueAt,
                @JsonProperty("organizationId") UUID organizationId,
                @JsonProperty("organizationName") String organizationName,
                @JsonProperty("jurisdiction") Jurisdiction jurisdiction, @JsonProperty("createdAt") Instant createdAt,
                @JsonProperty("readAt") Instant readAt) {
            return new Notification(id, caseId, kind, dueAt, organizationId, organizationName,
                    jurisdiction == null ? null : jurisdiction.code(), createdAt, readAt);
        }

        /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
        @JsonProperty("jurisdiction")
        public Jurisdiction jurisdiction() {
            return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
        }
    }
}
