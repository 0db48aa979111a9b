package cn.incubator.grants.partner;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The platform admin provisions partner accounts (合作方账号). */
@RestController
@RequestMapping("/api/grants/v1/partners")
class PartnerAccountController {

    private final PartnerAccounts accounts;

    PartnerAccountController(PartnerAccounts accounts) {
        this.accounts = accounts;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("grants:partner:provision")
    @Operation(summary = "Provision a partner: a client-credentials client with its partner_id claim and the scope "
            + "partner.programmes.read; the client secret is answered once")
    ResponseEntity<PartnerAccounts.Provisioned> provision(CurrentUser admin,
            @Valid @RequestBody PartnerRequest request) {
        PartnerAccounts.Provisioned provisioned = accounts.provision(admin, request.partnerId(),
                request.name().strip(), Jurisdiction.of(request.jurisdiction()));
        return ResponseEntity.created(URI.create("/api/grants/v1/partners/" + provisioned.partnerId()))
                .header("Cache-Control", "no-store")
                .body(provisioned);
    }

    record PartnerRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,39}") String partnerId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @JurisdictionCode String jurisdiction) {
    }
}
