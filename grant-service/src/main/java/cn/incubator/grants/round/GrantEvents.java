package cn.incubator.grants.round;

import static cn.incubator.platform.events.EventPayloads.text;
import static cn.incubator.platform.events.EventPayloads.timestamp;

import cn.incubator.contracts.grants.events.v1.CallClosed;
import cn.incubator.contracts.grants.events.v1.CallOpened;
import cn.incubator.contracts.grants.events.v1.ExpertAssigned;
import cn.incubator.contracts.grants.events.v1.ReportDue;
import cn.incubator.contracts.grants.events.v1.TranchePaid;
import cn.incubator.platform.events.Events;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the grant service tells other services through its outbox (contract {@code cn.incubator.grants.events.v1}),
 * written in the transaction of the change: a call opened or closed, an expert seated on a panel, a tranche paid, a
 * report due. The registry turns them into notices (站内信). A round's events are about no one organization, so their
 * subject is the round's id; a payment's and a due report's subject is the funded organization.
 */
@Component
public class GrantEvents {

    private final Events events;

    GrantEvents(Events events) {
        this.events = events;
    }

    void callOpened(Round round, Instant at) {
        events.publish(round.jurisdictionCode(), round.id(), CallOpened.newBuilder()
                .setRoundId(round.id().toString())
                .setProgrammeId(round.programmeId().toString())
                .setRoundTitle(round.title())
                .setOpensOn(round.opensOn().toString())
                .setClosesOn(round.closesOn().toString())
                .setPublishedAt(timestamp(at))
                .build());
    }

    void callClosed(Round round, boolean early, String reason, Instant at) {
        events.publish(round.jurisdictionCode(), round.id(), CallClosed.newBuilder()
                .setRoundId(round.id().toString())
                .setProgrammeId(round.programmeId().toString())
                .setRoundTitle(round.title())
                .setClosesOn(round.closesOn().toString())
                .setEarly(early)
                .setReason(text(reason))
                .setClosedAt(timestamp(at))
                .build());
    }

    public void expertAssigned(Round round, String talentId, String name, String username, Instant at) {
        events.publish(round.jurisdictionCode(), round.id(), ExpertAssigned.newBuilder()
                .setRoundId(round.id().toString())
                .setRoundTitle(round.title())
                .setTalentId(talentId)
                .setExpertName(text(name))
                .setExpertUsername(text(username))
                .setAssignedAt(timestamp(at))
                .build());
    }

    public void tranchePaid(String jurisdiction, UUID organizationId, String organizationName, UUID awardId,
            UUID roundId, int seq, BigDecimal amount, Instant at) {
        events.publish(jurisdiction, organizationId, TranchePaid.newBuilder()
                .setOrganizationId(organizationId.toString())
                .setOrganizationName(text(organizationName))
                .setAwardId(awardId.toString())
                .setRoundId(roundId == null ? "" : roundId.toString())
                .setTrancheSeq(seq)
                .setAmount(amount.setScale(2).toPlainString())
                .setPaidAt(timestamp(at))
                .build());
    }

    /** A report of an award is due soon or overdue and not submitted (报告到期提醒). */
    public void reportDue(String jurisdiction, UUID organizationId, String organizationName, UUID awardId,
            String projectTitle, String reportKind, LocalDate dueOn, Instant at) {
        events.publish(jurisdiction, organizationId, ReportDue.newBuilder()
                .setAwardId(awardId.toString())
                .setOrganizationId(organizationId.toString())
                .setOrganizationName(text(organizationName))
                .setProjectTitle(text(projectTitle))
                .setReportKind(reportKind)
                .setDueOn(dueOn.toString())
                .setRemindedAt(timestamp(at))
                .build());
    }
}
