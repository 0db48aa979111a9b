package cn.incubator.registry.organization;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.registry.field.ServiceField;
import cn.incubator.platform.audit.AuditChain;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.validation.CreditCode;
import cn.incubator.platform.validation.JurisdictionCode;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 组织库: record, read, search organizations and move them along their lifecycle. */
@RestController
@Validated
@RequestMapping("/api/registry/v1/organizations")
class OrganizationController {

    static final String REGISTERED_BY = "登记管理机关的 12 位区划码，仅当由组织所在县级以上的机关登记时填写（信用代码第 3–8 位须与之一致）"
            + " · the registration authority's 12-digit code, only when registered above the organization's district"
            + " (positions 3-8 of the credit code must be its division code), e.g. 430100000000";

    private final OrganizationService organizations;
    private final NodeFederation federation;

    OrganizationController(OrganizationService organizations, NodeFederation federation) {
        this.organizations = organizations;
        this.federation = federation;
    }

    @RequiresPermission("registry:organization:record")
    @PostMapping
    @Operation(summary = "Record an organization in preparation, or one already registered / filed (登记 / 备案); "
            + "nearly identical names in the district come back as nameWarnings")
    @ApiResponse(responseCode = "201", description = "已创建 · Created")
    @ApiResponse(responseCode = "200", description = "已存在，原样返回 · Already there, answered as it is")
    ResponseEntity<CreatedResponse> create(CurrentUser user, @Valid @RequestBody CreateOrganizationRequest request) {
        return answer(organizations.create(user, request.toNewOrganization()));
    }

    @RequiresPermission("registry:organization:record")
    @PutMapping("/{id}")
    @Operation(summary = "Record an organization under an id you chose (e.g. incubation for a team in preparation): "
            + "201 when recorded, 200 when the same organization already has the id, 409 when another one has it")
    @ApiResponse(responseCode = "201", description = "已创建 · Created")
    @ApiResponse(responseCode = "200", description = "已存在，原样返回 · Already there, answered as it is")
    ResponseEntity<CreatedResponse> createWithId(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CreateOrganizationRequest request) {
        return answer(organizations.createWithId(user, id, request.toNewOrganization()));
    }

    @RequiresPermission("registry:organization:record")
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an organization still in preparation that nothing refers to (e.g. incubation undoing "
            + "a team whose application could not be stored); on its timeline")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
        organizations.deleteInPreparation(user, id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<CreatedResponse> answer(OrganizationService.Created created) {
        Organization organization = created.organization();
        CreatedResponse body = new CreatedResponse(OrganizationView.of(organization), created.nameWarnings());
        return created.alreadyRecorded() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/registry/v1/organizations/" + organization.id())).body(body);
    }

    @RequiresPermission("registry:organization:record")
    @GetMapping("/name-check")
    @Operation(summary = "Name approval (名称预核): identical or nearly identical names in the same district")
    @NodeLocal("a check before recording in the asked jurisdiction, routed by the gateway to the node that owns it,"
            + " where the new name is recorded")
    Page<OrganizationService.NameWarning> nameCheck(CurrentUser user,
            @RequestParam @NotBlank @Size(max = 100) String name,
            @Parameter(description = "where the organization will be, e.g. 430121001000")
            @RequestParam @NotBlank @JurisdictionCode String jurisdiction, PageRequest page) {
        return Page.slice(organizations.checkName(user, name, Jurisdiction.of(jurisdiction)), page);
    }

    @RequiresPermission("registry:organization:read")
    @GetMapping("/{id}")
    @Operation(summary = "One organization; outside your scope it does not exist")
    OrganizationView get(CurrentUser user, @PathVariable UUID id) {
        return OrganizationView.of(organizations.get(user, id));
    }

    @RequiresPermission("registry:contact:read-unmasked")
    @GetMapping("/{id}/contacts")
    @Operation(summary = "The legal representative and contact with their phones unmasked, for those who may write "
            + "the organization (its officers, its street hub for a community organization, its own administrator); "
            + "every read is on the organization's timeline")
    OrganizationService.Contacts contacts(CurrentUser user, @PathVariable UUID id) {
        return organizations.contacts(user, id);
    }

    @RequiresPermission("registry:organization:read")
    @GetMapping
    @Operation(summary = "List and search organizations in your scope, paged and sorted")
    Page<OrganizationView> search(CurrentUser user,
            @Parameter(description = "name substring, e.g. 星沙") @RequestParam(required = false) @Size(max = 50) String name,
            @RequestParam(required = false) LegalForm legalForm,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) Maturity maturity,
            @RequestParam(required = false) ServiceField serviceField,
            @Parameter(description = "only this jurisdiction subtree") @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            PageRequest page, @RequestParam(defaultValue = "NAME") OrganizationSearch.Sort sort,
            HttpServletRequest request, HttpServletResponse response) {
        OrganizationSearch search = new OrganizationSearch(name, legalForm, category, status, maturity, serviceField,
                jurisdiction == null ? null : Jurisdiction.of(jurisdiction), page.page(), page.size(), sort);
        // 跨节点检索: a place holding street nodes is searched on them too (NodeFederation), merged in this order.
        return federation.list("registry", search.within() != null ? List.of(search.within()) : user.jurisdictions(),
                page, rows -> localPage(user, search.page(rows.page(), rows.size())), OrganizationView.class,
                sort.rows, request, response);
    }

