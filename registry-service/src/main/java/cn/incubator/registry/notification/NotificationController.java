package cn.incubator.registry.notification;

import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @RequiresPermission("registry:notification:read")
    @GetMapping
    @Operation(summary = "Your notices, newest first; only the unread ones with unread=true")
    @NodeLocal("the caller's own notices, held by the node that serves the caller")
    Page<NotificationService.NotificationView> mine(CurrentUser user,
            @Parameter(description = "only notices not read yet") @RequestParam(defaultValue = "false") boolean unread,
            PageRequest page) {
        return notifications.mine(user, unread, page);
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
