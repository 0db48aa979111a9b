package cn.incubator.incubation.cases;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reminders for overdue clocks, for the console. */
@RestController
@RequestMapping("/api/incubation/v1/notifications")
class ReminderController {

    private final ReminderService reminders;
    private final NodeFederation federation;

    ReminderController(ReminderService reminders, NodeFederation federation) {
        this.reminders = reminders;
        this.federation = federation;
    }

    @RequiresPermission("incubation:notification:read")
    @GetMapping
    @Operation(summary = "Reminders in your scope (overdue growth evaluations, follow-up ends, service evaluations)")
    Page<ReminderService.Notification> list(CurrentUser user, @RequestParam(defaultValue = "true") boolean unreadOnly,
            PageRequest page, HttpServletRequest request, HttpServletResponse response) {
        // Reminders are the cases' (in scope), not the caller's own: a place holding street nodes has its nodes'
        // reminders too (NodeFederation), by due time across them.
        return federation.list("incubation", user.jurisdictions(), page, rows -> reminders.list(user, unreadOnly, rows),
                ReminderService.Notification.class, ReminderService.Notification.ORDER, request, response);
    }

    @RequiresPermission("incubation:notification:read")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(CurrentUser user, @PathVariable UUID id) {
        reminders.markRead(user, id);
        return ResponseEntity.noContent().build();
    }
}
