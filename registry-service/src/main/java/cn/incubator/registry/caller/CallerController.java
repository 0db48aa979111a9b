package cn.incubator.registry.caller;

import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.PermissionTable;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 本人身份与辖区: who the caller is to the platform (roles, the permissions the one {@link PermissionTable} grants them,
 * jurisdictions, organization) and the divisions of their subtree, by real name. The web console draws its menus,
 * buttons and jurisdiction picker from these; every service still enforces the same table on each call.
 */
@RestController
@Validated
@RequestMapping("/api/registry/v1")
class CallerController {

    @RequiresPermission("registry:caller:read")
    @GetMapping("/me")
    @Operation(summary = "The caller's roles, permissions, jurisdictions and organization")
    CallerProfile me(CurrentUser user) {
        TreeSet<String> permissions = new TreeSet<>();
        List<String> roles = user.roles().stream().map(Role::wireName).sorted().toList();
        roles.forEach(role -> permissions.addAll(PermissionTable.permissionsOf(role)));
        return new CallerProfile(user.username(), roles, List.copyOf(permissions),
                user.jurisdictions().stream().map(Division::of).toList(), user.orgId().orElse(null));
    }

    @RequiresPermission("registry:caller:read")
    @GetMapping("/divisions")
    @Operation(summary = "The divisions directly below one of the caller's subtree (the jurisdiction picker), by real name")
    @NodeLocal("reference data: the division table, the same on every node")
    Page<Division> divisions(CurrentUser user, @RequestParam @JurisdictionCode String parent, PageRequest page) {
        Jurisdiction place = Jurisdiction.of(parent);
        if (user.jurisdictions().stream().noneMatch(granted -> granted.contains(place))) {
            throw new NotFoundException("division", place.code());
        }
        return Page.slice(place.children().stream().map(Division::of).toList(), page);
    }

    /**
     * @param organizationId the organization an org-admin acts for
     */
    record CallerProfile(String username, List<String> roles, List<String> permissions, List<Division> jurisdictions,
            UUID organizationId) {
    }

    /**
     * @param jurisdiction the division in the one response shape ({@code code, name, fullName, tier})
     * @param hasChildren  whether divisions lie below it (the picker shows it as expandable)
     */
    record Division(Jurisdiction jurisdiction, boolean hasChildren) {

        static Division of(Jurisdiction place) {
            return new Division(place, !place.children().isEmpty());
        }
    }
}
