package cn.incubator.registry.organization;

import cn.incubator.platform.audit.AuditChain;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.validation.CreditCode;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 组织库: register, read, list and search organizations. */
@RestController
@Validated
@RequestMapping("/api/registry/v1/organizations")
class OrganizationController {

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('platform-admin', 'civil-affairs', 'base-operator', 'hub-operator')")
    @Operation(summary = "Register an organization, or file a community organization (登记 / 备案)")
    ResponseEntity<OrganizationResponse> create(CurrentUser user, @Valid @RequestBody CreateOrganizationRequest request) {
        Organization created = organizations.create(user, new OrganizationService.NewOrganization(request.name(),
                request.legalForm(), request.creditCode(), request.jurisdiction(), request.category()));
        return ResponseEntity.created(URI.create("/api/registry/v1/organizations/" + created.id()))
                .body(OrganizationResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organization; outside your scope it does not exist")
    OrganizationResponse get(CurrentUser user, @PathVariable UUID id) {
        return OrganizationResponse.of(organizations.get(user, id));
    }

    @GetMapping
    @Operation(summary = "List and search organizations in your scope, paged and sorted")
    PageResponse<OrganizationResponse> search(CurrentUser user,
            @Parameter(description = "name substring, e.g. 星沙") @RequestParam(required = false) @Size(max = 50) String name,
            @RequestParam(required = false) LegalForm legalForm,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) OrganizationStatus status,
            @Parameter(description = "only this jurisdiction subtree") @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(defaultValue = "NAME") OrganizationSearch.Sort sort) {
        OrganizationSearch search = new OrganizationSearch(name, legalForm, category, status,
                jurisdiction == null ? null : Jurisdiction.of(jurisdiction), page, size, sort);
        OrganizationRepository.Page result = organizations.search(user, search);
        return new PageResponse<>(result.items().stream().map(OrganizationResponse::of).toList(), page, size,
                result.total());
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The organization's full-process trace (全过程留痕)")
    List<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id) {
        return organizations.timeline(user, id);
    }

    @GetMapping("/{id}/timeline/verification")
    @Operation(summary = "Whether the organization's trace is intact (hash chain recomputed)")
    AuditChain.Verification verifyTimeline(CurrentUser user, @PathVariable UUID id) {
        return organizations.verifyTimeline(user, id);
    }

    record CreateOrganizationRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull LegalForm legalForm,
            @CreditCode String creditCode,
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotNull Category category) {
    }

    record JurisdictionResponse(String code, String name, String fullName, String tier) {
        static JurisdictionResponse of(Jurisdiction jurisdiction) {
            return new JurisdictionResponse(jurisdiction.code(), jurisdiction.name(), jurisdiction.fullName(),
                    jurisdiction.tier().name());
        }
    }

    record OrganizationResponse(UUID id, String name, LegalForm legalForm, String creditCode,
            JurisdictionResponse jurisdiction, Category category, OrganizationStatus status, Instant createdAt) {
        static OrganizationResponse of(Organization o) {
            return new OrganizationResponse(o.id(), o.name(), o.legalForm(), o.creditCode(),
                    JurisdictionResponse.of(o.jurisdiction()), o.category(), o.status(), o.createdAt());
        }
    }

    record PageResponse<T>(List<T> items, int page, int size, long total) {
    }
}
