package cn.incubator.platform.events;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Hidden;
import cn.incubator.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service-to-service inbox. Only the platform's service client may deliver; the gateway routes nothing here, and
 * it is no part of the published API (hidden from the OpenAPI document).
 */
@RestController
@Hidden
public class EventInboxController {

    static final String SERVICE_CLIENT = "incubator-services";

    private final EventInbox inbox;

    public EventInboxController(EventInbox inbox) {
        this.inbox = inbox;
    }

    @PostMapping(EventInbox.PATH)
    @RequiresPermission("platform:event:deliver")
    ResponseEntity<Void> receive(CurrentUser caller, @RequestBody EventEnvelope event) {
        if (!caller.username().equals("service-account-" + SERVICE_CLIENT)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        inbox.receive(event);
        return ResponseEntity.noContent().build();
    }
}
