package cn.incubator.grants.custody;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 资金代管: three-party agreements and their ledgers of deposits and spending.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/grants/v1/custody-agreements")
class CustodyController {

    private final CustodyService custody;
    private final NodeFederation federation;

    CustodyController(CustodyService custody, NodeFederation federation) {
        this.custody = custody;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("grants:custody:write")
    @Operation(summary = "Record a three-party custody agreement (organization, community, hub)")
    ResponseEntity<CustodyAgreement> create(CurrentUser user, @Valid @RequestBody AgreementRequest request) {
        CustodyAgreement agreement = custody.create(user, new CustodyService.NewAgreement(request.organizationId(),
                request.organizationName().strip(), Jurisdiction.of(request.jurisdiction()),
                request.communityName().strip(), request.hubName().strip(), request.agreementNumber().strip(),
                request.signedOn(), request.purpose().strip()));
        return ResponseEntity.created(URI.create("/api/grants/v1/custody-agreements/" + agreement.id()))
                .body(agreement);
    }

    @GetMapping
    @RequiresPermission("grants:custody:read")
    @Operation(summary = "Custody agreements in your scope (an organization sees its own)")
    Page<CustodyAgreement> list(CurrentUser user, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: their agreements too (NodeFederation), in this list's order across them.
        return federation.list("grants", user.jurisdictions(), page, rows -> custody.list(user, rows),
                CustodyAgreement.class, CustodyAgreement.ORDER, request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("grants:custody:read")
    @Operation(summary = "One agreement with its balance")
    CustodyAgreement get(CurrentUser user, @PathVariable UUID id) {
        return custody.get(user, id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/entries")
    @RequiresPermission("grants:custody:write")
    @Operation(summary = "A deposit or spending with purpose and voucher; spending beyond the balance is refused (409)")
    ResponseEntity<CustodyEntry> record(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody EntryRequest request) {
        CustodyEntry entry = custody.record(user, id, request.kind(), request.amount(), request.purpose().strip(),
                request.voucherReference().strip(), request.occurredOn());
        return ResponseEntity.created(URI.create("/api/grants/v1/custody-agreements/" + id + "/entries"))
                .body(entry);
    }

    @GetMapping("/{id}/entries")
    @RequiresPermission("grants:custody:read")
    @Operation(summary = "The agreement's ledger, oldest first, with the balance after each entry")
    Page<CustodyEntry> entries(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(custody.entries(user, id), page);
    }

    @PostMapping("/{id}/ending")
    @RequiresPermission("grants:custody:write")
    @Operation(summary = "End the agreement; only with a zero balance")
    CustodyAgreement end(CurrentUser user, @PathVariable UUID id) {
        return custody.end(user, id);
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("grants:custody:read")
    @Operation(summary = "The agreement's full-process trace (全过程留痕)")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return custody.timeline(user, id, page);
    }

    record AgreementRequest(
            @NotNull UUID organizationId,
            @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @Size(max = 200) String communityName,
            @NotBlank @Size(max = 200) String hubName,
            @NotBlank @Size(max = 60) String agreementNumber,
            @NotNull @PastOrPresent LocalDate signedOn,
            @NotBlank @Size(max = 500) String purpose) {
    }

    record EntryRequest(
            @NotNull CustodyEntry.Kind kind,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 500) String purpose,
            @NotBlank @Size(max = 60) String voucherReference,
            @NotNull @PastOrPresent LocalDate occurredOn) {
    }
}
