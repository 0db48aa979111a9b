package cn.incubator.partybuilding.rating;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Follow-up: the star-rating checklist (五化), yearly star ratings and model selections. */
@RestController
@Validated
@RequestMapping("/api/party-building/v1")
class RatingController {

    private final StarRatingService ratings;

    RatingController(StarRatingService ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/checklist")
    @RequiresPermission("party:case:read")
    @Operation(summary = "The checklist star ratings are scored against (seeded with the five-ization 五化 standard)")
    Checklist checklist() {
        return ratings.checklist();
    }

    @PutMapping("/checklist")
    @RequiresPermission("party:checklist:write")
    @Operation(summary = "Replace the checklist for future ratings; given ratings keep their sheet")
    Checklist replaceChecklist(CurrentUser user, @Valid @RequestBody ChecklistRequest request) {
        return ratings.replaceChecklist(user, request.name(), request.starThresholds(), request.items().stream()
                .map(item -> new Checklist.Item(item.code(), item.title(), item.maxPoints())).toList());
    }

    @PostMapping("/cases/{caseId}/star-ratings")
    @RequiresPermission("party:committee:decide")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rate the organization's party work for a year (星级评定), in follow-up, once a year")
    StarRating rate(CurrentUser user, @PathVariable UUID caseId, @Valid @RequestBody RatingRequest request) {
        return ratings.rate(user, caseId, request.year(), request.points());
    }

    @GetMapping("/cases/{caseId}/star-ratings")
    @RequiresPermission("party:case:read")
    @Operation(summary = "The organization's star ratings, latest year first")
    Page<StarRating> ratings(CurrentUser user, @PathVariable UUID caseId, PageRequest page) {
        return Page.slice(ratings.ratings(user, caseId), page);
    }

    @PostMapping("/cases/{caseId}/model-selections")
    @RequiresPermission("party:committee:decide")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the organization's selection as a model (示范评选)")
    ModelSelection select(CurrentUser user, @PathVariable UUID caseId, @Valid @RequestBody SelectionRequest request) {
        return ratings.select(user, caseId, request.year(), request.title(), request.awardedBy());
    }

    @GetMapping("/cases/{caseId}/model-selections")
    @RequiresPermission("party:case:read")
    @Operation(summary = "The organization's model selections")
    Page<ModelSelection> selections(CurrentUser user, @PathVariable UUID caseId, PageRequest page) {
        return Page.slice(ratings.selections(user, caseId), page);
    }

    record RatingRequest(@Min(2000) @Max(2100) int year, @NotEmpty Map<String, Integer> points) {
    }

    record SelectionRequest(@Min(2000) @Max(2100) int year, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 200) String awardedBy) {
    }

    record ChecklistRequest(@NotBlank @Size(max = 200) String name, @NotNull @Size(min = 4, max = 4)
            List<@NotNull Integer> starThresholds, @NotEmpty @Size(max = 50) List<@Valid ItemRequest> items) {
    }

    record ItemRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,49}") String code,
            @NotBlank @Size(max = 200) String title, @Positive @Max(1000) int maxPoints) {
    }
}
