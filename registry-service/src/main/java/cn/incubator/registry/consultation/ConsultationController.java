package cn.incubator.registry.consultation;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 咨询台账: record consultations, list them, count them by period and topic. */
@RestController
@Validated
@RequestMapping("/api/registry/v1/consultations")
class ConsultationController {

    private final ConsultationService consultations;
    private final NodeFederation federation;
    private final ConsultationStatisticsFederation federated;

    ConsultationController(ConsultationService consultations, NodeFederation federation,
            ConsultationStatisticsFederation federated) {
        this.consultations = consultations;
        this.federation = federation;
        this.federated = federated;
    }

    @RequiresPermission("registry:consultation:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Record a consultation answered by phone, QQ group, WeChat or in person")
    ResponseEntity<Consultation> record(CurrentUser user, @Valid @RequestBody ConsultationRequest request) {
        Consultation consultation = consultations.record(user, new ConsultationService.NewConsultation(
                request.askedAt(), request.channel(), request.topic(), request.question(), request.answer(),
                request.answeredBy(), request.jurisdiction(), request.organizationId()));
        return ResponseEntity.created(URI.create("/api/registry/v1/consultations/" + consultation.id()))
                .body(consultation);
    }

    @RequiresPermission("registry:consultation:read")
    @GetMapping
    @Operation(summary = "Consultations in your scope, newest first; from/to are China dates, inclusive")
    Page<Consultation> search(CurrentUser user, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Topic topic,
            @RequestParam(required = false) Channel channel, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: their consultations too (NodeFederation), newest first across them.
        return federation.list("registry", user.jurisdictions(), page,
                rows -> consultations.search(user, from, to, topic, channel, rows), Consultation.class,
                Consultation.ORDER, request, response);
    }

    @RequiresPermission("registry:consultation:read")
    @GetMapping("/statistics")
    @Operation(summary = "Counts by period (DAY, MONTH, QUARTER, YEAR) and topic; the current year by default; places "
            + "holding street nodes count their consultations too (a node that does not answer is named in the "
            + "Incubator-Partial header)")
    ConsultationStatistics statistics(CurrentUser user, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "MONTH") ConsultationStatistics.Period period,
            HttpServletRequest request, HttpServletResponse response) {
        ConsultationStatisticsFederation.Answer answer = federated.statistics(user, from, to, period,
                request.getHeader(NodeFederation.HEADER), request.getHeader(HttpHeaders.AUTHORIZATION));
        if (!answer.partial().isEmpty()) {
            response.setHeader(RollUp.PARTIAL_HEADER, answer.partial());
        }
        return answer.statistics();
    }

    record ConsultationRequest(
            Instant askedAt,
            @NotNull Channel channel,
            @NotNull Topic topic,
            @NotBlank @Size(max = 4000) String question,
            @Size(max = 8000) String answer,
            @Size(max = 100) String answeredBy,
            @NotBlank @JurisdictionCode String jurisdiction,
            UUID organizationId) {
    }
}
