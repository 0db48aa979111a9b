package cn.incubator.training.programme;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 培训项目: programmes, their partners' co-funding and brand-project coaching.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/training/v1/programmes")
class ProgrammeController {

    private final ProgrammeService programmes;
    private final NodeFederation federation;

    ProgrammeController(ProgrammeService programmes, NodeFederation federation) {
        this.programmes = programmes;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("training:programme:write")
    @Operation(summary = "Set up a programme: youth capacity plan, brand-project support, backbone rotation, salon or "
            + "forum")
    ResponseEntity<Programme> create(CurrentUser user, @Valid @RequestBody ProgrammeRequest request) {
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw new FieldProblemException("endsOn", "Programme.endsOn.beforeStart");
        }
        Programme programme = programmes.create(user, new ProgrammeService.Plan(Jurisdiction.of(request.jurisdiction()),
                request.name().strip(), request.kind(), request.description() == null ? null
                        : request.description().strip(), request.startsOn(), request.endsOn()));
        return ResponseEntity.created(URI.create("/api/training/v1/programmes/" + programme.id())).body(programme);
    }

    @GetMapping
    @RequiresPermission("training:programme:read")
    @Operation(summary = "Programmes run where you work or above it, newest first")
    Page<Programme> list(CurrentUser user, @RequestParam(required = false) ProgrammeKind kind, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their programmes too (NodeFederation), in this list's order across them.
        return federation.list("training", user.jurisdictions(), page,
                rows -> Page.slice(programmes.list(user, kind), rows), Programme.class, Programme.ORDER, request,
                response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("training:programme:read")
    @Operation(summary = "One programme, with its co-funding, sessions run and person-times")
    Programme get(CurrentUser user, @PathVariable UUID id) {
        return programmes.get(user, id);
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("training:programme:read")
    @Operation(summary = "The programme's history")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return programmes.timeline(user, id, page);
    }

    @GetMapping("/{id}/sessions")
    @RequiresPermission("training:programme:read")
    @Operation(summary = "The programme's sessions with their person-times")
    Page<ProgrammeSession> sessions(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(programmes.sessions(user, id), page);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/co-fundings")
    @RequiresPermission("training:programme:fund")
    @Operation(summary = "Record a partner's co-funding of the programme (exact amount in yuan)")
    ResponseEntity<CoFunding> coFund(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CoFundingRequest request) {
        CoFunding funding = programmes.coFund(user, id, request.partnerId(), request.funderName().strip(),
                request.amount(), request.committedOn());
        return ResponseEntity.created(URI.create("/api/training/v1/programmes/" + id + "/co-fundings")).body(funding);
    }

    @GetMapping("/{id}/co-fundings")
    @RequiresPermission("training:programme:read")
    @Operation(summary = "The partners' co-funding of the programme")
    Page<CoFunding> coFundings(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(programmes.coFundings(user, id), page);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/coaching")
    @RequiresPermission("training:programme:write")
    @Operation(summary = "Log a one-to-one coaching session of a brand project, in one phase")
    ResponseEntity<Coaching> coach(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CoachingRequest request) {
        Coaching coaching = programmes.coach(user, id, new ProgrammeService.CoachingLog(request.organizationId(),
                request.organizationName().strip(), request.projectTitle().strip(), request.phase(), request.heldOn(),
                request.hours(), request.coach().strip(), request.notes() == null ? null : request.notes().strip()));
        return ResponseEntity.created(URI.create("/api/training/v1/programmes/" + id + "/coaching")).body(coaching);
    }

    @GetMapping("/{id}/coaching")
    @RequiresPermission("training:programme:read")
    @Operation(summary = "The programme's coaching log (?phase=), in date order")
    Page<Coaching> coaching(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) CoachingPhase phase,
            PageRequest page) {
        return Page.slice(programmes.coaching(user, id, phase), page);
    }

    @GetMapping("/{id}/coaching/phases")
    @RequiresPermission("training:programme:read")
    @Operation(summary = "How many coaching sessions each phase has had: strategy, design, execution, evaluation, "
            + "advocacy")
    Map<CoachingPhase, Long> phases(CurrentUser user, @PathVariable UUID id) {
        return programmes.coachingByPhase(user, id);
    }

    record ProgrammeRequest(
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @Size(max = 200) String name,
            @NotNull ProgrammeKind kind,
            @Size(max = 2000) String description,
            @NotNull LocalDate startsOn,
            LocalDate endsOn) {
    }

    record CoFundingRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$") String partnerId,
            @NotBlank @Size(max = 200) String funderName,
            @NotNull @DecimalMin("0.01") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,
            @NotNull LocalDate committedOn) {
    }

    record CoachingRequest(
            UUID organizationId,
            @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @Size(max = 200) String projectTitle,
            @NotNull CoachingPhase phase,
            @NotNull LocalDate heldOn,
            @NotNull @DecimalMin("0.5") @DecimalMax("99.5") @Digits(integer = 2, fraction = 1) BigDecimal hours,
            @NotBlank @Size(max = 100) String coach,
            @Size(max = 2000) String notes) {
    }
}
