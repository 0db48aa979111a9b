package cn.incubator.grants.award;

import cn.incubator.grants.round.GrantEvents;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.node.NodeDuties;
import cn.incubator.platform.text.Display;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report-due reminders (报告到期提醒): a scheduled job finds the interim and final reports of running awards due within
 * the lead time ({@code incubator.grants.reminders.lead}, 7 days by default) or overdue, that the organization has not
 * submitted (or that were returned to it), and publishes one {@code ReportDue} per award, report and due date, in the
 * transaction that records it (the outbox); the registry tells the organization. A run again publishes nothing twice.
 */
@Service
public class ReportReminders {

    static final String JOB = "report-reminder-job";
    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

    private final AwardRepository awards;
    private final AuditTrail audit;
    private final GrantEvents events;
    private final Clock clock;
    private final Period lead;
    private final NodeDuties duties;

    ReportReminders(AwardRepository awards, AuditTrail audit, GrantEvents events, Clock clock,
            @Value("${incubator.grants.reminders.lead:P7D}") Period lead, NodeDuties duties) {
        if (lead.isNegative()) {
            throw new IllegalStateException("incubator.grants.reminders.lead must not be negative: " + lead);
        }
        this.awards = awards;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.lead = lead;
        this.duties = duties;
    }

    @Scheduled(initialDelayString = "${incubator.grants.reminders.startup-delay:PT1M}",
            fixedDelayString = "${incubator.grants.reminders.interval:PT1H}")
    void scheduled() {
        if (!duties.acting()) {
            return;
        }
        Instant now = Instant.now(clock);
        int published = remind(LocalDate.ofInstant(now, Display.ZONE), now);
        if (published > 0) {
            log.info("{} report-due reminders published", published);
        }
    }

    /**
     * Publishes the reminders due on {@code today} (Beijing) that were not published yet.
     *
     * @return how many were new
     */
    @Transactional
    public int remind(LocalDate today, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        int published = 0;
        for (AwardRepository.DueReport due : awards.dueReports(today.plus(lead))) {
            if (!awards.insertReminderIfAbsent(due, at)) {
                continue;
            }
            Award award = due.award();
            audit.record(JOB, "award.report-due-reminded", AwardService.SUBJECT, award.id(),
                    award.jurisdictionCode(), null, Map.of("kind", due.kind().name(), "dueOn", due.dueOn().toString(),
                            "overdue", due.dueOn().isBefore(today)));
            events.reportDue(award.jurisdictionCode(), award.organizationId(), award.organizationName(), award.id(),
                    award.projectTitle(), due.kind().name(), due.dueOn(), at);
            published++;
        }
        return published;
    }
}
