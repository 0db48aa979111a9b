package cn.incubator.registry.notification;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's notices (站内信) from every service: calls for proposals, deadlines, assignments, payments. Each
 * reader sees what is addressed to them (by name, organization, or role within their jurisdiction) and keeps their own
 * read state.
 */
@RestController
@Validated
@RequestMapping("/api/registry/v1/notifications")
class NotificationController {

    private final NotificationService notifications;
    private final NodeFederation federation;

    NotificationController(NotificationService notifications, NodeFederation federation) {
        this.notifications = notifications;
        this.federation = federation;
    }

    @RequiresPermission("registry:notification:read")
    @GetMapping
    @Operation(summary = "Your notices, newest first; only the unread ones with unread=true")
    Page<NotificationService.NotificationView> mine(CurrentUser user,
            @Parameter(description = "only notices not read yet") @RequestParam(defaultValue = "false") boolean unread,
            PageRequest page, HttpServletRequest request, HttpServletResponse response) {
        // Not only the caller's own: a notice addressed to a role within a place moves with the place's records in a
        // handover, so a place holding street nodes has its nodes' notices too (NodeFederation), newest first, read
        // state and texts (in the caller's language) as each node keeps them.
        return federation.list("registry", user.jurisdictions(), page,
                rows -> notifications.mine(user, unread, rows), NotificationService.NotificationView.class,
                NotificationService.NotificationView.ORDER, request, response);
    }

    @RequiresPermission("registry:notification:read")
    @GetMapping("/unread-count")
    @Operation(summary = "How many of your notices are unread (the console's badge)")
    NotificationService.UnreadCount unreadCount(CurrentUser user) {
        return notifications.unread(user);
    }

    @RequiresPermission("registry:notification:mark")
    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of your notices read (again: no change)")
    NotificationService.NotificationView markRead(CurrentUser user, @PathVariable UUID id) {
        return notifications.markRead(user, id);
    }

    @RequiresPermission("registry:notification:mark")
    @PostMapping("/read")
    @Operation(summary = "Mark all your notices read; answers how many were unread")
    NotificationService.Marked markAllRead(CurrentUser user) {
        return notifications.markAllRead(user);
    }
}
