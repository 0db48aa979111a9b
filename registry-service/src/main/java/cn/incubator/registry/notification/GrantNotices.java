package cn.incubator.registry.notification;

import cn.incubator.contracts.grants.events.v1.CallClosed;
import cn.incubator.contracts.grants.events.v1.CallOpened;
import cn.incubator.contracts.grants.events.v1.ExpertAssigned;
import cn.incubator.contracts.grants.events.v1.ReportDue;
import cn.incubator.contracts.grants.events.v1.TranchePaid;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventHandler;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notices from the grant service's events (subscribed in {@code application.yml}): a call opened or closed tells
 * the organizations and the hubs of the round's place; a seat on a panel tells the expert; a paid tranche tells the
 * funded organization; a report due tells the funded organization, which must submit it, and the street hubs of its
 * place, which follow the project and decide its reports (the county's and city's officers, who may decide them too,
 * are not told of every project's every report). The inbox hands each event over once; the notice's cause makes a
 * repeat harmless anyway.
 */
@Configuration(proxyBeanMethods = false)
class GrantNotices {

    private static final Logger log = LoggerFactory.getLogger(GrantNotices.class);

    /** Who is told of a call: those who apply (org-admins) and the street hubs that help them. */
    private static final Role[] CALL_AUDIENCE = {Role.ORG_ADMIN, Role.HUB_OPERATOR};

    /** Who is told of a report due besides the organization: the hubs that follow the project (跟踪督导). */
    private static final Role REPORT_FOLLOWER = Role.HUB_OPERATOR;

    @Bean
    EventHandler<CallOpened> callOpenedNotice(Notifier notifier) {
        return EventHandler.of(CallOpened.getDefaultInstance(), (event, call) -> {
            for (Role role : CALL_AUDIENCE) {
                notifier.notify(notice(event, NoticeKind.CALL_OPENED, "call-opened:" + call.getRoundId(),
                        Audience.role(role), Map.of("roundTitle", call.getRoundTitle(), "opensOn", call.getOpensOn(),
                                "closesOn", call.getClosesOn()), null));
            }
        });
    }

    @Bean
    EventHandler<CallClosed> callClosedNotice(Notifier notifier) {
        return EventHandler.of(CallClosed.getDefaultInstance(), (event, call) -> {
            for (Role role : CALL_AUDIENCE) {
                notifier.notify(notice(event, NoticeKind.CALL_CLOSED, "call-closed:" + call.getRoundId(),
                        Audience.role(role), Map.of("roundTitle", call.getRoundTitle(), "closesOn",
                                call.getClosesOn()), null));
            }
        });
    }

    @Bean
    EventHandler<ExpertAssigned> expertAssignedNotice(Notifier notifier) {
        return EventHandler.of(ExpertAssigned.getDefaultInstance(), (event, assigned) -> {
            if (assigned.getExpertUsername().isBlank()) {
                // An expert of the talent pool without an account yet has no inbox; the officer tells them.
                log.info("Expert {} of round {} has no account: no notice", assigned.getTalentId(),
                        assigned.getRoundId());
                return;
            }
            notifier.notify(notice(event, NoticeKind.EXPERT_ASSIGNED,
                    "expert-assigned:" + assigned.getRoundId() + ":" + assigned.getTalentId(),
                    Audience.user(assigned.getExpertUsername()), Map.of("roundTitle", assigned.getRoundTitle(),
                            "expertName", assigned.getExpertName()), "/reviews"));
        });
    }

    @Bean
    EventHandler<TranchePaid> tranchePaidNotice(Notifier notifier) {
        return EventHandler.of(TranchePaid.getDefaultInstance(), (event, paid) ->
                notifier.notify(notice(event, NoticeKind.TRANCHE_PAID,
                        "tranche-paid:" + paid.getAwardId() + ":" + paid.getTrancheSeq(),
                        Audience.organization(UUID.fromString(paid.getOrganizationId())),
                        Map.of("organizationName", paid.getOrganizationName(),
                                "trancheSeq", Integer.toString(paid.getTrancheSeq()), "amount", paid.getAmount()),
                        null)));
    }

    @Bean
    EventHandler<ReportDue> reportDueNotice(Notifier notifier) {
        return EventHandler.of(ReportDue.getDefaultInstance(), (event, due) -> {
            String cause = "report-due:" + due.getAwardId() + ":" + due.getReportKind() + ":" + due.getDueOn();
            // The report's kind stays a code here; the bundles name it in the reader's language (Notice.arg.reportKind).
            Map<String, String> args = Map.of("organizationName", due.getOrganizationName(),
                    "projectTitle", due.getProjectTitle(), "reportKind", due.getReportKind(),
                    "dueOn", due.getDueOn());
            for (Audience audience : new Audience[] {
                    Audience.organization(UUID.fromString(due.getOrganizationId())),
                    Audience.role(REPORT_FOLLOWER)}) {
                notifier.notify(notice(event, NoticeKind.REPORT_DUE, cause, audience, args,
                        "/grant-awards/" + due.getAwardId()));
            }
        });
    }

    private static Notice notice(EventEnvelope event, NoticeKind kind, String cause, Audience audience,
            Map<String, String> args, String link) {
        return new Notice(kind, cause, audience, Jurisdiction.of(event.jurisdiction()), args, link,
                event.occurredAt());
    }
}
