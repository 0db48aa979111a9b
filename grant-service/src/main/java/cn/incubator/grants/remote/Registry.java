package cn.incubator.grants.remote;

import cn.incubator.contracts.registry.v1.CheckEligibilityRequest;
import cn.incubator.contracts.registry.v1.Eligibility;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import cn.incubator.platform.text.Uuids;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * The registry (组织库 · 人才库) as grants need it: whether an organization may apply (status, maturity, the
 * abnormal-activity list) and experts of the talent pool. Calls carry the caller's token, so the registry applies
 * the caller's data scope.
 */
@Component
public class Registry {

    private final RemoteChannel remote;
    private final OrganizationDirectoryGrpc.OrganizationDirectoryBlockingStub organizations;
    private final TalentDirectoryGrpc.TalentDirectoryBlockingStub talent;

    Registry(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.grants.remote-deadline:2s}") Duration deadline) {
        this.remote = new RemoteChannel("registry", channels, calls, deadline);
        this.organizations = OrganizationDirectoryGrpc.newBlockingStub(remote.channel()).withWaitForReady();
        this.talent = TalentDirectoryGrpc.newBlockingStub(remote.channel()).withWaitForReady();
    }

    /** The registry's answer on an applicant; 404 problem when it is unknown or outside the caller's scope. */
    public OrganizationEligibility checkEligibility(UUID organizationId) {
        Eligibility answer = remote.call(() -> organizations
                .withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                .checkEligibility(CheckEligibilityRequest.newBuilder()
                        .setOrganizationId(organizationId.toString()).build()));
        return new OrganizationEligibility(UUID.fromString(answer.getOrganizationId()), answer.getName(),
                answer.getJurisdictionCode(), answer.getLegalForm(), answer.getStatus(),
                answer.getMaturity().isEmpty() ? null : answer.getMaturity(), answer.getOnAbnormalList(),
                List.copyOf(answer.getReasonsList()), answer.getEligible());
    }

    /** People of the talent pool by id; ids outside the caller's scope are left out by the registry. */
    public List<PoolPerson> people(Collection<String> ids) {
        return remote.call(() -> talent.withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .getPeople(GetPeopleRequest.newBuilder().addAllIds(ids).build()))
                .getPeopleList().stream().map(Registry::person).toList();
    }

    private static PoolPerson person(Person p) {
        return new PoolPerson(p.getId(), p.getName(), p.getKind(), p.getUsername().isEmpty() ? null : p.getUsername(),
                Uuids.validOnly(p.getAffiliatedOrganizationIdsList()));
    }

    /** The registry's answer on an applicant. */
    public record OrganizationEligibility(UUID organizationId, String name, String jurisdictionCode, String legalForm,
            String status, String maturity, boolean onAbnormalList, List<String> reasons, boolean eligible) {
    }

    /** A person of the talent pool; {@code username} is their platform login, if any. */
    public record PoolPerson(String id, String name, String kind, String username, List<UUID> affiliatedOrganizationIds) {
    }
}
