package cn.incubator.partybuilding.structure;

import cn.incubator.platform.audit.AuditEntry;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
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

/** The party structure as a tree ("1+1+6"), each unit with the organizations it covers and its joint meetings. */
@RestController
@Validated
@RequestMapping("/api/party-building/v1/units")
class PartyUnitController {

    private final PartyUnitService units;
    private final NodeFederation federation;

    PartyUnitController(PartyUnitService units, NodeFederation federation) {
        this.federation = federation;
        this.units = units;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("party:committee:decide")
    @Operation(summary = "Add a joint committee (联合党委) or joint branch (联合党支部) to the structure")
    ResponseEntity<PartyUnit> create(CurrentUser user, @Valid @RequestBody UnitRequest request) {
        PartyUnit unit = units.create(user, new PartyUnitService.NewUnit(request.kind(), request.name(),
                request.parentId(), request.jurisdiction(), request.coverageForm(), request.industry(),
                request.location(), request.formedOn()));
        return ResponseEntity.created(URI.create("/api/party-building/v1/units/" + unit.id())).body(unit);
    }

    @GetMapping
    @RequiresPermission("party:case:read")
    @Operation(summary = "The structure in your scope as a tree, with the number of organizations in each unit")
    Page<PartyUnitService.TreeNode> tree(CurrentUser user,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their units too (NodeFederation), the roots in the list's order; a unit on
        // several nodes (copied above a handed-over street) is one, with the branches and organizations of all.
        Jurisdiction within = jurisdiction == null ? null : Jurisdiction.of(jurisdiction);
        return federation.list("party-building", NodeFederation.places(user.jurisdictions(), within), page,
                rows -> Page.slice(units.tree(user, within), rows), PartyUnitService.TreeNode.class,
                PartyUnitService.TreeNode.ORDER, PartyUnitService::combined, request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("party:case:read")
    @Operation(summary = "One unit and the organizations it covers")
    PartyUnitService.UnitDetail get(CurrentUser user, @PathVariable UUID id) {
        return units.get(user, id);
    }

    @PostMapping("/{id}/meetings")
    @RequiresPermission("party:case:work")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a joint meeting (联席会议)")
    JointMeeting meeting(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody MeetingRequest request) {
        return units.recordMeeting(user, id, new PartyUnitService.NewMeeting(request.heldOn(), request.topic(),
                request.attendeeCount(), request.summary()));
    }

    @GetMapping("/{id}/meetings")
    @RequiresPermission("party:case:read")
    @Operation(summary = "The unit's joint meetings, latest first")
    Page<JointMeeting> meetings(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(units.meetings(user, id), page);
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("party:case:read")
    @Operation(summary = "The unit's trace: formed, organizations joining and leaving, meetings")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return units.timeline(user, id, page);
    }

    record UnitRequest(@NotNull UnitKind kind, @NotBlank @Size(max = 200) String name, UUID parentId,
            @NotBlank @JurisdictionCode String jurisdiction, @NotNull CoverageForm coverageForm,
            @Size(max = 100) String industry, @Size(max = 200) String location, @PastOrPresent LocalDate formedOn) {
    }

    record MeetingRequest(@NotNull @PastOrPresent LocalDate heldOn, @NotBlank @Size(max = 200) String topic,
            @Positive @Max(10000) int attendeeCount, @Size(max = 4000) String summary) {
    }
}
