package cn.incubator.registry.notification;

import cn.incubator.contracts.incubation.events.v1.IncubationClockOverdue;
import cn.incubator.platform.events.EventHandler;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.text.Display;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notices from incubation's clocks (孵化时钟; subscribed in {@code application.yml}): when a case's clock runs out
 * (growth evaluation due, follow-up over, service evaluation due), the organization's admins and the base operators
 * of its place are told. Incubation's reminder job publishes one event per clock that ran out.
 */
@Configuration(proxyBeanMethods = false)
class IncubationNotices {

    @Bean
    EventHandler<IncubationClockOverdue> incubationClockNotice(Notifier notifier) {
        return EventHandler.of(IncubationClockOverdue.getDefaultInstance(), (event, overdue) -> {
            NoticeKind kind = NoticeKind.valueOf(overdue.getClock());
            String cause = "incubation-clock:" + overdue.getCaseId() + ":" + overdue.getClock() + ":"
                    + overdue.getDueAt().getSeconds();
            Map<String, String> args = Map.of("organizationName", overdue.getOrganizationName(),
                    "dueOn", EventPayloads.instant(overdue.getDueAt()).atZone(Display.ZONE).toLocalDate().toString());
            Jurisdiction place = Jurisdiction.of(event.jurisdiction());
            for (Audience audience : new Audience[] {
                    Audience.organization(UUID.fromString(overdue.getOrganizationId())),
                    Audience.role(Role.BASE_OPERATOR)}) {
                notifier.notify(new Notice(kind, cause, audience, place, args, null, event.occurredAt()));
            }
        });
    }
}
