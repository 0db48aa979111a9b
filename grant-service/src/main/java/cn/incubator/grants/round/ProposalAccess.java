package cn.incubator.grants.round;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.permission.PermissionTable;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import java.util.Map;

/**
 * Who sees which proposals: officers, operators and hubs those of organizations in their subtrees; an org-admin those
 * of their organization; an expert only proposals that passed initial review in rounds whose panel they sit on,
 * never one of an organization they are affiliated with or for which they declared a conflict of interest.
 */
public final class ProposalAccess {

    static final String MANAGE_ROUNDS = "grants:round:manage";

    private ProposalAccess() {
    }

    /**
     * Whether the caller runs rounds (and so sees them in draft and manages them in their subtree): whoever holds
     * {@code grants:round:manage} in the permission table.
     */
    public static boolean manages(CurrentUser user) {
        return PermissionTable.allows(user.roles().stream().map(Role::wireName).toList(), MANAGE_ROUNDS);
    }

    /** Whether the caller reads as an expert only. */
    public static boolean expertOnly(CurrentUser user) {
        return user.hasRole(Role.EXPERT) && !manages(user) && !user.hasRole(Role.ORG_ADMIN);
    }

    /** Proposals of the rounds whose panel the expert sits on, conflicts included (for scoring, which refuses them). */
    static ScopeFilter panelFilter(CurrentUser user, DataScope scope) {
        ScopeFilter base = scope.filter("p.jurisdiction_code", "p.organization_id");
        return base.and("EXISTS (SELECT 1 FROM panel_member scope_pm"
                + " WHERE scope_pm.round_id = p.round_id AND scope_pm.username = :scope_expert)",
                Map.of("scope_expert", user.username()));
    }

    /** The filter on {@code proposal p} for the caller. */
    public static ScopeFilter filter(CurrentUser user, DataScope scope) {
        ScopeFilter base = scope.filter("p.jurisdiction_code", "p.organization_id");
        if (!expertOnly(user)) {
            return base;
        }
        return base.and("p.status = 'PASSED' AND EXISTS (SELECT 1 FROM panel_member scope_pm"
                + " WHERE scope_pm.round_id = p.round_id AND scope_pm.username = :scope_expert"
                + " AND NOT (p.organization_id = ANY (scope_pm.affiliated_organizations))"
                + " AND NOT EXISTS (SELECT 1 FROM conflict_declaration scope_cd WHERE scope_cd.proposal_id = p.id"
                + " AND scope_cd.talent_id = scope_pm.talent_id))", Map.of("scope_expert", user.username()));
    }

    /** Narrows a filter on {@code grant_round r} to the rounds whose panel the expert sits on. */
    static ScopeFilter seatedOn(CurrentUser user, ScopeFilter rounds) {
        return rounds.and("EXISTS (SELECT 1 FROM panel_member scope_pm"
                + " WHERE scope_pm.round_id = r.id AND scope_pm.username = :scope_expert)",
                Map.of("scope_expert", user.username()));
    }
}
