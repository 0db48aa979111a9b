package cn.incubator.partybuilding.coverage;

import cn.incubator.platform.text.Display;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Party coverage by jurisdiction and period, for civil affairs and the bases. */
@RestController
@Validated
@RequestMapping("/api/party-building/v1/coverage")
class CoverageController {

    private final CoverageService coverage;
    private final Clock clock;

    CoverageController(CoverageService coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    @GetMapping
    @RequiresPermission("party:statistics:read")
    @Operation(summary = "Coverage of organizations admitted in the period: discovery, members, branches, stars")
    CoverageReport report(CurrentUser user,
            @Parameter(description = "only this subtree") @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @Parameter(description = "first admission day, default 1 January this year")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last admission day, default today")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "the year of the star-rating distribution, default this year")
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer starYear) {
        LocalDate today = LocalDate.now(clock.withZone(Display.ZONE));
        LocalDate first = from == null ? today.withDayOfYear(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            throw new FieldProblemException("to", "PeriodOrder");
        }
        return coverage.report(user, jurisdiction == null ? null : Jurisdiction.of(jurisdiction), first, last,
                starYear == null ? today.getYear() : starYear);
    }

    @GetMapping("/roll-up")
    @RequiresPermission("party:statistics:read")
    @Operation(summary = "Party coverage of a place summed over every node holding cases there: organizations, "
            + "members, branches, joint branches, instructors; a node that does not answer is named in missing (and "
            + "the Incubator-Partial header), its cases left out")
    ResponseEntity<RollUp<CoverageService.PartyFigures>> rollUp(CurrentUser user,
            @Parameter(description = "the place; default your own") @RequestParam(required = false)
            @JurisdictionCode String jurisdiction) {
        return StatisticsRollUp.response(
                coverage.rollUp(user, jurisdiction == null ? null : Jurisdiction.of(jurisdiction)));
    }
}
