package cn.incubator.systemtest;

import cn.incubator.platform.permission.Permission;
import cn.incubator.platform.permission.PermissionTable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders {@code docs/permissions.md}: the role × permission table and every operation with the permission it needs. */
final class PermissionDocument {

    private static final List<String> SHORT = List.of("admin", "officer", "base", "hub", "org", "expert", "instr",
            "trainer", "partner");

    private PermissionDocument() {
    }

    static String render(List<OpenApi.Operation> operations) {
        StringBuilder md = new StringBuilder();
        md.append("# Permissions (generated)\n\n")
                .append("Generated from the code by `PermissionMatrixSystemIT` (run the system tests with\n")
                .append("`-Dincubator.write-docs=true` to rewrite it); the same test fails when this file is stale.\n")
                .append("The single source is `platform/platform-core/.../permission/PermissionTable.java`; every\n")
                .append("operation declares its permission with `@RequiresPermission` and publishes it as `x-permission`\n")
                .append("in its OpenAPI document. Deny by default: a role holds only what is marked, an operation that\n")
                .append("declares nothing does not start, and data scope (jurisdiction, organization, assignment,\n")
                .append("partner) narrows every grant. Roles: ")
                .append(String.join(", ", PermissionTable.ROLES.stream()
                        .map(role -> "**" + SHORT.get(PermissionTable.ROLES.indexOf(role)) + "** `" + role + "`")
                        .toList()))
                .append(".\n\n## Role × permission\n\n| Permission | | ")
                .append(String.join(" | ", SHORT)).append(" |\n|---|---|")
                .append("---|".repeat(SHORT.size())).append('\n');
        for (Permission permission : PermissionTable.all()) {
            Set<String> roles = PermissionTable.rolesGranted(permission.code());
            md.append("| `").append(permission.code()).append("` | ").append(permission.chinese()).append(" · ")
                    .append(permission.english()).append(" | ")
                    .append(PermissionTable.ROLES.stream().map(role -> roles.contains(role) ? "✓" : "")
                            .collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        for (String service : OpenApi.SERVICES) {
            List<OpenApi.Operation> ofService = operations.stream().filter(op -> op.service().equals(service))
                    .sorted(Comparator.comparing(OpenApi.Operation::path).thenComparing(OpenApi.Operation::method))
                    .toList();
            md.append("\n## ").append(service).append(" (").append(ofService.size()).append(" operations)\n\n")
                    .append("| Operation | Permission | ").append(String.join(" | ", SHORT)).append(" |\n|---|---|")
                    .append("---|".repeat(SHORT.size())).append('\n');
            for (OpenApi.Operation op : ofService) {
                String code = op.permission().orElse("(none)");
                Set<String> roles = PermissionTable.rolesGranted(code);
                md.append("| `").append(op.method()).append(' ').append(op.path()).append("` | `").append(code)
                        .append("` | ")
                        .append(PermissionTable.ROLES.stream().map(role -> roles.contains(role) ? "✓" : "")
                                .collect(Collectors.joining(" | ")))
                        .append(" |\n");
            }
        }
        return md.toString();
    }
}
