package cn.incubator.platform.events;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.List;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service-to-service event feed: subscribed services read this service's events of one type after a position.
 * Only the platform's service client may read it; the gateway routes nothing here, and it is no part of the
 * published API (hidden from the OpenAPI document). A subscriber names its node's {@code jurisdiction} and gets only
 * the events inside it.
 */
@RestController
@Hidden
public class EventFeedController {

    public static final String PATH = "/internal/events";
    static final String SERVICE_CLIENT = "incubator-services";
    private static final int MAX_PAGE = 500;

    private final EventFeed feed;

    public EventFeedController(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping(PATH)
    @RequiresPermission("platform:event:deliver")
    EventFeed.Page read(CurrentUser caller, @RequestParam String type,
            @RequestParam(defaultValue = "0") long afterTx, @RequestParam(defaultValue = "0") long afterSequence,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) List<Jurisdiction> jurisdiction) {
        if (!caller.username().equals("service-account-" + SERVICE_CLIENT)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        return feed.after(type, new EventFeed.Position(afterTx, afterSequence), Math.max(1, Math.min(limit, MAX_PAGE)),
                jurisdiction);
    }
}
