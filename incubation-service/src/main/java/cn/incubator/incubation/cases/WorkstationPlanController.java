package cn.incubator.incubation.cases;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 工位平面图: a zone's workstations, free or occupied, with the holding case where the caller sees it. */
@RestController
@RequestMapping("/api/incubation/v1/zones")
class WorkstationPlanController {

    private final CaseService cases;

    WorkstationPlanController(CaseService cases) {
        this.cases = cases;
    }

    @RequiresPermission("incubation:base:read")
    @GetMapping("/{id}/workstations")
    @Operation(summary = "A zone's workstations in code order, free or occupied, naming the holding case when you see it")
    Page<PlannedWorkstation> plan(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(cases.zonePlan(user, id), page);
    }
}
