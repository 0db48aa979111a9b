package cn.incubator.incubation.base;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up bases, their zones and workstations, and reports occupancy, inside the caller's data scope. */
@Service
public class BaseService {

    static final String SUBJECT = "incubation-base";
    /** Workstations added to a zone in one request: Ya'an's centre gave 200, so a few hundred is plenty. */
    static final int MAX_WORKSTATIONS_PER_REQUEST = 500;

    private final BaseRepository bases;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    BaseService(BaseRepository bases, DataScopes scopes, AuditTrail audit, Clock clock) {
        this.bases = bases;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Base create(CurrentUser user, String name, String jurisdictionCode, String operatorName) {
        Jurisdiction jurisdiction = Jurisdiction.of(jurisdictionCode);
        scopes.of(user).requireWritable(jurisdiction, null);
        Base base = new Base(UUID.randomUUID(), name.strip(), jurisdiction, operatorName.strip(), Instant.now(clock));
        bases.insert(base);
        audit.record(user, "base.created", SUBJECT, base.id(), jurisdiction.code(), null, base);
        return base;
    }

    /** Adds a zone with {@code workstations} workstations coded {@code prefix-001} onwards. */
    @Transactional
    public Zone addZone(CurrentUser user, UUID baseId, ZoneKind kind, String name, int workstations, String prefix) {
        Base base = get(user, baseId);
        scopes.of(user).requireWritable(base.jurisdiction(), null);
        if (workstations > 0 && !kind.hasWorkstations()) {
            throw new FieldProblemException("workstations", "Zone.noWorkstations", kind);
        }
        Zone zone = new Zone(UUID.randomUUID(), base.id(), kind, name.strip());
        if (bases.zones(base.id()).stream().anyMatch(z -> z.name().equals(zone.name()))) {
            throw new ConflictException("zone-name-taken", zone.name());
        }
        bases.insert(zone);
        addWorkstations(zone, workstations, prefix);
        audit.record(user, "zone.created", SUBJECT, base.id(), base.jurisdiction().code(), null,
                new ZoneCreated(zone, workstations));
        return zone;
    }

    @Transactional
    public int addWorkstations(CurrentUser user, UUID zoneId, int count, String prefix) {
        Zone zone = bases.findZone(zoneId, scopes.of(user)).orElseThrow(() -> new NotFoundException("zone", zoneId));
        Base base = get(user, zone.baseId());
        scopes.of(user).requireWritable(base.jurisdiction(), null);
        if (!zone.kind().hasWorkstations()) {
            throw new FieldProblemException("count", "Zone.noWorkstations", zone.kind().name());
        }
        addWorkstations(zone, count, prefix);
        audit.record(user, "workstations.added", SUBJECT, base.id(), base.jurisdiction().code(), null,
                new ZoneCreated(zone, count));
        return count;
    }

    private void addWorkstations(Zone zone, int count, String prefix) {
        if (count > MAX_WORKSTATIONS_PER_REQUEST) {
            throw new FieldProblemException("workstations", "Max", MAX_WORKSTATIONS_PER_REQUEST);
        }
        int next = bases.workstationCount(zone.id()) + 1;
        for (int i = 0; i < count; i++) {
            String code = "%s-%03d".formatted(prefix, next + i);
            if (bases.workstationCodeTaken(zone.id(), code)) {
                throw new ConflictException("workstation-code-taken", code);
            }
            bases.insertWorkstation(UUID.randomUUID(), zone.id(), code);
        }
    }

    @ReadOnly
    public Base get(CurrentUser user, UUID id) {
        return bases.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("base", id));
    }

    @ReadOnly
    public Page<Base> list(CurrentUser user, PageRequest page) {
        return bases.list(scopes.of(user), page);
    }

    @ReadOnly
    public List<ZoneOccupancy> occupancy(CurrentUser user, UUID baseId) {
        return bases.occupancy(get(user, baseId).id());
    }

    /** A zone of a base the caller sees (404 otherwise). */
    @ReadOnly
    public Zone zone(CurrentUser user, UUID zoneId) {
        return bases.findZone(zoneId, scopes.of(user)).orElseThrow(() -> new NotFoundException("zone", zoneId));
    }

    /** The workstations of a zone the caller sees, each with the case holding it now (工位平面图). */
    @ReadOnly
    public List<WorkstationUse> uses(CurrentUser user, UUID zoneId) {
        return bases.uses(zone(user, zoneId).id());
    }

    /** A workstation of a base the caller sees. */
    @ReadOnly
    public Workstation workstation(CurrentUser user, UUID id) {
        return bases.findWorkstation(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("workstation", id));
    }

    /** The first free workstation of the base's zones of that kind, for allocation without a chosen workstation. */
    @ReadOnly
    public java.util.Optional<Workstation> firstFree(CurrentUser user, UUID baseId, ZoneKind kind) {
        get(user, baseId);
        return bases.zones(baseId).stream().filter(z -> z.kind() == kind)
                .flatMap(z -> bases.freeWorkstations(z.id(), baseId, kind, 1).stream())
                .findFirst();
    }

    record ZoneCreated(Zone zone, int workstationsAdded) {
    }
}
