package cn.incubator.grants.round;

import cn.incubator.platform.text.Display;
import cn.incubator.grants.programme.ProgrammeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A round (一轮) of a programme: the call with its priority areas and eligibility rules, the submission window, the
 * rubric experts score against, and the settings of ranking, allocation and public notice (公示).
 *
 * @param awardCap          a cap per award of the round itself (a micro-venture's small grants), or {@code null}
 * @param partialLastGrant  whether the first ranked proposal that does not fit in the pool gets what is left
 * @param priorityMinStars  organizations whose latest party star rating has at least this many stars get priority;
 *                          {@code null}: star ratings give none
 * @param priorityGraduates whether organizations that graduated from incubation (出壳) get priority
 * @param priorityBonus     points added to a prioritized proposal's score (0 to 100 scale)
 */
public record Round(UUID id, UUID programmeId, ProgrammeKind kind, String jurisdictionCode, String title,
        RoundStatus status, List<String> priorityAreas, EligibilityRules eligibility, LocalDate opensOn,
        LocalDate closesOn, int graceDays, BigDecimal awardCap, boolean partialLastGrant, int noticeDays,
        Integer priorityMinStars, boolean priorityGraduates, BigDecimal priorityBonus, List<RubricCriterion> rubric,
        Instant noticeStartsAt, Instant noticeEndsAt, Instant finalizedAt, String createdBy, Instant createdAt) {

    /** Dates of a call are dates in China. */
    public static final ZoneId CHINA = Display.ZONE;

    public Round {
        priorityAreas = List.copyOf(priorityAreas);
        rubric = List.copyOf(rubric);
    }

    /** The first instant proposals are no longer accepted: the end of the closing day plus the grace days. */
    public Instant submissionDeadline() {
        return closesOn.plusDays(graceDays + 1L).atStartOfDay(CHINA).toInstant();
    }

    /** Whether a proposal may be created or submitted now: the call is open and the deadline has not passed. */
    public boolean acceptsProposalsAt(Instant now) {
        return status == RoundStatus.OPEN && !now.isBefore(opensOn.atStartOfDay(CHINA).toInstant())
                && now.isBefore(submissionDeadline());
    }

    /**
     * Whether closing the call now comes before its published closing date (提前截止): before the end of
     * {@code closesOn} in China. Such a close needs a reason, and applicants with drafts are told.
     */
    public boolean closesEarlyAt(Instant now) {
        return now.isBefore(closesOn.plusDays(1).atStartOfDay(CHINA).toInstant());
    }

    /**
     * Whether the public notice (公示期) is over at {@code now}: the round is on notice and the notice period, which
     * publication started, has ended. A round without a recorded end has not had its notice.
     */
    public boolean noticeOverAt(Instant now) {
        return status == RoundStatus.PUBLIC_NOTICE && noticeEndsAt != null && !now.isBefore(noticeEndsAt);
    }

    public java.util.Optional<RubricCriterion> criterion(String code) {
        return rubric.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Round withStatus(RoundStatus next) {
        return with(next, noticeStartsAt, noticeEndsAt, finalizedAt);
    }

    public Round with(RoundStatus next, Instant noticeStarts, Instant noticeEnds, Instant finalized) {
        return new Round(id, programmeId, kind, jurisdictionCode, title, next, priorityAreas, eligibility, opensOn,
                closesOn, graceDays, awardCap, partialLastGrant, noticeDays, priorityMinStars, priorityGraduates,
                priorityBonus, rubric, noticeStarts, noticeEnds, finalized, createdBy, createdAt);
    }
}
