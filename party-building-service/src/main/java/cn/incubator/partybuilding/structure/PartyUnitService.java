package cn.incubator.partybuilding.structure;

import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.partybuilding.access.CaseScopes;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The party structure (党组织架构): committees, joint branches, own branches, and their joint meetings. */
@Service
public class PartyUnitService {

    public static final String SUBJECT = "party-unit";
    private static final ZoneId CHINA = Display.ZONE;

    private final PartyUnitRepository units;
    private final CaseScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    PartyUnitService(PartyUnitRepository units, CaseScopes scopes, AuditTrail audit, Clock clock) {
        this.units = units;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a caller supplies to add a committee or joint branch. */
    public record NewUnit(UnitKind kind, String name, UUID parentId, String jurisdiction, CoverageForm coverageForm,
            String industry, String location, LocalDate formedOn) {
    }

    @Transactional
    public PartyUnit create(CurrentUser user, NewUnit request) {
        if (request.kind() == UnitKind.BRANCH) {
            // An own branch belongs to an organization: it is formed on the organization's case.
            throw new FieldProblemException("kind", "UnitKind.branch");
        }
        Jurisdiction jurisdiction = Jurisdiction.of(request.jurisdiction());
        DataScope scope = scopes.dataScopes().of(user);
        scope.requireWritable(jurisdiction, null);
        PartyUnit parent = request.parentId() == null ? null : get(scope, request.parentId());
        requirePlacement(request.kind(), parent, jurisdiction);
        if (!request.kind().allows(request.coverageForm())) {
            throw new FieldProblemException("coverageForm", "UnitCoverageForm", request.coverageForm().name());
        }
        if (request.coverageForm() == CoverageForm.INDUSTRY && blank(request.industry())) {
            throw new FieldProblemException("industry", "NotBlank");
        }
        Instant now = Instant.now(clock);
        PartyUnit unit = new PartyUnit(UUID.randomUUID(), request.kind(), request.name().strip(),
                parent == null ? null : parent.id(), jurisdiction.code(), request.coverageForm(),
                blank(request.industry()) ? null : request.industry().strip(), request.location(), null,
                request.formedOn() == null ? LocalDate.ofInstant(now, CHINA) : request.formedOn(), now);
        units.insert(unit);
        audit.record(user, "party-unit.created", SUBJECT, unit.id(), unit.jurisdictionCode(), null, unit);
        return unit;
    }

    /**
     * Forms an organization's own branch (单独组建党支部); the caller has checked the case and its count.
     *
     * @param parentId the committee above, or {@code null} to take the committee of its current joint branch
     */
    @Transactional
    public PartyUnit formOwnBranch(CurrentUser user, UUID organizationId, String jurisdictionCode, String name,
            UUID parentId, UUID currentJointBranchId) {
        DataScope scope = scopes.dataScopes().of(user);
        Jurisdiction jurisdiction = Jurisdiction.of(jurisdictionCode);
        UUID parent = parentId;
        if (parent == null && currentJointBranchId != null) {
            parent = units.find(currentJointBranchId, scope).map(PartyUnit::parentId).orElse(null);
        }
        if (parent != null) {
            requirePlacement(UnitKind.BRANCH, get(scope, parent), jurisdiction);
        }
        Instant now = Instant.now(clock);
        PartyUnit branch = new PartyUnit(UUID.randomUUID(), UnitKind.BRANCH, name.strip(), parent, jurisdictionCode,
                CoverageForm.SINGLE, null, null, organizationId, LocalDate.ofInstant(now, CHINA), now);
        units.insert(branch);
        audit.record(user, "party-unit.created", SUBJECT, branch.id(), branch.jurisdictionCode(), null, branch);
        return branch;
    }

    /**
     * A joint branch an organization in {@code organizationJurisdiction} may join: in the caller's scope, a joint
     * branch, and covering the organization's place.
     */
    @ReadOnly
    public PartyUnit requireJointBranchFor(CurrentUser user, UUID unitId, String organizationJurisdiction) {
        PartyUnit unit = get(scopes.dataScopes().of(user), unitId);
        if (unit.kind() != UnitKind.JOINT_BRANCH) {
            throw new ConflictException("not-a-joint-branch", unit.name());
        }
        if (!Jurisdiction.of(unit.jurisdictionCode()).contains(Jurisdiction.of(organizationJurisdiction))) {
            throw new ConflictException("joint-branch-elsewhere", unit.name(), unit.jurisdictionCode());
        }
        return unit;
    }

    /** Records on both units' timelines that an organization moved (left one, joined another). */
    public void recordMove(String actor, UUID caseId, UUID organizationId, String organizationName, UUID left,
            UUID joined) {
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("caseId", caseId);
        who.put("organizationId", organizationId);
        who.put("organizationName", organizationName);
        if (left != null) {
            audit.record(actor, "party-unit.organization-left", SUBJECT, left, null, who, null);
        }
        if (joined != null) {
            audit.record(actor, "party-unit.organization-joined", SUBJECT, joined, null, null, who);
        }
    }

    @ReadOnly
    public UnitDetail get(CurrentUser user, UUID id) {
        PartyUnit unit = get(scopes.dataScopes().of(user), id);
        return new UnitDetail(unit, units.covered(id, scopes.of(user)));
    }

    /** A unit with the organizations it covers (as far as the caller may see them). */
    public record UnitDetail(PartyUnit unit, List<CoveredOrganization> covered) {
    }

    /** A unit in the tree, with the number of organizations in it (joint branches) and the units below. */
    public record TreeNode(PartyUnit unit, int organizations, List<TreeNode> children) {

        /** The roots' order ({@code kind, jurisdiction_code, name, id}), for merging the trees of several nodes. */
        public static final ListOrder<TreeNode> ORDER = ListOrder.identifiedBy((TreeNode node) -> node.unit().id())
                .text(node -> node.unit().kind().name()).text(node -> node.unit().jurisdictionCode())
                .text(node -> node.unit().name()).thenId();
    }

    /** The order of a unit's children in the tree. */
    private static final Comparator<PartyUnit> CHILDREN = Comparator.comparing(PartyUnit::kind)
            .thenComparing(PartyUnit::jurisdictionCode).thenComparing(PartyUnit::name).thenComparing(PartyUnit::id);

    /**
     * One unit as two nodes hold it (a unit above a street is copied to the street's node in a handover, with the
     * branches below it that moved): the children of both, and the organizations of both (each node counts the
     * cases it holds; an own branch is one organization).
     */
    public static TreeNode combined(TreeNode own, TreeNode other) {
        Map<UUID, TreeNode> children = new LinkedHashMap<>();
        own.children().forEach(child -> children.merge(child.unit().id(), child, PartyUnitService::combined));
        other.children().forEach(child -> children.merge(child.unit().id(), child, PartyUnitService::combined));
        int organizations = own.unit().kind() == UnitKind.BRANCH ? 1 : own.organizations() + other.organizations();
        return new TreeNode(own.unit(), organizations, children.values().stream()
                .sorted(Comparator.comparing(TreeNode::unit, CHILDREN)).toList());
    }

    @ReadOnly
    public List<TreeNode> tree(CurrentUser user, Jurisdiction within) {
        List<PartyUnit> visible = units.list(scopes.dataScopes().of(user), within);
        Map<UUID, Integer> sizes = units.jointBranchSizes();
        Map<UUID, List<PartyUnit>> byParent = new LinkedHashMap<>();
        visible.forEach(u -> byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
        List<UUID> ids = visible.stream().map(PartyUnit::id).toList();
        return visible.stream()
                .filter(u -> u.parentId() == null || !ids.contains(u.parentId()))
                .map(root -> node(root, byParent, sizes))
                .toList();
    }

    private TreeNode node(PartyUnit unit, Map<UUID, List<PartyUnit>> byParent, Map<UUID, Integer> sizes) {
        List<TreeNode> children = byParent.getOrDefault(unit.id(), List.of()).stream()
                .sorted(CHILDREN)
                .map(child -> node(child, byParent, sizes))
                .toList();
        int organizations = unit.kind() == UnitKind.BRANCH ? 1 : sizes.getOrDefault(unit.id(), 0);
        return new TreeNode(unit, organizations, children);
    }

    /** What a caller supplies to record a joint meeting. */
    public record NewMeeting(LocalDate heldOn, String topic, int attendeeCount, String summary) {
    }

    @Transactional
    public JointMeeting recordMeeting(CurrentUser user, UUID unitId, NewMeeting request) {
        DataScope scope = scopes.dataScopes().of(user);
        PartyUnit unit = get(scope, unitId);
        scope.requireWritable(Jurisdiction.of(unit.jurisdictionCode()), null);
        CaseScope cases = scopes.of(user);
        if (cases.instructor().isPresent() && units.covered(unit.id(), cases).isEmpty()) {
            // An instructor records the meetings of the units their own organizations belong to.
            throw new OutOfScopeException(Jurisdiction.of(unit.jurisdictionCode()));
        }
        JointMeeting meeting = new JointMeeting(UUID.randomUUID(), unit.id(), request.heldOn(),
                request.topic().strip(), request.attendeeCount(), request.summary(), user.username(),
                Instant.now(clock));
        units.insertMeeting(meeting);
        audit.record(user, "party-unit.joint-meeting-held", SUBJECT, unit.id(), unit.jurisdictionCode(), null,
                meeting);
        return meeting;
    }

    @ReadOnly
    public List<JointMeeting> meetings(CurrentUser user, UUID unitId) {
        get(scopes.dataScopes().of(user), unitId);
        return units.meetings(unitId);
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID unitId, PageRequest page) {
        get(scopes.dataScopes().of(user), unitId);
        return audit.timeline(SUBJECT, unitId, page);
    }

    public Optional<PartyUnit> find(CurrentUser user, UUID id) {
        return units.find(id, scopes.dataScopes().of(user));
    }

    private PartyUnit get(DataScope scope, UUID id) {
        return units.find(id, scope).orElseThrow(() -> new NotFoundException("party-unit", id));
    }

    private static void requirePlacement(UnitKind kind, PartyUnit parent, Jurisdiction jurisdiction) {
        if (!kind.allowsParent(parent == null ? null : parent.kind())) {
            throw new FieldProblemException("parentId", "UnitParent", kind);
        }
        if (parent != null && !Jurisdiction.of(parent.jurisdictionCode()).contains(jurisdiction)) {
            throw new FieldProblemException("jurisdiction", "UnitJurisdiction", parent.jurisdictionCode());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
