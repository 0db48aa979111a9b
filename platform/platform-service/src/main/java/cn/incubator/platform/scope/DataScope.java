package cn.incubator.platform.scope;

import cn.incubator.platform.handover.SubtreeFences;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.problem.OutOfScopeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What records a caller may see and change (数据权限): the jurisdiction subtrees in the token, narrowed to one
 * organization for an {@code org-admin}, and always within the subtree this service node serves.
 *
 * <p>Out-of-scope reads must look like "not found", so repositories add {@link #filter} to every query;
 * out-of-scope writes are refused with {@link #requireWritable}.
 */
public final class DataScope {

    private final Node node;
    private final List<Jurisdiction> subtrees;
    private final Optional<UUID> onlyOrganization;
    private final boolean nothing;
    private final SubtreeFences fences;

    private DataScope(Node node, List<Jurisdiction> subtrees, Optional<UUID> onlyOrganization, boolean nothing,
            SubtreeFences fences) {
        this.node = node;
        this.fences = fences;
        this.subtrees = List.copyOf(subtrees);
        this.onlyOrganization = onlyOrganization;
        this.nothing = nothing || subtrees.isEmpty();
    }

    public static DataScope of(CurrentUser user, Node node) {
        return of(user, node, null);
    }

    /** @param fences the subtrees this node is handing over or has handed over, or {@code null} when none can be */
    public static DataScope of(CurrentUser user, Node node, SubtreeFences fences) {
        List<Jurisdiction> subtrees = new ArrayList<>();
        for (Jurisdiction granted : user.jurisdictions()) {
            // A grant wider than a served subtree shrinks to it; a grant beside every served subtree gives nothing here.
            for (Jurisdiction served : node.subtrees()) {
                if (served.contains(granted)) {
                    subtrees.add(granted);
                } else if (granted.contains(served)) {
                    subtrees.add(served);
                }
            }
        }
        if (user.hasRole(Role.ORG_ADMIN) && !user.hasAnyRole(Role.PLATFORM_ADMIN, Role.CIVIL_AFFAIRS)) {
            return new DataScope(node, subtrees, user.orgId(), user.orgId().isEmpty(), fences);
        }
        return new DataScope(node, subtrees, Optional.empty(), false, fences);
    }

    /** The subtrees this scope covers (already narrowed to the node). */
    public List<Jurisdiction> subtrees() {
        return subtrees;
    }

    public Optional<UUID> onlyOrganization() {
        return onlyOrganization;
    }

    public boolean isEmpty() {
        return nothing;
    }

    /**
     * @param jurisdictionColumn column holding the record's 12-digit jurisdiction code
     * @param organizationColumn column holding the organization id the record belongs to, or {@code null} when the
     *                           table is not about one organization (then an org-admin sees none of it)
     */
    public ScopeFilter filter(String jurisdictionColumn, String organizationColumn) {
        if (nothing || (onlyOrganization.isPresent() && organizationColumn == null)) {
            return ScopeFilter.nothing();
        }
        Map<String, Object> params = new HashMap<>();
        String sql = subtreesPredicate(jurisdictionColumn, params);
        if (onlyOrganization.isPresent()) {
            sql = sql + " AND " + organizationColumn + " = :scope_org";
            params.put("scope_org", onlyOrganization.get());
        }
        return new ScopeFilter(sql, params);
    }

    /**
     * For records published to everyone working in a place (a community project posted for organizations to take on,
     * a call for proposals): the caller's subtrees only, so an org-admin sees what is published where its
     * organization works, not just its own organization's records.
     */
    public ScopeFilter publishedFilter(String jurisdictionColumn) {
        if (nothing) {
            return ScopeFilter.nothing();
        }
        Map<String, Object> params = new HashMap<>();
        return new ScopeFilter(subtreesPredicate(jurisdictionColumn, params), params);
    }

    private String subtreesPredicate(String jurisdictionColumn, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < subtrees.size(); i++) {
            alternatives.add(jurisdictionColumn + " LIKE :scope_j" + i);
            params.put("scope_j" + i, subtrees.get(i).significantPrefix() + "%");
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    public boolean covers(Jurisdiction jurisdiction, UUID organizationId) {
        if (nothing) {
            return false;
        }
        if (onlyOrganization.isPresent() && !onlyOrganization.get().equals(organizationId)) {
            return false;
        }
        return subtrees.stream().anyMatch(subtree -> subtree.contains(jurisdiction));
    }

    /**
     * Refuses a write for a place this node does not serve, or outside the caller's scope (HTTP 403 either way, with
     * different problem types so a client can tell "wrong node" from "not yours"); a write to a subtree being handed
     * over to a new node answers 503 (retry shortly), and once handed over it is refused as for another node's place.
     */
    public void requireWritable(Jurisdiction jurisdiction, UUID organizationId) {
        node.requireServes(jurisdiction);
        if (!covers(jurisdiction, organizationId)) {
            throw new OutOfScopeException(jurisdiction);
        }
        if (fences != null) {
            fences.requireWritable(jurisdiction);
        }
    }
}
