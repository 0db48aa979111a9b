package cn.incubator.grants.award;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.FieldProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 资助协议: agreements, tranches, reports, payments and the programme ledger.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@Validated
@RequestMapping("/api/grants/v1")
class AwardController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final AwardService awards;
    private final NodeFederation federation;

    AwardController(AwardService awards, NodeFederation federation) {
        this.awards = awards;
        this.federation = federation;
    }

    @GetMapping("/awards")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "Awards in your scope, optionally of one programme")
    Page<AwardView> list(CurrentUser user, @RequestParam(required = false) UUID programmeId, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their awards too (NodeFederation), in this list's order across them.
        return federation.list("grants", user.jurisdictions(), page,
                rows -> awards.list(user, programmeId, rows).map(AwardView::of), AwardView.class, AwardView.ORDER,
                request, response);
    }

    @GetMapping("/awards/{id}")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "One award; outside your scope it does not exist")
    AwardView get(CurrentUser user, @PathVariable UUID id) {
        return AwardView.of(awards.get(user, id));
    }

    @PostMapping("/awards/{id}/agreement")
    @RequiresPermission("grants:award:manage")
    @Operation(summary = "签订协议: the agreement, its report due dates and its disbursement schedule (tranches adding "
            + "up to the award; every tranche after the first waits for an interim or final report). The final report "
            + "is always due on a date, the interim report whenever a tranche waits for it; both after signedOn, the "
            + "final not before the interim")
    AwardView sign(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AgreementRequest request) {
        return AwardView.of(awards.signAgreement(user, id,
                new Award.Agreement(request.number().strip(), request.terms(), request.signedOn(),
                        request.interimReportDueOn(), request.finalReportDueOn()),
                request.tranches().stream().map(t -> new DisbursementSchedule.Planned(t.amount(), t.dependsOn()))
                        .toList()));
    }

    @GetMapping("/awards/{id}/tranches")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "The award's disbursement schedule and where each tranche is")
    Page<Tranche> tranches(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(awards.tranches(user, id), page);
    }

    @PostMapping("/awards/{id}/tranches/{seq}/release")
    @RequiresPermission("grants:award:pay")
    @Operation(summary = "核准拨付: refused (409) while the report the tranche depends on is not approved")
    Tranche release(CurrentUser user, @PathVariable UUID id, @PathVariable int seq) {
        return awards.release(user, id, seq);
    }

    @PostMapping("/awards/{id}/tranches/{seq}/payment")
    @RequiresPermission("grants:award:pay")
    @Operation(summary = "Pay a released tranche; the Idempotency-Key header is required: the same key again answers "
            + "the same payment (200), a new key for a paid tranche is refused (409)")
    @ApiResponse(responseCode = "201", description = "已创建 · Created")
    @ApiResponse(responseCode = "200", description = "已存在，原样返回 · Already there, answered as it is")
    ResponseEntity<Payment> pay(CurrentUser user, @PathVariable UUID id, @PathVariable int seq,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody(required = false) PaymentRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new FieldProblemException(IDEMPOTENCY_KEY, "Payment.idempotencyKey");
        }
        AwardService.Paid paid = awards.pay(user, id, seq, idempotencyKey.strip(),
                request == null ? null : request.voucherNumber());
        return ResponseEntity.status(paid.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/grants/v1/awards/" + id + "/payments"))
                .header("Idempotent-Replayed", String.valueOf(paid.replayed()))
                .body(paid.payment());
    }

    @GetMapping("/awards/{id}/payments")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "The award's payments")
    Page<Payment> payments(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(awards.payments(user, id), page);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/awards/{id}/reports")
    @RequiresPermission("grants:report:submit")
    @Operation(summary = "The organization submits its interim or final report (again, after it was returned)")
    ResponseEntity<Report> submitReport(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ReportRequest request) {
        Report report = awards.submitReport(user, id, request.kind(), new Outcomes(request.activitiesHeld(),
                request.personTimesServed(), request.volunteerPersonTimes(), Yuan.of(request.fundsLeveraged())),
                request.narrative());
        return ResponseEntity.created(URI.create("/api/grants/v1/awards/" + id + "/reports")).body(report);
    }

    @GetMapping("/awards/{id}/reports")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "The award's reports")
    Page<Report> reports(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(awards.reports(user, id), page);
    }

    @PostMapping("/awards/{id}/reports/{kind}/approval")
    @RequiresPermission("grants:report:decide")
    @Operation(summary = "Approve a report: the tranches waiting for it become releasable")
    Report approve(CurrentUser user, @PathVariable UUID id, @PathVariable ReportKind kind) {
        return awards.approveReport(user, id, kind);
    }

    @PostMapping("/awards/{id}/reports/{kind}/return")
    @RequiresPermission("grants:report:decide")
    @Operation(summary = "Return a report to the organization with the reason")
    Report returnReport(CurrentUser user, @PathVariable UUID id, @PathVariable ReportKind kind,
            @Valid @RequestBody ReasonRequest request) {
        return awards.returnReport(user, id, kind, request.reason().strip());
    }

    @PostMapping("/awards/{id}/closing")
    @RequiresPermission("grants:award:manage")
    @Operation(summary = "结项: after the final report is approved and every tranche paid")
    AwardView close(CurrentUser user, @PathVariable UUID id) {
        return AwardView.of(awards.close(user, id));
    }

    @PostMapping("/awards/{id}/termination")
    @RequiresPermission("grants:award:manage")
    @Operation(summary = "终止: the unpaid rest returns to the programme's pool")
    AwardView terminate(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        return AwardView.of(awards.terminate(user, id, request.reason().strip()));
    }

    @GetMapping("/awards/{id}/timeline")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "The award's full-process trace (全过程留痕)")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return awards.timeline(user, id, page);
    }

    @GetMapping("/programmes/{programmeId}/ledger")
    @RequiresPermission("grants:programme:read")
    @Operation(summary = "资金台账: pool = committed + available, committed = paid + unpaid")
    LedgerView ledger(CurrentUser user, @PathVariable UUID programmeId) {
        return LedgerView.of(programmeId, awards.ledger(user, programmeId));
    }

    record TrancheRequest(
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            ReportKind dependsOn) {
    }

    record AgreementRequest(
            @NotBlank @Size(max = 60) String number,
            @Size(max = 20000) String terms,
            @NotNull @PastOrPresent LocalDate signedOn,
            LocalDate interimReportDueOn,
            LocalDate finalReportDueOn,
            @NotEmpty @Size(max = 12) List<@Valid @NotNull TrancheRequest> tranches) {
    }

    record PaymentRequest(@Size(max = 60) String voucherNumber) {
    }

    record ReportRequest(
            @NotNull ReportKind kind,
            @NotNull @Min(0) Integer activitiesHeld,
            @NotNull @Min(0) Long personTimesServed,
            @NotNull @Min(0) Long volunteerPersonTimes,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal fundsLeveraged,
            @Size(max = 20000) String narrative) {
    }

    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record LedgerView(UUID programmeId, BigDecimal pool, BigDecimal committed, BigDecimal available, BigDecimal paid,
            BigDecimal unpaid) {

        static LedgerView of(UUID programmeId, ProgrammeLedger ledger) {
            return new LedgerView(programmeId, ledger.pool(), ledger.committed(), ledger.available(), ledger.paid(),
                    ledger.unpaid());
        }
    }
}
