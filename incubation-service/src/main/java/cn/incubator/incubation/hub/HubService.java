package cn.incubator.incubation.hub;

import cn.incubator.incubation.cases.CaseAccess;
import cn.incubator.incubation.evaluation.Evaluation;
import cn.incubator.incubation.evaluation.EvaluationKind;
import cn.incubator.incubation.evaluation.EvaluationService;
import cn.incubator.incubation.registry.Registry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Street hubs: registration, hub evaluations and coverage by district with the registry's filing figures. */
@Service
public class HubService {

    static final String SUBJECT = "street-hub";

    private final JdbcClient jdbc;
    private final Registry registry;
    private final EvaluationService evaluations;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    HubService(JdbcClient jdbc, Registry registry, EvaluationService evaluations, DataScopes scopes, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
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
            jdbc.sql("""
                    INSERT INTO street_hub (id, organization_id, organization_name, street_code, base_specialist,
                        dedicated_butler, back_office_resources, back_office_note, registered_by, registered_at)
                    VALUES (:id, :org, :name, :street, :specialist, :butler, :backOffice, :note, :by, :at)
                    """)
                    .param("id", hub.id()).param("org", hub.organizationId()).param("name", hub.organizationName())
                    .param("street", street.code()).param("specialist", hub.baseSpecialist())
                    .param("butler", hub.dedicatedButler()).param("backOffice", hub.backOfficeResources())
                    .param("note", hub.backOfficeNote()).param("by", user.username())
                    .param("at", Timestamp.from(hub.registeredAt()))
                    .update();
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

    @Transactional(readOnly = true)
    public StreetHub get(CurrentUser user, UUID id) {
        ScopeFilter filter = scopes.of(user).filter("street_code", "organization_id");
        return jdbc.sql("SELECT * FROM street_hub WHERE id = :id AND " + filter.sql())
                .param("id", id).params(filter.params())
                .query(HubService::map).optional().orElseThrow(() -> new NotFoundException("street-hub", id));
    }

    @Transactional(readOnly = true)
    public List<StreetHub> list(CurrentUser user, Jurisdiction within) {
        ScopeFilter filter = scopes.of(user).filter("street_code", "organization_id");
        return jdbc.sql("SELECT * FROM street_hub WHERE street_code LIKE :within AND " + filter.sql()
                        + " ORDER BY street_code")
                .param("within", within.significantPrefix() + "%").params(filter.params())
                .query(HubService::map).list();
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
            throw new FieldProblemException("district", "Hub.notADistrict", district.name());
        }
        if (!scope.covers(district, null) && scope.onlyOrganization().isEmpty()) {
            throw new NotFoundException("jurisdiction", district.code());
        }
        List<Jurisdiction> streets = district.children();
        Map<String, StreetHub> hubs = list(user, district).stream()
                .collect(Collectors.toMap(h -> h.street().code(), h -> h));
        Map<String, Registry.StreetFigures> figures = registry.countByStreet(district.code());
        Registry.StreetFigures none = new Registry.StreetFigures(0, 0);
        List<StreetCoverage> byStreet = streets.stream().map(street -> {
            StreetHub hub = hubs.get(street.code());
            Registry.StreetFigures counted = figures.getOrDefault(street.code(), none);
            return new StreetCoverage(street.code(), street.name(), hub == null ? null : hub.organizationName(),
                    counted.filedCommunityOrganizations(), counted.registeredOrganizations());
        }).toList();
        int covered = (int) byStreet.stream().filter(s -> s.hub() != null).count();
        List<String> missing = byStreet.stream().filter(s -> s.hub() == null).map(StreetCoverage::name).toList();
        BigDecimal ratio = streets.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(covered)
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(streets.size()), 2, RoundingMode.HALF_UP);
        return new Coverage(district.code(), district.name(), streets.size(), covered, ratio,
                byStreet.stream().mapToLong(StreetCoverage::communityOrganizationsFiled).sum(),
                byStreet.stream().mapToLong(StreetCoverage::registeredOrganizations).sum(), missing, byStreet);
    }

    private static void requireStaff(CurrentUser user) {
        CaseAccess.require(user, "incubation:hub:write");
    }

    private static StreetHub map(ResultSet rs, int row) throws SQLException {
        return new StreetHub(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), Jurisdiction.of(rs.getString("street_code")),
                rs.getString("base_specialist"), rs.getString("dedicated_butler"),
                rs.getInt("back_office_resources"), rs.getString("back_office_note"),
                rs.getTimestamp("registered_at").toInstant());
    }

    public record NewHub(UUID organizationId, String street, String baseSpecialist, String dedicatedButler,
            int backOfficeResources, String backOfficeNote) {
    }

    /**
     * Streets with a hub out of all streets of the district, in percent, and the organizations the registry counts
     * there: community organizations filed and organizations registered, in all and per street.
     */
    public record Coverage(String district, String districtName, int streets, int streetsWithHub,
            BigDecimal coveragePercent, long communityOrganizationsFiled, long registeredOrganizations,
            List<String> streetsWithoutHub, List<StreetCoverage> byStreet) {
    }

    /** One street or town: its hub (null when it has none) and what the registry counts there. */
    public record StreetCoverage(String street, String name, String hub, long communityOrganizationsFiled,
            long registeredOrganizations) {
    }
}
