package cn.incubator.grants.round;

import cn.incubator.grants.programme.ProgrammeKind;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A round as the API shows it, with the instant submissions end (closing day plus grace days, China time). */
public record RoundView(UUID id, UUID programmeId, ProgrammeKind kind, Jurisdiction jurisdiction, String title,
        RoundStatus status, List<String> priorityAreas, Set<String> allowedLegalForms, String minimumMaturity,
        Jurisdiction eligibleJurisdiction, LocalDate opensOn, LocalDate closesOn, int graceDays,
        Instant submissionDeadline, BigDecimal awardCap, boolean partialLastGrant, int noticeDays,
        Integer priorityMinStars, boolean priorityGraduates, BigDecimal priorityBonus, List<RubricCriterion> rubric,
        Instant noticeStartsAt, Instant noticeEndsAt, Instant finalizedAt, String createdBy, Instant createdAt) {

    /** The list's order ({@code r.opens_on DESC, r.created_at DESC, r.id}), for merging the rows of several nodes. */
    public static final ListOrder<RoundView> ORDER = ListOrder.identifiedBy(RoundView::id)
            .latestDayFirst(RoundView::opensOn)
            .newestFirst(RoundView::createdAt).thenId();


    public static RoundView of(Round r) {
        return new RoundView(r.id(), r.programmeId(), r.kind(), Jurisdiction.of(r.jurisdictionCode()), r.title(), r.status(),
                r.priorityAreas(), r.eligibility().allowedLegalForms(), r.eligibility().minimumMaturity(),
                r.eligibility().eligibleJurisdiction() == null ? null
                        : Jurisdiction.of(r.eligibility().eligibleJurisdiction()), r.opensOn(), r.closesOn(), r.graceDays(),
                r.submissionDeadline(), r.awardCap(), r.partialLastGrant(), r.noticeDays(), r.priorityMinStars(),
                r.priorityGraduates(), r.priorityBonus(), r.rubric(), r.noticeStartsAt(), r.noticeEndsAt(),
                r.finalizedAt(), r.createdBy(), r.createdAt());
    }
}
