package cn.incubator.incubation.hub;

import cn.incubator.incubation.cases.CaseAccess;
import cn.incubator.incubation.evaluation.Evaluation;
import cn.incubator.incubation.evaluation.EvaluationKind;
import cn.incubator.incubation.evaluation.EvaluationService;
import cn.incubator.incubation.remote.Registry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Street hubs: registration, hub evaluations and coverage by district with the registry's filing figures. */
@Service
public class HubService {

    static final String SUBJECT = "street-hub";

    private final HubRepository hubs;
    private final Registry registry;
    private final EvaluationService evaluations;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    HubService(HubRepository hubs, Registry registry, EvaluationService evaluations, DataScopes scopes,
            AuditTrail audit, Clock clock) {
        this.hubs = hubs;
        this.registry = registry;
        this.evaluations = evaluations;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an organization of the registry as its street's hub; one hub per street. */
    @Transactional
    public StreetHub register(CurrentUser user, NewHub request) {
        requireStaff(user);
        Jurisdiction street = Jurisdiction.of(request.street());
        if (street.tier() != Tier.STREET) {
            throw new FieldProblemException("street", "Hub.notAStreet", street.name());
        }
        scopes.of(user).requireWritable(street, null);
        Registry.OrganizationEligibility organization = registry.checkEligibility(request.organizationId());
        if (!street.contains(Jurisdiction.of(organization.jurisdictionCode()))) {
            throw new FieldProblemException("organizationId", "Hub.outsideStreet", organization.name(), street.name());
        }
        StreetHub hub = new StreetHub(UUID.randomUUID(), organization.organizationId(), organization.name(), street,
                request.baseSpecialist().strip(), request.dedicatedButler().strip(), request.backOfficeResources(),
                request.backOfficeNote(), Instant.now(clock));
        try {
            hubs.insert(hub, user.username());
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("hub-exists", street.name());
        }
        audit.record(user, "hub.registered", SUBJECT, hub.id(), street.code(), null, hub);
        return hub;
    }

    /** Opens the hub's evaluation with the hub rubric (《枢纽型社区社会组织评估细则》). */
    @Transactional
    public Evaluation evaluate(CurrentUser user, UUID hubId) {
        StreetHub hub = get(user, hubId);
        Evaluation evaluation = evaluations.openForOrganization(user, hub.organizationId(), hub.organizationName(),
                hub.street(), EvaluationKind.HUB);
        audit.record(user, "hub.evaluation-opened", SUBJECT, hubId, hub.street().code(), null,
                Map.of("evaluationId", evaluation.id()));
        return evaluation;
    }

    @ReadOnly
    public StreetHub get(CurrentUser user, UUID id) {
        return hubs.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("street-hub", id));
    }

    @ReadOnly
    public Page<StreetHub> list(CurrentUser user, Jurisdiction within, PageRequest page) {
        return hubs.list(within, scopes.of(user), page);
    }

    /**
     * Hub coverage of a district (county, banner): its streets and towns with a hub out of all of them, and per
     * street the community organizations filed (备案) and organizations registered (登记) as the registry counts them
     * in the caller's scope. Changsha County reported 18 of 18 and 1,184 filed (Dec 2024). Not one transaction: the
     * registry is asked after the hubs are read, and a registry that does not answer yields 503.
     */
    public Coverage coverage(CurrentUser user, Jurisdiction district) {
        DataScope scope = scopes.of(user);
        if (district.tier() != Tier.DISTRICT) {
            throw new FieldProblemException("jurisdiction", "Hub.notADistrict", district.name());
        }
        if (!scope.covers(district, null) && scope.onlyOrganization().isEmpty()) {
            throw new NotFoundException("jurisdiction", district.code());
        }
        List<Jurisdiction> streets = district.children();
        Map<String, StreetHub> hubs = this.hubs.all(district, scope).stream()
                .collect(Collectors.toMap(h -> h.street().code(), h -> h));
        Map<String, Registry.StreetFigures> figures = registry.countByStreet(district.code());
        Registry.StreetFigures none = new Registry.StreetFigures(0, 0);
        List<StreetCoverage> byStreet = streets.stream().map(street -> {
            StreetHub hub = hubs.get(street.code());
            Registry.StreetFigures counted = figures.getOrDefault(street.code(), none);
            return new StreetCoverage(street, hub == null ? null : hub.organizationName(),
                    counted.filedCommunityOrganizations(), counted.registeredOrganizations());
        }).toList();
        int covered = (int) byStreet.stream().filter(s -> s.hub() != null).count();
        List<String> missing = byStreet.stream().filter(s -> s.hub() == null).map(s -> s.street().name())
                .toList();
        BigDecimal ratio = streets.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(covered)
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(streets.size()), 2, RoundingMode.HALF_UP);
        return new Coverage(district, streets.size(), covered, ratio,
                byStreet.stream().mapToLong(StreetCoverage::communityOrganizationsFiled).sum(),
                byStreet.stream().mapToLong(StreetCoverage::registeredOrganizations).sum(), missing, byStreet);
    }

    private static void requireStaff(CurrentUser user) {
        CaseAccess.require(user, "incubation:hub:write");
    }

    public record NewHub(UUID organizationId, String street, String baseSpecialist, String dedicatedButler,
            int backOfficeResources, String backOfficeNote) {
    }

    /**
     * Streets with a hub out of all streets of the district, in percent, and the organizations the registry counts
     * there: community organizations filed and organizations registered, in all and per street.
     */
    public record Coverage(Jurisdiction jurisdiction, int streets, int streetsWithHub,
            BigDecimal coveragePercent, long communityOrganizationsFiled, long registeredOrganizations,
            List<String> streetsWithoutHub, List<StreetCoverage> byStreet) {
    }

    /** One street or town: its hub (null when it has none) and what the registry counts there. */
    public record StreetCoverage(Jurisdiction street, String hub, long communityOrganizationsFiled,
            long registeredOrganizations) {
    }
}
