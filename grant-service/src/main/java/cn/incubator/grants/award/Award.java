package cn.incubator.grants.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An award (资助协议): one funded proposal, its agreement and where it is in its lifecycle. */
public record Award(UUID id, UUID programmeId, UUID roundId, UUID proposalId, UUID organizationId,
        String organizationName, String jurisdictionCode, String projectTitle, String planCode, BigDecimal amount,
        AwardStatus status, Agreement agreement, String terminationReason, String decidedBy, Instant createdAt,
        Instant updatedAt) {

    /**
     * The signed agreement: its number (协议编号), terms, signing date and the dates its reports are due (the interim
     * report's {@code null} when the agreement asks for none; both {@code null} on agreements signed before due dates
     * were recorded); {@code null} before signing.
     */
    public record Agreement(String number, String terms, LocalDate signedOn, LocalDate interimReportDueOn,
            LocalDate finalReportDueOn) {

        /** The date the report of that kind is due, {@code null} when none is. */
        public LocalDate reportDueOn(ReportKind kind) {
            return kind == ReportKind.INTERIM ? interimReportDueOn : finalReportDueOn;
        }
    }

    Award with(AwardStatus next, Instant at) {
        return new Award(id, programmeId, roundId, proposalId, organizationId, organizationName, jurisdictionCode,
                projectTitle, planCode, amount, next, agreement, terminationReason, decidedBy, createdAt, at);
    }

    Award signed(Agreement signed, Instant at) {
        return new Award(id, programmeId, roundId, proposalId, organizationId, organizationName, jurisdictionCode,
                projectTitle, planCode, amount, status.after(AwardStatus.Action.SIGN_AGREEMENT), signed,
                terminationReason, decidedBy, createdAt, at);
    }

    Award terminated(String reason, Instant at) {
        return new Award(id, programmeId, roundId, proposalId, organizationId, organizationName, jurisdictionCode,
                projectTitle, planCode, amount, status.after(AwardStatus.Action.TERMINATE), agreement, reason,
                decidedBy, createdAt, at);
    }
}
