package cn.incubator.incubation.evaluation;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An evaluation by an expert panel: of an incubation case (入壳评估, 成长评估) or of an organization itself (a street
 * hub's "physical check-up").
 *
 * @param caseId null when the subject is an organization rather than a case
 */
public record Evaluation(UUID id, EvaluationKind kind, UUID caseId, UUID subjectOrganizationId, String subjectName,
        Jurisdiction jurisdiction, UUID rubricId, Status status, Instant openedAt, Instant decidedAt,
        BigDecimal total, Boolean passed) {

    /** The list's order ({@code ev.opened_at DESC, ev.id}), for merging the rows of several nodes. */
    public static final ListOrder<Evaluation> ORDER = ListOrder.identifiedBy(Evaluation::id)
            .newestFirst(Evaluation::openedAt).thenId();

    /** Whether scores are still taken. */
    public enum Status {
        OPEN,
        DECIDED
    }
}
