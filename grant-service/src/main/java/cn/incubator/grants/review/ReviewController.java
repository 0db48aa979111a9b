package cn.incubator.grants.review;

import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.grants.round.RoundView;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Initial review, expert review, ranking and allocation, public notice and finalization of a round.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@Validated
@RequestMapping("/api/grants/v1")
class ReviewController {

    private final ReviewService reviews;
    private final AllocationService allocations;
    private final NoticeService notices;

    ReviewController(ReviewService reviews, AllocationService allocations, NoticeService notices) {
        this.reviews = reviews;
        this.allocations = allocations;
        this.notices = notices;
    }

    @GetMapping("/proposals/{id}/screening")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "初审: the computed eligibility and completeness checks (empty when all pass)")
    ScreeningView screening(CurrentUser user, @PathVariable UUID id) {
        List<String> checks = reviews.screeningChecks(user, id);
        return new ScreeningView(checks.isEmpty(), checks);
    }

    @PostMapping("/proposals/{id}/initial-review")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "初审 decision: pass (only with every check passed) or fail with reasons")
    InitialReviewView initialReview(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody InitialReviewRequest request) {
        Proposal p = reviews.screen(user, id, request.passed(), request.reasons(), request.comment());
        return new InitialReviewView(p.id(), p.status(), p.screeningReasons(), p.screeningComment(), p.screenedBy());
    }

    @PostMapping("/rounds/{id}/panel")
    @RequiresPermission("grants:round:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Seat an expert of the talent pool on the round's panel")
    PanelMember addExpert(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PanelRequest request) {
        return reviews.addExpert(user, id, request.talentId());
    }

    @GetMapping("/rounds/{id}/panel")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "The round's review panel")
    Page<PanelMember> panel(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(reviews.panel(user, id), page);
    }

    @PostMapping("/rounds/{id}/panel/{talentId}/excusal")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "Record the committee's decision to rank without a named panel expert (免评), with its reason; "
            + "during expert review")
    PanelMember excuse(CurrentUser user, @PathVariable UUID id, @PathVariable @Size(max = 64) String talentId,
            @Valid @RequestBody ExcusalRequest request) {
        return reviews.excuse(user, id, talentId, request.reason());
    }

    @PostMapping("/proposals/{id}/conflicts")
    @RequiresPermission("grants:review:score")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Declare a conflict of interest (an expert for themselves, an officer for a panel member)")
    void declareConflict(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ConflictRequest request) {
        reviews.declareConflict(user, id, request.talentId(), request.reason());
    }

    @PostMapping("/proposals/{id}/scores")
    @RequiresPermission("grants:review:score")
    @Operation(summary = "Score a proposal on every criterion of the rubric: an expert only as themselves (naming "
            + "another expert is 403); an officer enters a panel member's paper sheet with talentId, recorded as such; "
            + "a conflicted expert is refused with 409")
    ScoreSheet score(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ScoreRequest request) {
        return reviews.score(user, id, request.talentId(), request.scores(), request.comments());
    }

    @GetMapping("/proposals/{id}/scores")
    @RequiresPermission("grants:review:score")
    @Operation(summary = "Score sheets: all for an officer, an expert's own for an expert")
    Page<ScoreSheet> sheets(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(reviews.sheets(user, id), page);
    }

    @PostMapping("/rounds/{id}/ranking")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "Rank and allocate (repeatable while ranked) once every seated, non-conflicted, non-excused "
            + "expert has a complete sheet for every passed proposal; priority asked of party-building and incubation")
    AllocationService.RoundAllocation rank(CurrentUser user, @PathVariable UUID id) {
        return allocations.rank(user, id);
    }

    @GetMapping("/rounds/{id}/allocation")
    @RequiresPermission("grants:round:read")
    @Operation(summary = "Ranking and allocation with the pool; public once the round is on notice")
    AllocationService.RoundAllocation allocation(CurrentUser user, @PathVariable UUID id) {
        return allocations.allocation(user, id);
    }

    @PostMapping("/rounds/{id}/allocation/{proposalId}/adjustment")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "Committee adjustment of one amount with its reason, within the proposal's limit and the pool")
    AllocationService.RoundAllocation adjust(CurrentUser user, @PathVariable UUID id, @PathVariable UUID proposalId,
            @Valid @RequestBody AdjustmentRequest request) {
        return allocations.adjust(user, id, proposalId, request.amount(), request.reason());
    }

    @PostMapping("/rounds/{id}/objections")
    @RequiresPermission("grants:objection:lodge")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lodge an objection (异议) during the public notice")
    Objection lodge(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ObjectionRequest request) {
        return notices.lodge(user, id, request.proposalId(), request.objector(), request.content());
    }

    @GetMapping("/rounds/{id}/objections")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "The round's objections and their outcomes")
    Page<Objection> objections(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(notices.objections(user, id), page);
    }

    @PostMapping("/rounds/{id}/objections/{objectionId}/resolution")
    @RequiresPermission("grants:round:manage")
    @Operation(summary = "Resolve an objection: DISMISSED or UPHELD (optionally withdrawing the proposal's funding)")
    Objection resolve(CurrentUser user, @PathVariable UUID id, @PathVariable UUID objectionId,
            @Valid @RequestBody ResolutionRequest request) {
        return notices.resolve(user, id, objectionId, request.outcome(), request.resolution(),
                Boolean.TRUE.equals(request.withdrawFunding()));
    }

    @PostMapping("/rounds/{id}/finalization")
    @RequiresPermission("grants:round:finalize")
    @Operation(summary = "Finalize after the notice period with no open objection: the awards are made")
    RoundView finalizeRound(CurrentUser user, @PathVariable UUID id) {
        return RoundView.of(notices.finalizeRound(user, id));
    }

    record ScreeningView(boolean allChecksPassed, List<String> failedChecks) {
    }

    record InitialReviewRequest(@NotNull Boolean passed, @Size(max = 20) List<@NotBlank @Size(max = 200) String> reasons,
            @Size(max = 2000) String comment) {
    }

    record InitialReviewView(UUID proposalId, ProposalStatus status, List<String> reasons, String comment,
            String screenedBy) {
    }

    record PanelRequest(@NotBlank @Size(max = 64) String talentId) {
    }

    record ExcusalRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record ConflictRequest(@Size(max = 64) String talentId, @NotBlank @Size(max = 500) String reason) {
    }

    record ScoreRequest(@Size(max = 64) String talentId,
            @NotEmpty Map<@NotBlank String, @NotNull BigDecimal> scores,
            Map<String, @Size(max = 1000) String> comments) {
    }

    record AdjustmentRequest(@NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 500) String reason) {
    }

    record ObjectionRequest(UUID proposalId, @NotBlank @Size(max = 200) String objector,
            @NotBlank @Size(max = 2000) String content) {
    }

    record ResolutionRequest(@NotNull Objection.Status outcome, @NotBlank @Size(max = 2000) String resolution,
            Boolean withdrawFunding) {
    }
}
