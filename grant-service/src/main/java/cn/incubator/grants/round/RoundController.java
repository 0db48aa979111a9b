package cn.incubator.grants.round;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.CriterionCode;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/**
 * Rounds (征集 → 初审 → 专家评审 → 排序分配 → 公示 → 定稿) of a programme.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@Validated
@RequestMapping("/api/grants/v1")
class RoundController {

    private final RoundService rounds;
    private final NodeFederation federation;

    RoundController(RoundService rounds, NodeFederation federation) {
        this.rounds = rounds;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/programmes/{programmeId}/rounds")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "Draft a round: call, eligibility rules, dates, rubric, allocation and notice settings")
    ResponseEntity<RoundView> create(CurrentUser user, @PathVariable UUID programmeId,
            @Valid @RequestBody CreateRoundRequest request) {
        Round round = rounds.create(user, programmeId, new RoundService.NewRound(request.title(),
                request.priorityAreas() == null ? List.of() : request.priorityAreas(),
                request.allowedLegalForms() == null ? Set.of() : request.allowedLegalForms(),
                request.minimumMaturity(), request.eligibleJurisdiction(), request.opensOn(), request.closesOn(),
                request.graceDays() == null ? 0 : request.graceDays(), request.awardCap(),
                Boolean.TRUE.equals(request.partialLastGrant()), request.noticeDays(),
                request.priorityMinStars(), Boolean.TRUE.equals(request.priorityGraduates()),
                request.priorityBonus() == null ? BigDecimal.ZERO : request.priorityBonus(),
                request.rubric().stream().map(c -> new RubricCriterion(c.code(), c.name().strip(), c.weight(),
                        c.maxScore())).toList()));
        return ResponseEntity.created(URI.create("/api/grants/v1/rounds/" + round.id())).body(RoundView.of(round));
    }

    @GetMapping("/rounds")
    @RequiresPermission("grants:round:read")
    @Operation(summary = "Rounds you manage, and the published calls open to your place")
    Page<RoundView> search(CurrentUser user, @RequestParam(required = false) UUID programmeId,
            @RequestParam(required = false) RoundStatus status, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: the rounds they hold too (NodeFederation), in this list's order across them.
        return federation.list("grants", user.jurisdictions(), page,
                rows -> rounds.search(user, programmeId, status, rows).map(RoundView::of), RoundView.class,
                RoundView.ORDER, request, response);
    }

    @GetMapping("/rounds/{id}")
    @RequiresPermission("grants:round:read")
    @Operation(summary = "One round; outside your scope (or a draft you do not manage) it does not exist")
    RoundView get(CurrentUser user, @PathVariable UUID id) {
        return RoundView.of(rounds.get(user, id));
    }

    @PostMapping("/rounds/{id}/actions")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "PUBLISH, CLOSE, START_INITIAL_REVIEW, START_EXPERT_REVIEW, REOPEN_REVIEW, PUBLISH_NOTICE or "
            + "CANCEL the round (ranking and finalization have their own endpoints); CLOSE before the published "
            + "closesOn and REOPEN_REVIEW need a reason")
    RoundView act(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ActionRequest request) {
        return RoundView.of(rounds.act(user, id, request.action(), request.reason()));
    }

    @GetMapping("/rounds/{id}/timeline")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "The round's audit timeline")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return rounds.timeline(user, id, page);
    }

    record ActionRequest(@NotNull RoundAction action, @Size(max = 500) String reason) {
    }

    record CriterionRequest(@NotBlank @CriterionCode String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0.01") @Digits(integer = 4, fraction = 2) BigDecimal weight,
            @NotNull @Min(1) @Max(1000) Integer maxScore) {
    }

    record CreateRoundRequest(@NotBlank @Size(max = 200) String title,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> priorityAreas,
            @Size(max = 4) Set<@Pattern(regexp = "SOCIAL_GROUP|SOCIAL_SERVICE_ORGANIZATION|FOUNDATION|COMMUNITY_ORGANIZATION")
                    String> allowedLegalForms,
            @Pattern(regexp = "IN_PREPARATION|STARTUP|DEVELOPING|MODEL") String minimumMaturity,
            @JurisdictionCode String eligibleJurisdiction,
            @NotNull LocalDate opensOn, @NotNull LocalDate closesOn,
            @Min(0) @Max(30) Integer graceDays,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal awardCap,
            Boolean partialLastGrant,
            @Min(0) @Max(60) Integer noticeDays,
            @Min(1) @Max(5) Integer priorityMinStars,
            Boolean priorityGraduates,
            @DecimalMin("0") @Max(100) @Digits(integer = 3, fraction = 2) BigDecimal priorityBonus,
            @NotEmpty @Size(max = 20) @Valid List<@NotNull CriterionRequest> rubric) {
    }
}
