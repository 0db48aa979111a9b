package cn.incubator.incubation.remote;

import cn.incubator.contracts.registry.v1.CheckEligibilityRequest;
import cn.incubator.contracts.registry.v1.CountOrganizationsByStreetRequest;
import cn.incubator.contracts.registry.v1.Eligibility;
import cn.incubator.contracts.registry.v1.FindPeopleRequest;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.StreetCount;
import cn.incubator.contracts.registry.v1.StreetCounts;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.text.Uuids;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The registry (组织库 · 人才库) as this service needs it: eligibility of an applicant, organization records for
 * teams in preparation, experts from the talent pool, and the organizations filed per street for hub coverage. Reads go
 * over gRPC, writes to the organizations REST API through the Feign client {@link RegistryOrganizations}. Every call
 * carries the caller's token (so the registry applies the caller's data scope), a deadline, and runs behind the
 * "registry" circuit breaker: a registry that does not answer in time yields a 503 problem telling the caller to retry.
 */
@Component
public class Registry {

    static final String SERVICE = "registry";

    private final RemoteChannel remote;
    private final OrganizationDirectoryGrpc.OrganizationDirectoryBlockingStub organizations;
    private final TalentDirectoryGrpc.TalentDirectoryBlockingStub talent;
    private final RegistryOrganizations organizationsApi;

    Registry(GrpcChannelFactory channels, RemoteCalls calls, RegistryOrganizations organizationsApi,
            @Value("${incubator.incubation.registry-deadline:2s}") Duration deadline) {
        this.remote = new RemoteChannel(SERVICE, channels, calls, deadline);
        // Wait (within the deadline) for a connection being made instead of failing at once, so a registry that has
        // just come back is used on the next call.
        this.organizations = OrganizationDirectoryGrpc.newBlockingStub(remote.channel()).withWaitForReady();
        this.talent = TalentDirectoryGrpc.newBlockingStub(remote.channel()).withWaitForReady();
        this.organizationsApi = organizationsApi;
    }

    /** Whether the organization may apply, as the registry sees it (status, abnormal-activity list). */
    public OrganizationEligibility checkEligibility(UUID organizationId) {
        Eligibility answer = call(() -> organizations
                .withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                .checkEligibility(CheckEligibilityRequest.newBuilder()
                        .setOrganizationId(organizationId.toString()).build()));
        return new OrganizationEligibility(UUID.fromString(answer.getOrganizationId()), answer.getName(),
                answer.getJurisdictionCode(), answer.getLegalForm(), answer.getStatus(), answer.getOnAbnormalList(),
                List.copyOf(answer.getReasonsList()), answer.getEligible());
    }

    /**
     * Per street under {@code within}, as the registry counts them in the caller's scope: community organizations
     * filed (备案) and organizations registered (登记). Streets with neither are absent.
     */
    public Map<String, StreetFigures> countByStreet(String withinJurisdiction) {
        StreetCounts answer = call(() -> organizations
                .withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                .countOrganizationsByStreet(CountOrganizationsByStreetRequest.newBuilder()
                        .setWithinJurisdiction(withinJurisdiction).build()));
        return answer.getStreetsList().stream().collect(java.util.stream.Collectors.toMap(
                StreetCount::getStreetCode, s -> new StreetFigures(s.getFiledCommunityOrganizations(),
                        s.getRegisteredOrganizations())));
    }

    /** People of the talent pool by id; ids outside the caller's scope are left out by the registry. */
    public List<PoolPerson> people(Collection<String> ids) {
        return call(() -> talent.withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .getPeople(GetPeopleRequest.newBuilder().addAllIds(ids).build()))
                .getPeopleList().stream().map(Registry::person).toList();
    }

    /** Experts (专家) of the talent pool within a subtree, optionally of a field. */
    public List<PoolPerson> experts(String withinJurisdiction, String field, int limit) {
        FindPeopleRequest.Builder request = FindPeopleRequest.newBuilder().setKind("EXPERT").setLimit(limit)
                .setWithinJurisdiction(withinJurisdiction);
        if (field != null) {
            request.setField(field);
        }
        return call(() -> talent.withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .findPeople(request.build()))
                .getPeopleList().stream().map(Registry::person).toList();
    }

    /**
     * Records a team in preparation (筹建) in the registry under the id this service chose, with the caller's token.
     * The registry decides the status (in preparation). The same id again answers the record already made, so the
     * call may be repeated; {@link #deleteTeam} undoes it. A refusal of the registry is a {@code dependency-refused}
     * problem with the registry's status.
     */
    public CreatedOrganization recordTeam(UUID id, String name, String legalForm, String jurisdictionCode,
            String category) {
        return organizationsApi.record(id,
                new RegistryOrganizations.Team(name, legalForm, jurisdictionCode, category));
    }

    /**
     * Deletes the team recorded by {@link #recordTeam} when this service could not store what it recorded it for
     * (the compensation of a failed application). A team already gone counts as deleted.
     */
    public void deleteTeam(UUID id) {
        try {
            organizationsApi.delete(id);
        } catch (ProblemException refused) {
            if (refused.status() != HttpStatus.NOT_FOUND) {
                throw refused;
            }
            // Already gone: nothing left to undo.
        }
    }

    /** Through the breaker; a failure is logged with its cause, which the 503 problem does not show the caller. */
    private <T> T call(java.util.function.Supplier<T> grpcCall) {
        return remote.call(grpcCall);
    }

    private static PoolPerson person(Person p) {
        return new PoolPerson(p.getId(), p.getName(), p.getUsername(), p.getJurisdictionCode(),
                Uuids.validOnly(p.getAffiliatedOrganizationIdsList()));
    }

    /** The registry's answer on an applicant. */
    public record OrganizationEligibility(UUID organizationId, String name, String jurisdictionCode, String legalForm,
            String status, boolean onAbnormalList, List<String> reasons, boolean eligible) {
    }

    /** A person of the talent pool, as a panel needs them. */
    public record PoolPerson(String id, String name, String username, String jurisdictionCode,
            List<UUID> affiliatedOrganizationIds) {
    }

    /** A street's figures in the registry: filed community organizations, registered organizations. */
    public record StreetFigures(long filedCommunityOrganizations, long registeredOrganizations) {
    }

    /** What the registry answers when it records an organization. */
    public record CreatedOrganization(UUID id, String name, String status) {
    }
}