    private Page<OrganizationView> localPage(CurrentUser user, OrganizationSearch search) {
        OrganizationRepository.Page result = organizations.search(user, search);
        return new Page<>(result.items().stream().map(OrganizationView::of).toList(), search.page(), search.size(),
                result.total(), result.totalEstimated());
    }

    @RequiresPermission("registry:organization:edit")
    @PatchMapping("/{id}")
    @Operation(summary = "Change profile fields; absent fields stay as they are")
    OrganizationView updateProfile(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ProfileUpdateRequest request) {
        return OrganizationView.of(organizations.updateProfile(user, id, request.category(), new Profile.Change(
                request.serviceFields(), request.maturity(), request.supervisingDepartment(), request.address(),
                PersonRequest.toPerson(request.legalRepresentative()), PersonRequest.toPerson(request.contact()),
                request.foundedOn())));
    }

    @RequiresPermission("registry:organization:register")
    @PostMapping("/{id}/registration")
    @Operation(summary = "登记: an organization in preparation is registered with its credit code")
    OrganizationView register(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RegistrationRequest request) {
        return OrganizationView.of(organizations.register(user, id, request.creditCode(),
                authority(request.registeredBy()), request.registeredOn(), request.administrator() == null ? null : request.administrator().toAdministrator()));
    }

    @RequiresPermission("registry:organization:record")
    @PostMapping("/{id}/filing")
    @Operation(summary = "备案: a community organization in preparation is filed with its street")
    OrganizationView file(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody FilingRequest request) {
        return OrganizationView.of(organizations.file(user, id, request.creditCode(),
                authority(request.registeredBy()), request.filedOn()));
    }

    private static Jurisdiction authority(String registeredBy) {
        return registeredBy == null ? null : Jurisdiction.of(registeredBy);
    }

    @RequiresPermission("registry:organization:register")
    @PostMapping("/{id}/cancellation")
    @Operation(summary = "注销")
    OrganizationView cancel(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CancellationRequest request) {
        return OrganizationView.of(organizations.cancel(user, id, request.cancelledOn()));
    }

    @RequiresPermission("registry:organization:record")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/board-renewals")
    @Operation(summary = "换届: record a board renewal (only while registered or filed)")
    ResponseEntity<BoardRenewal> renewBoard(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody BoardRenewalRequest request) {
        BoardRenewal renewal = organizations.renewBoard(user, id, new OrganizationService.NewBoardRenewal(
                request.renewedOn(), request.termNumber(), request.termYears(),
                PersonRequest.toPerson(request.legalRepresentative())));
        return ResponseEntity.created(URI.create("/api/registry/v1/organizations/" + id + "/board-renewals"))
                .body(renewal.masked());
    }

