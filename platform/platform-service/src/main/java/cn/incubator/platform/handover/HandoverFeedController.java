package cn.incubator.platform.handover;

import cn.incubator.platform.events.ServiceClientConfiguration;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parent's handover API of a service, pulled by the new node's handover job of the same service: service to
 * service only (the platform's service client; the gateway routes nothing under {@code /internal}), hidden from the
 * published API.
 */
@RestController
@Hidden
@RequestMapping(HandoverFeedController.PATH)
public class HandoverFeedController {

    static final String BASE = "/internal/handover/";
    static final String PATH = BASE + "{jurisdiction}";
    private static final int MAX_PAGE = 2000;
    private static final String TRANSFER = "platform:handover:transfer";

    private final HandoverExport export;

    public HandoverFeedController(HandoverExport export) {
        this.export = export;
    }

    record Fenced(Instant fencedAt) {
    }

    @PostMapping("/fence")
    @RequiresPermission(TRANSFER)
    Fenced fence(CurrentUser caller, @PathVariable String jurisdiction, @RequestParam String node) {
        return new Fenced(export.fence(subtree(caller, jurisdiction), node));
    }

    @GetMapping("/tables/{table}")
    @RequiresPermission(TRANSFER)
    SubtreeTables.Page page(CurrentUser caller, @PathVariable String jurisdiction, @PathVariable String table,
            @RequestParam(required = false) List<String> after, @RequestParam(defaultValue = "500") int limit) {
        return export.page(table, subtree(caller, jurisdiction), after == null || after.isEmpty() ? null : after,
                Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @GetMapping("/tables/{table}/summary")
    @RequiresPermission(TRANSFER)
    SubtreeTables.Summary summary(CurrentUser caller, @PathVariable String jurisdiction, @PathVariable String table) {
        return export.summary(table, subtree(caller, jurisdiction));
    }

    @PostMapping("/switch")
    @RequiresPermission(TRANSFER)
    HandoverDirectory.NodeHandovers switchOwner(CurrentUser caller, @PathVariable String jurisdiction,
            @RequestParam String node) {
        return export.switchOwner(subtree(caller, jurisdiction), node);
    }

    @PostMapping("/retire")
    @RequiresPermission(TRANSFER)
    HandoverExport.Retired retire(CurrentUser caller, @PathVariable String jurisdiction, @RequestParam String node) {
        return export.retire(subtree(caller, jurisdiction), node);
    }

    /** Only the platform's service client calls this API. */
    public static void requireServiceClient(CurrentUser caller) {
        if (!caller.username().equals("service-account-" + ServiceClientConfiguration.REGISTRATION)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
    }

    private static Jurisdiction subtree(CurrentUser caller, String code) {
        requireServiceClient(caller);
        if (!Jurisdiction.isValid(code)) {
            throw new NotFoundException("jurisdiction", code);
        }
        return Jurisdiction.of(code);
    }
}
