package cn.incubator.incubation.statistics;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Incubation statistics for officers and operators. */
@RestController
@Validated
@RequestMapping("/api/incubation/v1/statistics")
class StatisticsController {

    private final StatisticsService statistics;
    private final PipelineFederation federated;

    StatisticsController(StatisticsService statistics, PipelineFederation federated) {
        this.statistics = statistics;
        this.federated = federated;
    }

    @RequiresPermission("incubation:statistics:read")
    @GetMapping("/pipeline")
    @Operation(summary = "Cases by stage, applications, admissions and graduations in a period, average days per "
            + "stage, workstation occupancy, within a jurisdiction subtree of your scope; a place holding street nodes "
            + "counts their cases too (a node that does not answer is named in the Incubator-Partial header)")
    StatisticsService.Pipeline pipeline(CurrentUser user, @RequestParam @JurisdictionCode String jurisdiction,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request, HttpServletResponse response) {
        PipelineFederation.Answer answer = federated.pipeline(user, Jurisdiction.of(jurisdiction), from, to,
                request.getHeader(NodeFederation.HEADER), request.getHeader(HttpHeaders.AUTHORIZATION));
        if (!answer.partial().isEmpty()) {
            response.setHeader(RollUp.PARTIAL_HEADER, answer.partial());
        }
        return answer.pipeline();
    }

    @RequiresPermission("incubation:statistics:read")
    @GetMapping("/roll-up")
    @Operation(summary = "Cases of a place by current stage summed over every node holding cases there; a node that "
            + "does not answer is named in missing (and the Incubator-Partial header), its cases left out")
    ResponseEntity<RollUp<StatisticsService.PipelineFigures>> rollUp(CurrentUser user,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction) {
        return StatisticsRollUp.response(
                statistics.rollUp(user, jurisdiction == null ? null : Jurisdiction.of(jurisdiction)));
    }
}
