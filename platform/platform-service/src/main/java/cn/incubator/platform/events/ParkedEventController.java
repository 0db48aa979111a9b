package cn.incubator.platform.events;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 重放搁置的事件: every service's one write on its inbox, {@code POST /api/<service>/v1/events/parked/{id}/replay},
 * for the platform administrator once the cause of the failures is fixed. The parked events themselves are listed by
 * {@code GET /actuator/events} on the service's own port; the replay goes through the gateway like every operation,
 * with the caller's token and permission.
 */
@RestController
public class ParkedEventController {

    private final ParkedEvents parked;

    public ParkedEventController(ParkedEvents parked) {
        this.parked = parked;
    }

    @PostMapping("/api/${incubator.api.name}/${incubator.api.version:v1}/events/parked/{id}/replay")
    @RequiresPermission("platform:event:replay")
    @Operation(summary = "Replay a parked event (重放搁置的事件): run its handler once more; processed once, or kept "
            + "parked with one attempt more and the new error")
    ParkedEvents.Replay replay(CurrentUser user, @PathVariable UUID id) {
        return parked.replay(user, id);
    }
}
