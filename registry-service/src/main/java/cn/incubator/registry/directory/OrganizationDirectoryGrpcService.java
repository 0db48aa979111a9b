package cn.incubator.registry.directory;

import cn.incubator.contracts.registry.v1.CheckEligibilityRequest;
import cn.incubator.contracts.registry.v1.CountOrganizationsByStreetRequest;
import cn.incubator.contracts.registry.v1.Eligibility;
import cn.incubator.contracts.registry.v1.GetOrganizationRequest;
import cn.incubator.contracts.registry.v1.GetOrganizationsRequest;
import cn.incubator.contracts.registry.v1.GetOrganizationsResponse;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.OrganizationSummary;
import cn.incubator.contracts.registry.v1.StreetCount;
import cn.incubator.contracts.registry.v1.StreetCounts;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.registry.abnormal.EligibilityService;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.StreetTotals;
import cn.incubator.registry.organization.OrganizationService;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The organization directory for other services (registry.v1.OrganizationDirectory), under the data scope of the
 * caller whose token the calling service passes on.
 */
@Service
class OrganizationDirectoryGrpcService extends OrganizationDirectoryGrpc.OrganizationDirectoryImplBase {

    private static final int MAX_BATCH = 500;

    private final OrganizationService organizations;
    private final EligibilityService eligibility;

    OrganizationDirectoryGrpcService(OrganizationService organizations, EligibilityService eligibility) {
        this.organizations = organizations;
        this.eligibility = eligibility;
    }

    @Override
    public void getOrganization(GetOrganizationRequest request, StreamObserver<OrganizationSummary> response) {
        Organization organization = organizations.get(CurrentUser.fromSecurityContext(), id(request.getId()));
        response.onNext(summary(organization));
        response.onCompleted();
    }

    @Override
    public void getOrganizations(GetOrganizationsRequest request, StreamObserver<GetOrganizationsResponse> response) {
        if (request.getIdsCount() > MAX_BATCH) {
            throw new FieldProblemException("ids", "Size");
        }
        CurrentUser caller = CurrentUser.fromSecurityContext();
        GetOrganizationsResponse.Builder found = GetOrganizationsResponse.newBuilder();
        for (String id : request.getIdsList()) {
            try {
                found.addOrganizations(summary(organizations.get(caller, id(id))));
            } catch (NotFoundException outOfScopeOrMissing) {
                // Left out, as the contract says: the caller cannot tell missing from out of scope.
            }
        }
        response.onNext(found.build());
        response.onCompleted();
    }

    @Override
    public void checkEligibility(CheckEligibilityRequest request, StreamObserver<Eligibility> response) {
        CurrentUser caller = CurrentUser.fromSecurityContext();
        UUID id = id(request.getOrganizationId());
        Organization organization = organizations.get(caller, id);
        EligibilityService.Eligibility eligibility = this.eligibility.check(caller, id);
        List<String> reasons = eligibility.reasons().stream().map(EligibilityService.Reason::code).toList();
        response.onNext(Eligibility.newBuilder()
                .setOrganizationId(organization.id().toString())
                .setName(organization.name())
                .setJurisdictionCode(organization.jurisdiction().code())
                .setLegalForm(organization.legalForm().name())
                .setStatus(organization.status().name())
                .setMaturity(organization.profile().maturity().name())
                .setOnAbnormalList(eligibility.onAbnormalList())
                .addAllReasons(reasons)
                .setEligible(eligibility.eligible())
                .build());
        response.onCompleted();
    }

    @Override
    public void countOrganizationsByStreet(CountOrganizationsByStreetRequest request,
            StreamObserver<StreetCounts> response) {
        if (!Jurisdiction.isValid(request.getWithinJurisdiction())) {
            throw new FieldProblemException("withinJurisdiction", "JurisdictionCode");
        }
        StreetCounts.Builder counts = StreetCounts.newBuilder();
        for (StreetTotals street : organizations.countByStreet(CurrentUser.fromSecurityContext(),
                Jurisdiction.of(request.getWithinJurisdiction()))) {
            counts.addStreets(StreetCount.newBuilder().setStreetCode(street.streetCode())
                    .setFiledCommunityOrganizations(street.filedCommunityOrganizations())
                    .setRegisteredOrganizations(street.registeredOrganizations()));
        }
        response.onNext(counts.build());
        response.onCompleted();
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organization", value);
        }
    }

    static OrganizationSummary summary(Organization organization) {
        OrganizationSummary.Builder summary = OrganizationSummary.newBuilder()
                .setId(organization.id().toString())
                .setName(organization.name())
                .setLegalForm(organization.legalForm().name())
                .setJurisdictionCode(organization.jurisdiction().code())
                .setCategory(organization.category().name())
                .setStatus(organization.status().name());
        if (organization.creditCode() != null) {
            summary.setCreditCode(organization.creditCode());
        }
        return summary.build();
    }
}
