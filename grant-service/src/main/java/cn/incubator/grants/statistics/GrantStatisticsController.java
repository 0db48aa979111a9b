package cn.incubator.grants.statistics;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grant statistics (公益创投统计) for the officials' dashboards, and their roll-up across tier nodes. */
@RestController
@Validated
@RequestMapping("/api/grants/v1/statistics")
class GrantStatisticsController {

    private final GrantStatistics statistics;
    private final GrantStatisticsFederation federated;

    GrantStatisticsController(GrantStatistics statistics, GrantStatisticsFederation federated) {
        this.statistics = statistics;
        this.federated = federated;
    }

    @GetMapping
    @RequiresPermission("grants:programme:read")
    @Operation(summary = "Applied, awarded, disbursed and leveraged (yuan), and the outcomes reported, of a place and "
            + "period; each figure by the date of its own event, China time; a place holding street nodes counts their "
            + "records too (a node that does not answer is named in the Incubator-Partial header)")
    GrantStatistics.Figures figures(CurrentUser user,
            @Parameter(description = "the place; default your own") @RequestParam(required = false)
            @JurisdictionCode String jurisdiction,
            @Parameter(description = "first day, open when absent") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, open when absent") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request, HttpServletResponse response) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new FieldProblemException("to", "Period.endBeforeStart");
        }
        GrantStatisticsFederation.Answer answer = federated.figures(user,
                jurisdiction == null ? null : Jurisdiction.of(jurisdiction), from, to,
                request.getHeader(NodeFederation.HEADER), request.getHeader(HttpHeaders.AUTHORIZATION));
        if (!answer.partial().isEmpty()) {
            response.setHeader(RollUp.PARTIAL_HEADER, answer.partial());
        }
        return answer.figures();
    }

    @GetMapping("/roll-up")
    @RequiresPermission("grants:programme:read")
    @Operation(summary = "Awards, awarded and disbursed yuan of a place summed over every node holding awards there; a "
            + "node that does not answer is named in missing (and the Incubator-Partial header), its awards left out")
    ResponseEntity<RollUp<GrantStatistics.NodeFigures>> rollUp(CurrentUser user,
            @Parameter(description = "the place; default your own") @RequestParam(required = false)
            @JurisdictionCode String jurisdiction) {
        return StatisticsRollUp.response(
                statistics.rollUp(user, jurisdiction == null ? null : Jurisdiction.of(jurisdiction)));
    }
}
