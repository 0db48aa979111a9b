package cn.incubator.incubation.cases;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
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

    ReminderController(ReminderService reminders) {
        this.reminders = reminders;
    }

    @RequiresPermission("incubation:notification:read")
    @GetMapping
    @Operation(summary = "Reminders in your scope (overdue growth evaluations, follow-up ends, service evaluations)")
    Page<ReminderService.Notification> list(CurrentUser user, @RequestParam(defaultValue = "true") boolean unreadOnly, PageRequest page) {
        return reminders.list(user, unreadOnly, page);
    }

    @RequiresPermission("incubation:notification:read")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(CurrentUser user, @PathVariable UUID id) {
        reminders.markRead(user, id);
        return ResponseEntity.noContent().build();
    }
}
