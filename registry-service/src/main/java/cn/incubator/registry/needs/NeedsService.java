package cn.incubator.registry.needs;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.registry.field.ServiceField;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 需求库 · 资源链接: needs, offers, matching, confirmed linkages and their totals. */
@Service
public class NeedsService {

    static final String NEED = "need";
    static final String OFFER = "resource-offer";

    private final NeedsRepository repository;
    private final OrganizationService organizations;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    NeedsService(NeedsRepository repository, OrganizationService organizations, DataScopes scopes, AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewNeed(UUID organizationId, ResourceKind kind, String title, String description, ServiceField field,
            String jurisdiction, BigDecimal amountYuan) {
    }

    /** An organization posts a need; an org-admin only for its own organization. */
    @Transactional
    public Need post(CurrentUser user, NewNeed request) {
        Organization organization = organizations.get(user, request.organizationId());
        scopes.of(user).requireWritable(organization.jurisdiction(), organization.id());
        Jurisdiction place = request.jurisdiction() == null ? organization.jurisdiction()
                : Jurisdiction.of(request.jurisdiction());
        scopes.node().requireServes(place);
        if (request.kind() == ResourceKind.FUNDS && request.amountYuan() == null) {
            throw new FieldProblemException("amountYuan", "Need.amount.required");
        }
        if (request.kind() != ResourceKind.FUNDS && request.amountYuan() != null) {
            throw new FieldProblemException("amountYuan", "Need.amount.onlyForFunds");
        }
        Need need = new Need(UUID.randomUUID(), organization.id(), organization.name(), organization.jurisdiction(),
                request.kind(), request.title().strip(), request.description(), request.field(), place,
                yuan(request.amountYuan()), NeedStatus.OPEN, Instant.now(clock));
        repository.insert(need, user.username());
        audit.record(user, "need.posted", NEED, need.id(), place.code(), null, need);
        return need;
    }

    @ReadOnly
    public Need need(CurrentUser user, UUID id) {
        return repository.findNeed(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("need", id));
    }

    @ReadOnly
    public Page<Need> needs(CurrentUser user, ResourceKind kind, ServiceField field, NeedStatus status,
            Jurisdiction within, UUID organizationId, PageRequest page) {
        return repository.needs(kind, field, status, within, organizationId, scopes.of(user), page);
    }

    @Transactional
    public Need close(CurrentUser user, UUID id) {
        Need need = need(user, id);
        scopes.of(user).requireWritable(need.organizationJurisdiction(), need.organizationId());
        Need closed = need.withStatus(need.status().close());
        repository.updateStatus(id, closed.status(), Instant.now(clock));
        audit.record(user, "need.closed", NEED, id, need.jurisdiction().code(), need, closed);
        return closed;
    }

    public record NewOffer(String providerName, ProviderType providerType, ResourceKind kind, String title,
            String description, Set<ServiceField> fields, String coverage, BigDecimal valueYuan) {
    }

    /** Bases record what foundations and enterprises offer, for the jurisdiction the offer covers. */
    @Transactional
    public ResourceOffer offer(CurrentUser user, NewOffer request) {
        Jurisdiction coverage = Jurisdiction.of(request.coverage());
        scopes.of(user).requireWritable(coverage, null);
        ResourceOffer offer = new ResourceOffer(UUID.randomUUID(), request.providerName().strip(),
                request.providerType(), request.kind(), request.title().strip(), request.description(),
                request.fields() == null ? Set.of() : request.fields(), coverage, yuan(request.valueYuan()), true,
                Instant.now(clock));
        repository.insert(offer, user.username());
        audit.record(user, "resource-offer.posted", OFFER, offer.id(), coverage.code(), null, offer);
        return offer;
    }

    /** A provider takes its offer back; it is no longer suggested, linkages already made stay. */
    @Transactional
    public ResourceOffer withdraw(CurrentUser user, UUID offerId) {
        ResourceOffer offer = repository.findOffer(offerId)
                .filter(o -> scopes.of(user).covers(o.coverage(), null))
                .orElseThrow(() -> new NotFoundException("resource-offer", offerId));
        scopes.of(user).requireWritable(offer.coverage(), null);
        OfferStatus.LIFECYCLE.require(offer.status(), OfferStatus.Action.WITHDRAW);
        repository.withdrawOffer(offerId);
        ResourceOffer withdrawn = new ResourceOffer(offer.id(), offer.providerName(), offer.providerType(),
                offer.kind(), offer.title(), offer.description(), offer.fields(), offer.coverage(), offer.valueYuan(),
                false, offer.createdAt());
        audit.record(user, "resource-offer.withdrawn", OFFER, offerId, offer.coverage().code(), offer, withdrawn);
        return withdrawn;
    }

    @ReadOnly
    public Page<ResourceOffer> offers(CurrentUser user, ResourceKind kind, PageRequest page) {
        return repository.offers(kind, scopes.of(user), page);
    }

    /** Suggested offers for a need the caller can see, best first (rule: {@link OfferRanking}). */
    @ReadOnly
    public List<OfferRanking.Match> matches(CurrentUser user, UUID needId) {
        Need need = need(user, needId);
        return OfferRanking.rank(need, repository.offersCovering(need.kind(), need.jurisdiction()));
    }

    public record NewLinkage(UUID offerId, String providerName, BigDecimal valueYuan, LocalDate linkedOn,
            String note) {
    }

    /** A base confirms a linkage (资源链接) for a need in its scope, with the value linked and the day. */
    @Transactional
    public Linkage link(CurrentUser user, UUID needId, NewLinkage request) {
        Need need = need(user, needId);
        DataScope scope = scopes.of(user);
        scope.requireWritable(need.organizationJurisdiction(), need.organizationId());
        NeedStatus next = need.status().link();
        String provider = request.providerName();
        if (request.offerId() != null) {
            ResourceOffer offer = repository.findOffer(request.offerId())
                    .filter(o -> o.coverage().contains(need.jurisdiction()))
                    .orElseThrow(() -> new FieldProblemException("offerId", "Linkage.offer.unknown", request.offerId()));
            provider = offer.providerName();
        }
        if (provider == null || provider.isBlank()) {
            throw new FieldProblemException("providerName", "NotBlank");
        }
        Linkage linkage = new Linkage(UUID.randomUUID(), need.id(), request.offerId(), need.organizationId(),
                need.organizationJurisdiction().code(), provider.strip(), yuan(request.valueYuan()),
                request.linkedOn(), request.note(), user.username(), Instant.now(clock));
        repository.insert(linkage);
        repository.updateStatus(need.id(), next, linkage.createdAt());
        audit.record(user, "need.linked", NEED, need.id(), need.jurisdiction().code(), need, linkage);
        return linkage;
    }

    @ReadOnly
    public List<Linkage> linkages(CurrentUser user, UUID needId) {
        need(user, needId);
        return repository.linkages(needId);
    }

    public record Totals(Jurisdiction jurisdiction, LocalDate from, LocalDate to,
            long linkedOrganizations, BigDecimal linkedValueYuan, long linkages) {
    }

    /** Changsha's figure: organizations linked (each counted once) and value linked, in a subtree and period. */
    @ReadOnly
    public Totals totals(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to) {
        Jurisdiction where = within == null ? scopes.defaultArea(user) : within;
        NeedsRepository.Totals totals = repository.totals(where, from, to, scopes.of(user));
        return new Totals(where, from, to, totals.linkedOrganizations(),
                totals.linkedValueYuan(), totals.linkages());
    }

    /** Yuan with exactly two decimals; more precision than a fen is refused by validation before this. */
    private static BigDecimal yuan(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