    @RequiresPermission("registry:organization:read")
    @GetMapping("/{id}/board-renewals")
    @Operation(summary = "The organization's board renewals, oldest first")
    Page<BoardRenewal> boardRenewals(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(organizations.boardRenewals(user, id).stream().map(BoardRenewal::masked).toList(), page);
    }

    @RequiresPermission("registry:organization:read")
    @GetMapping("/{id}/timeline")
    @Operation(summary = "The organization's full-process trace (全过程留痕)")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return organizations.timeline(user, id, page);
    }

    @RequiresPermission("registry:organization:read")
    @GetMapping("/{id}/timeline/verification")
    @Operation(summary = "Whether the organization's trace is intact (hash chain recomputed)")
    AuditChain.Verification verifyTimeline(CurrentUser user, @PathVariable UUID id) {
        return organizations.verifyTimeline(user, id);
    }

    record PersonRequest(
            @NotBlank @Size(max = 50) String name,
            @Pattern(regexp = "\\+?[0-9][0-9-]{6,19}") String phone) {

        static Person toPerson(PersonRequest request) {
            return request == null ? null : new Person(request.name().strip(), request.phone());
        }
    }

    record CreateOrganizationRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull LegalForm legalForm,
            @CreditCode String creditCode,
            @NotBlank @JurisdictionCode String jurisdiction,
            @Schema(description = REGISTERED_BY) @JurisdictionCode String registeredBy,
            @NotNull Category category,
            Set<ServiceField> serviceFields,
            Maturity maturity,
            @Size(max = 200) String supervisingDepartment,
            @Size(max = 300) String address,
            @Valid PersonRequest legalRepresentative,
            @Valid PersonRequest contact,
            @PastOrPresent LocalDate foundedOn,
            @PastOrPresent LocalDate registeredOn) {

        OrganizationService.NewOrganization toNewOrganization() {
            return new OrganizationService.NewOrganization(name, legalForm, creditCode, jurisdiction, registeredBy,
                    category,
                    new Profile(serviceFields, maturity, supervisingDepartment, address,
                            PersonRequest.toPerson(legalRepresentative), PersonRequest.toPerson(contact), foundedOn),
                    registeredOn);
        }
    }

    record ProfileUpdateRequest(
            Category category,
            Set<ServiceField> serviceFields,
            Maturity maturity,
            @Size(max = 200) String supervisingDepartment,
            @Size(max = 300) String address,
            @Valid PersonRequest legalRepresentative,
            @Valid PersonRequest contact,
            @PastOrPresent LocalDate foundedOn) {
    }

    record RegistrationRequest(@NotBlank @CreditCode String creditCode, @NotNull @PastOrPresent LocalDate registeredOn,
            @Valid AdministratorRequest administrator,
            @Schema(description = REGISTERED_BY) @JurisdictionCode String registeredBy) {
    }

    /** The organization's administrator (社会组织负责人); an {@code org-admin} account is provisioned for them. */
    record AdministratorRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}") String username,
            @NotBlank @jakarta.validation.constraints.Email String email,
            @NotBlank @Size(max = 20) String familyName,
            @NotBlank @Size(max = 20) String givenName) {

        RegistryEvents.Administrator toAdministrator() {
            return new RegistryEvents.Administrator(username, email, familyName, givenName);
        }
    }

    record FilingRequest(@CreditCode String creditCode, @NotNull @PastOrPresent LocalDate filedOn,
            @Schema(description = REGISTERED_BY) @JurisdictionCode String registeredBy) {
    }

    record CancellationRequest(@NotNull @PastOrPresent LocalDate cancelledOn) {
    }

    record BoardRenewalRequest(
            @NotNull @PastOrPresent LocalDate renewedOn,
            @NotNull @Min(1) @Max(99) Integer termNumber,
            @NotNull @Min(1) @Max(5) Integer termYears,
            @Valid PersonRequest legalRepresentative) {
    }

    record CreatedResponse(@JsonUnwrapped OrganizationView organization,
            List<OrganizationService.NameWarning> nameWarnings) {
    }
}
