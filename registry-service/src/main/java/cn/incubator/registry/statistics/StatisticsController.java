package cn.incubator.registry.statistics;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registry statistics for dashboards: counts by jurisdiction and period, and density per 10,000 residents. */
@RestController
@Validated
@RequestMapping("/api/registry/v1/statistics")
class StatisticsController {

    private final StatisticsService statistics;
    private final StatisticsFederation federated;

    StatisticsController(StatisticsService statistics, StatisticsFederation federated) {
        this.statistics = statistics;
        this.federated = federated;
    }

    @RequiresPermission("registry:statistics:read")
    @GetMapping("/organizations")
    @Operation(summary = "Organizations by legal form, category, status and sub-division, with density, for any tier and "
            + "period; a place holding street nodes counts their records too (a node that does not answer is named in "
            + "the Incubator-Partial header)")
    StatisticsService.OrganizationStatistics organizations(CurrentUser user,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request, HttpServletResponse response) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new FieldProblemException("to", "Period.endBeforeStart");
        }
        StatisticsFederation.Answer answer = federated.organizations(user,
                jurisdiction == null ? null : Jurisdiction.of(jurisdiction), from, to,
                request.getHeader(NodeFederation.HEADER), request.getHeader(HttpHeaders.AUTHORIZATION));
        if (!answer.partial().isEmpty()) {
            response.setHeader(RollUp.PARTIAL_HEADER, answer.partial());
        }
        return answer.statistics();
    }

    @RequiresPermission("registry:statistics:read")
    @GetMapping("/roll-up")
    @Operation(summary = "Registry figures of a place summed over every node holding records there; a node that does "
            + "not answer is named in missing (and the Incubator-Partial header), its records left out")
    ResponseEntity<RollUp<StatisticsService.RegistryFigures>> rollUp(CurrentUser user,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction) {
        return StatisticsRollUp.response(
                statistics.rollUp(user, jurisdiction == null ? null : Jurisdiction.of(jurisdiction)));
    }

    @RequiresPermission("registry:statistics:write")
    @PutMapping("/population/{jurisdiction}")
    @Operation(summary = "Record the residents of a jurisdiction (the density denominator)")
    ResponseEntity<Void> population(CurrentUser user, @PathVariable @JurisdictionCode String jurisdiction,
            @Valid @RequestBody PopulationRequest request) {
        statistics.recordPopulation(user, Jurisdiction.of(jurisdiction), request.residents(), request.asOfYear(),
                request.source());
        return ResponseEntity.noContent().build();
    }

    record PopulationRequest(@NotNull @Positive Long residents, @NotNull @Min(1949) @Max(2100) Integer asOfYear,
            @Size(max = 200) String source) {
    }
}
