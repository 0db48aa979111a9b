package cn.incubator.grants.marketplace;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community project marketplace: posting, offers, choosing and delivery, the whole of it traced on the project's
 * timeline (全程留痕).
 */
@Service
public class MarketplaceService {

    public static final String SUBJECT = "community-project";

    private final MarketplaceRepository projects;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    MarketplaceService(MarketplaceRepository projects, DataScopes scopes, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CommunityProject post(CurrentUser user, Jurisdiction jurisdiction, String title, String description,
            BigDecimal budget, CommunityProject.PosterKind posterKind, String posterName) {
        scopes.of(user).requireWritable(jurisdiction, null);
        Instant now = now();
        CommunityProject project = new CommunityProject(UUID.randomUUID(), jurisdiction.code(), title, description,
                budget, posterKind, posterName, ProjectStatus.OPEN, null, null, user.username(), now, now);
        projects.insert(project);
        audit.record(user, "project.posted", SUBJECT, project.id(), project.jurisdictionCode(), null, project);
        return project;
    }

    @ReadOnly
    public CommunityProject get(CurrentUser user, UUID id) {
        return projects.find(id, scopes.of(user), false).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public Page<CommunityProject> list(CurrentUser user, ProjectStatus status, PageRequest page) {
        return projects.list(status, scopes.of(user), page);
    }

    /** An organization (its org-admin) offers to take the project on; once per organization. */
    @Transactional
    public CommunityProject.Offer offer(CurrentUser user, UUID id, String organizationName, String proposal,
            BigDecimal price) {
        UUID organizationId = user.orgId().orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden"));
        DataScope scope = scopes.of(user);
        CommunityProject project = projects.find(id, scope, true).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        scope.requireWritable(Jurisdiction.of(project.jurisdictionCode()), organizationId);
        project.status().after(ProjectStatus.Action.OFFER);
        CommunityProject.Offer offer = new CommunityProject.Offer(UUID.randomUUID(), id, organizationId,
                organizationName, proposal, price, "PENDING", user.username(), now());
        if (!projects.insert(offer)) {
            throw new ConflictException("offer-made");
        }
        audit.record(user, "project.offered", SUBJECT, id, project.jurisdictionCode(), null, offer);
        return offer;
    }

    @ReadOnly
    public List<CommunityProject.Offer> offers(CurrentUser user, UUID id) {
        return projects.offers(get(user, id).id(), scopes.of(user));
    }

    /** The poster's side chooses one offer; the others are not chosen. */
    @Transactional
    public CommunityProject choose(CurrentUser user, UUID id, UUID offerId) {
        CommunityProject project = lockForPoster(user, id);
        CommunityProject.Offer offer = projects.offer(id, offerId)
                .orElseThrow(() -> new NotFoundException("offer", offerId));
        CommunityProject chosen = project.chose(offer, now());
        projects.update(chosen);
        projects.settleOffers(id, offerId);
        audit.record(user, "project.offer-chosen", SUBJECT, id, project.jurisdictionCode(), project, chosen);
        return chosen;
    }

    /** The chosen organization (or the poster's side) logs a delivery step. */
    @Transactional
    public CommunityProject.Step logStep(CurrentUser user, UUID id, String description, LocalDate occurredOn) {
        DataScope scope = scopes.of(user);
        CommunityProject project = projects.find(id, scope, true).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (project.chosenOrganizationId() == null) {
            throw ProjectStatus.LIFECYCLE.refusal(project.status(), ProjectStatus.Action.LOG_STEP);
        }
        scope.requireWritable(Jurisdiction.of(project.jurisdictionCode()), project.chosenOrganizationId());
        ProjectStatus next = project.status().after(ProjectStatus.Action.LOG_STEP);
        Instant now = now();
        CommunityProject.Step step = new CommunityProject.Step(UUID.randomUUID(), id, projects.nextStep(id),
                description, occurredOn, user.username(), now);
        projects.insert(step);
        if (next != project.status()) {
            projects.update(project.moved(next, now));
        }
        audit.record(user, "project.step-logged", SUBJECT, id, project.jurisdictionCode(), null, step);
        return step;
    }

    @ReadOnly
    public List<CommunityProject.Step> steps(CurrentUser user, UUID id) {
        return projects.steps(get(user, id).id());
    }

    /** The poster's side confirms the delivery done. */
    @Transactional
    public CommunityProject complete(CurrentUser user, UUID id) {
        return move(user, id, ProjectStatus.Action.COMPLETE, "project.completed");
    }

    @Transactional
    public CommunityProject cancel(CurrentUser user, UUID id) {
        return move(user, id, ProjectStatus.Action.CANCEL, "project.cancelled");
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }

    private CommunityProject move(CurrentUser user, UUID id, ProjectStatus.Action action, String event) {
        CommunityProject project = lockForPoster(user, id);
        CommunityProject moved = project.moved(project.status().after(action), now());
        projects.update(moved);
        audit.record(user, event, SUBJECT, id, project.jurisdictionCode(), project, moved);
        return moved;
    }

    /**
     * The poster's side (who may post is {@code grants:marketplace:post}): never one acting for an organization, always
     * within the project's place.
     */
    private CommunityProject lockForPoster(CurrentUser user, UUID id) {
        DataScope scope = scopes.of(user);
        CommunityProject project = projects.find(id, scope, true).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (scope.onlyOrganization().isPresent()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        scope.requireWritable(Jurisdiction.of(project.jurisdictionCode()), null);
        return project;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
