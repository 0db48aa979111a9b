package cn.incubator.incubation.cases;

import static cn.incubator.platform.events.EventPayloads.text;
import static cn.incubator.platform.events.EventPayloads.timestamp;

import cn.incubator.contracts.incubation.events.v1.ApplicationSubmitted;
import cn.incubator.contracts.incubation.events.v1.IncubationClockOverdue;
import cn.incubator.contracts.incubation.events.v1.OrganizationAdmitted;
import cn.incubator.contracts.incubation.events.v1.OrganizationExited;
import cn.incubator.contracts.incubation.events.v1.OrganizationGraduated;
import com.google.protobuf.Message;
import java.time.Instant;
import java.util.Optional;

/**
 * The facts this service publishes on the outbox, as the contract's messages
 * ({@code contracts/.../incubation/events/v1/incubation_events.proto}); each is published with the organization's
 * jurisdiction and the organization's id as subject.
 */
final class CaseEvents {

    private CaseEvents() {
    }

    /** {@code IncubationClockOverdue}: a clock of the case ran out (孵化时钟), for the reminder job. */
    static IncubationClockOverdue clockOverdue(IncubationCase c, IncubationCase.OverdueClock overdue) {
        return IncubationClockOverdue.newBuilder()
                .setOrganizationId(text(c.organizationId()))
                .setOrganizationName(text(c.organizationName()))
                .setCaseId(text(c.id()))
                .setBaseId(text(c.baseId()))
                .setClock(overdue.kind().name())
                .setDueAt(timestamp(overdue.dueAt()))
                .build();
    }

    /** {@code ApplicationSubmitted}: an organization or team applied (项目申请). */
    static ApplicationSubmitted applicationSubmitted(IncubationCase c, boolean fromTeam, Instant appliedAt) {
        return ApplicationSubmitted.newBuilder()
                .setOrganizationId(text(c.organizationId()))
                .setOrganizationName(text(c.organizationName()))
                .setCaseId(text(c.id()))
                .setBaseId(text(c.baseId()))
                .setTrack(text(c.track()))
                .setFromTeam(fromTeam)
                .setAppliedAt(timestamp(appliedAt))
                .build();
    }

    /**
     * What a transition tells others: {@code OrganizationAdmitted} (入壳 / 入驻, party-building reacts: "admit one,
     * cover one"), {@code OrganizationGraduated} (出壳), {@code OrganizationExited} (a resident left, or an incubation
     * was terminated); nothing for the other actions.
     */
    static Optional<Message> of(IncubationCase c, CaseAction action, Instant now) {
        return Optional.ofNullable(switch (action) {
            case ADMIT, ADMIT_RESIDENT -> OrganizationAdmitted.newBuilder()
                    .setOrganizationId(text(c.organizationId()))
                    .setOrganizationName(text(c.organizationName()))
                    .setCaseId(text(c.id()))
                    .setBaseId(text(c.baseId()))
                    .setTrack(text(c.track()))
                    .setAdmittedAt(timestamp(c.admittedAt()))
                    .build();
            case GRADUATE -> OrganizationGraduated.newBuilder()
                    .setOrganizationId(text(c.organizationId()))
                    .setOrganizationName(text(c.organizationName()))
                    .setCaseId(text(c.id()))
                    .setBaseId(text(c.baseId()))
                    .setGraduatedAt(timestamp(c.graduatedAt()))
                    .build();
            case EXIT, TERMINATE -> OrganizationExited.newBuilder()
                    .setOrganizationId(text(c.organizationId()))
                    .setOrganizationName(text(c.organizationName()))
                    .setCaseId(text(c.id()))
                    .setBaseId(text(c.baseId()))
                    .setTrack(text(c.track()))
                    .setStage(text(c.stage()))
                    .setExitedAt(timestamp(now))
                    .build();
            default -> null;
        });
    }
}
