package cn.incubator.incubation.base;

import cn.incubator.platform.federation.ListOrder;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Incubation bases (孵化基地), their zones (功能区) and workstations (工位), with occupancy. */
@RestController
@RequestMapping("/api/incubation/v1")
class BaseController {

    private final BaseService bases;
    private final NodeFederation federation;

    BaseController(BaseService bases, NodeFederation federation) {
        this.bases = bases;
        this.federation = federation;
    }

    @RequiresPermission("incubation:base:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/bases")
    @Operation(summary = "Open an incubation base in a jurisdiction of your scope")
    ResponseEntity<BaseResponse> create(CurrentUser user, @Valid @RequestBody CreateBaseRequest request) {
        Base base = bases.create(user, request.name(), request.jurisdiction(), request.operatorName());
        return ResponseEntity.created(URI.create("/api/incubation/v1/bases/" + base.id()))
                .body(BaseResponse.of(base, List.of()));
    }

    @RequiresPermission("incubation:base:read")
    @GetMapping("/bases")
    @Operation(summary = "Bases in your scope and above it (the ones you may apply to)")
    Page<BaseResponse> list(CurrentUser user, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: their bases too (NodeFederation), by place and name across them; a base a
        // moved case used is on both and shown once.
        return federation.list("incubation", user.jurisdictions(), page,
                rows -> bases.list(user, rows).map(b -> BaseResponse.of(b, List.of())), BaseResponse.class,
                BaseResponse.ORDER, request, response);
    }

    @RequiresPermission("incubation:base:read")
    @GetMapping("/bases/{id}")
    @Operation(summary = "A base with its zones and their occupancy")
    BaseResponse get(CurrentUser user, @PathVariable UUID id) {
        return BaseResponse.of(bases.get(user, id), bases.occupancy(user, id));
    }

    @RequiresPermission("incubation:base:read")
    @GetMapping("/bases/{id}/occupancy")
    @Operation(summary = "Workstations and occupied workstations per zone and in total")
    OccupancyResponse occupancy(CurrentUser user, @PathVariable UUID id) {
        return OccupancyResponse.of(bases.occupancy(user, id));
    }

    @RequiresPermission("incubation:base:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/bases/{id}/zones")
    @Operation(summary = "Add a zone (孵化区, 入驻区, 展示区, 咨询区), with workstations in the first two")
    ResponseEntity<ZoneResponse> addZone(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CreateZoneRequest request) {
        Zone zone = bases.addZone(user, id, request.kind(), request.name(), request.workstations(),
                request.codePrefix() == null ? "W" : request.codePrefix());
        return ResponseEntity.created(URI.create("/api/incubation/v1/bases/" + id))
                .body(new ZoneResponse(zone.id(), zone.kind(), zone.name(), request.workstations()));
    }

    @RequiresPermission("incubation:base:write")
    @PostMapping("/zones/{id}/workstations")
    @Operation(summary = "Add workstations to a zone")
    ZoneResponse addWorkstations(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody AddWorkstationsRequest request) {
        bases.addWorkstations(user, id, request.count(), request.codePrefix() == null ? "W" : request.codePrefix());
        return new ZoneResponse(id, null, null, request.count());
    }

    record CreateBaseRequest(@NotBlank @Size(max = 200) String name, @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @Size(max = 200) String operatorName) {
    }

    record CreateZoneRequest(@NotNull ZoneKind kind, @NotBlank @Size(max = 100) String name,
            @Min(0) @Max(BaseService.MAX_WORKSTATIONS_PER_REQUEST) int workstations,
            @Pattern(regexp = "[A-Za-z0-9]{1,10}") String codePrefix) {
    }

    record AddWorkstationsRequest(@Min(1) @Max(BaseService.MAX_WORKSTATIONS_PER_REQUEST) int count,
            @Pattern(regexp = "[A-Za-z0-9]{1,10}") String codePrefix) {
    }

    record ZoneResponse(UUID id, ZoneKind kind, String name, int workstationsAdded) {
    }

    record BaseResponse(UUID id, String name, Jurisdiction jurisdiction, String operatorName,
            Instant createdAt, List<ZoneOccupancy> zones) {

        /** The list's order ({@code jurisdiction_code, name, id}), for merging the rows of several nodes. */
        static final ListOrder<BaseResponse> ORDER = ListOrder.identifiedBy(BaseResponse::id)
                .text(base -> base.jurisdiction().code()).text(BaseResponse::name).thenId();

        static BaseResponse of(Base base, List<ZoneOccupancy> zones) {
            return new BaseResponse(base.id(), base.name(), base.jurisdiction(),
                    base.operatorName(), base.createdAt(), zones);
        }
    }

    record OccupancyResponse(int workstations, int occupied, List<ZoneOccupancy> zones) {
        static OccupancyResponse of(List<ZoneOccupancy> zones) {
            return new OccupancyResponse(zones.stream().mapToInt(ZoneOccupancy::workstations).sum(),
                    zones.stream().mapToInt(ZoneOccupancy::occupied).sum(), zones);
        }
    }
}
