package cn.incubator.incubation.cases;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.XINGSHA_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.audit.AuditEntry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Overdue clocks produce one reminder each, however often the job runs, visible in scope only, and one event for the
 * platform's notices.
 */
class ReminderServiceIT extends IncubationIT {

    @Autowired
    CaseService cases;

    @Autowired
    BaseService bases;

    @Autowired
    ReminderService reminders;

    @Test
    void aResidentWhoseYearlyEvaluationIsDueGetsOneReminder() {
        on(COUNTY_OFFICER);
        Base base = bases.create(COUNTY_OFFICER, "长沙县入驻基地" + UUID.randomUUID().toString().substring(0, 4),
                "430121000000", "湖南乐创公益慈善发展中心");
        UUID org = UUID.randomUUID();
        REGISTRY.organization(org, "星沙街道书香读书会", "430121001000", "REGISTERED");
        IncubationCase resident = cases.perform(COUNTY_OFFICER, cases.apply(on(COUNTY_OFFICER),
                new CaseService.NewApplication(Track.RESIDENT, base.id(), org, null, null)).id(),
                CaseAction.ADMIT_RESIDENT, null);

        java.time.Instant aYearOn = resident.serviceEvaluationDueAt().plusSeconds(60);
        int first = reminders.remind(aYearOn);
        int again = reminders.remind(aYearOn.plusSeconds(3600));

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(again).isZero();
        assertThat(reminders.list(XINGSHA_HUB, true, PageRequest.first(200)).items()).filteredOn(n -> n.caseId().equals(resident.id()))
                .singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(IncubationCase.ClockKind.SERVICE_EVALUATION_DUE);
                    assertThat(n.dueAt()).isEqualTo(resident.serviceEvaluationDueAt());
                });
        assertThat(reminders.list(LANGLI_HUB, true, PageRequest.first(200)).items()).noneMatch(n -> n.caseId().equals(resident.id()));
        assertThat(cases.timeline(COUNTY_OFFICER, resident.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .endsWith("reminder.created");
        // The same fact goes on the outbox once, for the registry's one notice store (站内信).
        assertThat(jdbc.sql("""
                SELECT payload->>'clock' FROM outbound_event
                WHERE event_type = 'cn.incubator.incubation.events.v1.IncubationClockOverdue'
                  AND payload->>'caseId' = :caseId AND subject_id = :org""")
                .param("caseId", resident.id().toString()).param("org", org.toString())
                .query(String.class).list()).containsExactly("SERVICE_EVALUATION_DUE");
        UUID notification = reminders.list(XINGSHA_HUB, true, PageRequest.first(200)).items().stream()
                .filter(n -> n.caseId().equals(resident.id())).findFirst().orElseThrow().id();
        reminders.markRead(XINGSHA_HUB, notification);
        assertThat(reminders.list(XINGSHA_HUB, true, PageRequest.first(200)).items()).noneMatch(n -> n.id().equals(notification));
    }
}
