package cn.incubator.incubation.hub;

import cn.incubator.incubation.evaluation.Evaluation;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Street hubs (枢纽型社区社会组织) and their coverage. */
@RestController
@Validated
@RequestMapping("/api/incubation/v1/hubs")
class HubController {

    private final HubService hubs;
    private final NodeFederation federation;

    HubController(HubService hubs, NodeFederation federation) {
        this.hubs = hubs;
        this.federation = federation;
    }

    @RequiresPermission("incubation:hub:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Register an organization of the registry as its street's hub, with its staffing")
    ResponseEntity<StreetHub> register(CurrentUser user, @Valid @RequestBody HubRequest request) {
        StreetHub hub = hubs.register(user, new HubService.NewHub(request.organizationId(), request.street(),
                request.baseSpecialist(), request.dedicatedButler(), request.backOfficeResources(),
                request.backOfficeNote()));
        return ResponseEntity.created(URI.create("/api/incubation/v1/hubs/" + hub.id())).body(hub);
    }

    @RequiresPermission("incubation:hub:read")
    @GetMapping
    @Operation(summary = "Hubs in your scope, within a jurisdiction subtree")
    Page<StreetHub> list(CurrentUser user,
            @RequestParam(defaultValue = "430000000000") @JurisdictionCode String jurisdiction, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their hubs too (NodeFederation), by street across them.
        Jurisdiction within = Jurisdiction.of(jurisdiction);
        return federation.list("incubation", NodeFederation.places(user.jurisdictions(), within), page,
                rows -> hubs.list(user, within, rows), StreetHub.class, StreetHub.ORDER, request, response);
    }

    @RequiresPermission("incubation:hub:read")
    @GetMapping("/{id}")
    StreetHub get(CurrentUser user, @PathVariable UUID id) {
        return hubs.get(user, id);
    }

    @RequiresPermission("incubation:hub:read")
    @GetMapping("/coverage")
    @Operation(summary = "Streets with a hub / all streets of a district, and per street the community organizations "
            + "filed and organizations registered, counted in the registry")
    HubService.Coverage coverage(CurrentUser user, @RequestParam @JurisdictionCode String jurisdiction) {
        return hubs.coverage(user, Jurisdiction.of(jurisdiction));
    }

    @RequiresPermission("incubation:hub:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/evaluations")
    @Operation(summary = "Open the hub's evaluation with the hub rubric (枢纽型社区社会组织评估细则)")
    ResponseEntity<Evaluation> evaluate(CurrentUser user, @PathVariable UUID id) {
        Evaluation evaluation = hubs.evaluate(user, id);
        return ResponseEntity.created(URI.create("/api/incubation/v1/evaluations/" + evaluation.id()))
                .body(evaluation);
    }

    record HubRequest(@NotNull UUID organizationId, @NotBlank @JurisdictionCode String street,
            @NotBlank @Size(max = 100) String baseSpecialist, @NotBlank @Size(max = 100) String dedicatedButler,
            @Min(0) @Max(1000) int backOfficeResources, @Size(max = 500) String backOfficeNote) {
    }

}
