package cn.incubator.registry.inspection;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.change.GuardedChanges;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import cn.incubator.registry.abnormal.AbnormalListService;
import cn.incubator.registry.abnormal.AbnormalReason;
import cn.incubator.registry.organization.LifecycleDates;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import cn.incubator.registry.organization.OrganizationStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual inspections (年检): an organization (or the base for it) submits, a civil-affairs officer reviews and
 * concludes. A passing conclusion takes the organization off the abnormal-activity list for a missing report of that
 * year; a completed rectification takes it off for the overdue rectification. All on the organization's timeline.
 */
@Service
public class AnnualInspectionService {

    private static final ZoneId CHINA = Display.ZONE;

    private final AnnualInspectionRepository inspections;
    private final OrganizationService organizations;
    private final AbnormalListService abnormalList;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final GuardedChanges changes;
    private final GuardedChanges.Target<AnnualInspection> target;

    AnnualInspectionService(AnnualInspectionRepository inspections, OrganizationService organizations,
            AbnormalListService abnormalList, DataScopes scopes, AuditTrail audit, Clock clock,
            GuardedChanges changes) {
        this.changes = changes;
        this.target = new GuardedChanges.Target<>() {
            @Override
            public String subjectType() {
                return "annual-inspection";
            }

            @Override
            public Optional<AnnualInspection> findForUpdate(Object id, DataScope scope) {
                return inspections.find((UUID) id, scope, true);
            }

            @Override
            public Jurisdiction jurisdiction(AnnualInspection inspection) {
                return inspection.jurisdiction();
            }

            @Override
            public UUID organizationId(AnnualInspection inspection) {
                return inspection.organizationId();
            }

            @Override
            public void update(AnnualInspection before, AnnualInspection after) {
                inspections.update(after);
            }

            /** An inspection's changes belong on its organization's timeline. */
            @Override
            public String auditSubjectType() {
                return OrganizationService.SUBJECT;
            }

            @Override
            public Object auditSubjectId(AnnualInspection inspection, Object id) {
                return inspection.organizationId();
            }
        };
        this.inspections = inspections;
        this.organizations = organizations;
        this.abnormalList = abnormalList;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Submits {@code year}'s annual report of a registered organization; one per organization and year. */
    @Transactional
    public AnnualInspection submit(CurrentUser user, UUID organizationId, int year, String reportSummary) {
        Organization organization = organizations.get(user, organizationId);
        scopes.of(user).requireWritable(organization.jurisdiction(), organization.id());
        LifecycleDates.requireInspectionYear(organization, year, today());
        if (organization.status() != OrganizationStatus.REGISTERED) {
            throw new ConflictException("inspection-not-applicable", organization.status());
        }
        if (inspections.exists(organizationId, year)) {
            throw new ConflictException("inspection-exists", year);
        }
        AnnualInspection inspection = new AnnualInspection(UUID.randomUUID(), organizationId, organization.name(),
                organization.jurisdiction(), year, InspectionStatus.SUBMITTED, reportSummary, user.username(),
                Instant.now(clock), null, null, null, null, null, null, null);
        inspections.insert(inspection);
        audit.record(user, "annual-inspection.submitted", OrganizationService.SUBJECT, organizationId,
                organization.jurisdiction().code(), null, inspection);
        return inspection;
    }

    @Transactional
    public AnnualInspection review(CurrentUser user, UUID id) {
        Instant now = Instant.now(clock);
        return change(user, id, InspectionAction.REVIEW, "annual-inspection.reviewed",
                current -> current.review(user.username(), now));
    }

    /**
     * Pass (合格), basic pass (基本合格) or fail (不合格). The last two need rectification opinions and a due date after
     * today.
     */
    @Transactional
    public AnnualInspection conclude(CurrentUser user, UUID id, InspectionAction result, String opinion,
            LocalDate due) {
        if (result != InspectionAction.PASS && !result.requiresRectification()) {
            throw new FieldProblemException("result", "AnnualInspection.result");
        }
        if (result.requiresRectification()) {
            List<FieldProblemException.FieldProblem> problems = new ArrayList<>();
            if (opinion == null || opinion.isBlank()) {
                problems.add(new FieldProblemException.FieldProblem("rectificationOpinion",
                        "AnnualInspection.rectification.required"));
            }
            if (due == null || !due.isAfter(today())) {
                problems.add(new FieldProblemException.FieldProblem("rectificationDue",
                        "AnnualInspection.rectificationDue.future"));
            }
            if (!problems.isEmpty()) {
                throw new FieldProblemException(problems);
            }
        }
        Instant now = Instant.now(clock);
        AnnualInspection concluded = change(user, id, result, "annual-inspection.concluded",
                current -> current.conclude(result, opinion == null ? null : opinion.strip(), due, user.username(),
                        now));
        if (concluded.status().cleared()) {
            abnormalList.cure(user, organizations.get(user, concluded.organizationId()),
                    AbnormalReason.NO_ANNUAL_REPORT, String.valueOf(concluded.year()), "annual-inspection-passed");
        }
        return concluded;
    }

    /** 整改完成: the organization did what the opinions asked. */
    @Transactional
    public AnnualInspection completeRectification(CurrentUser user, UUID id, LocalDate rectifiedOn) {
        AnnualInspection rectified = change(user, id, InspectionAction.COMPLETE_RECTIFICATION,
                "annual-inspection.rectified", current -> current.completeRectification(rectifiedOn));
        Organization organization = organizations.get(user, rectified.organizationId());
        abnormalList.cure(user, organization, AbnormalReason.RECTIFICATION_OVERDUE, rectified.id().toString(),
                "rectification-completed");
        abnormalList.cure(user, organization, AbnormalReason.NO_ANNUAL_REPORT, String.valueOf(rectified.year()),
                "annual-inspection-passed");
        return rectified;
    }

    @ReadOnly
    public AnnualInspection get(CurrentUser user, UUID id) {
        return inspections.find(id, scopes.of(user), false)
                .orElseThrow(() -> new NotFoundException("annual-inspection", id));
    }

    @ReadOnly
    public Page<AnnualInspection> search(CurrentUser user, UUID organizationId, Integer year, InspectionStatus status,
            PageRequest page) {
        if (organizationId != null) {
            organizations.get(user, organizationId);
        }
        return inspections.search(scopes.of(user), organizationId, year, status, page);
    }

    /** Rectifications still open after their due date, as of {@code asOf} (today in China when absent). */
    @ReadOnly
    public Page<AnnualInspection> overdueRectifications(CurrentUser user, LocalDate asOf, PageRequest page) {
        return inspections.overdueRectifications(scopes.of(user), asOf == null ? today() : asOf, page);
    }

    private AnnualInspection change(CurrentUser user, UUID id, InspectionAction action, String event,
            UnaryOperator<AnnualInspection> operation) {
        return changes.change(user, target, id, event, operation).after();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
