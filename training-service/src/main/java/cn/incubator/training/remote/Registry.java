package cn.incubator.training.remote;

import cn.incubator.contracts.registry.v1.CountOrganizationsByStreetRequest;
import cn.incubator.contracts.registry.v1.FindPeopleResponse;
import cn.incubator.contracts.registry.v1.GetOrganizationsRequest;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.OrganizationSummary;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.StreetCount;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import cn.incubator.platform.problem.FieldProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * The registry (组织库 · 人才库) as training needs it, over gRPC on one channel ({@code registry}): trainers (培训师)
 * from the talent pool (registry.v1.TalentDirectory), the organizations per street that a survey's response rates
 * divide by, and organizations' names for the completions published (registry.v1.OrganizationDirectory). Every call
 * carries the caller's token (the platform's client interceptor), so the registry applies the caller's data scope (a
 * hub chooses trainers from its street, the county from the county), has the deadline
 * {@code incubator.training.registry-deadline} (2 s) and runs behind the "registry" circuit breaker: a registry that
 * does not answer in time is a 503 problem that says to retry, and a change that asked first stores nothing.
 */
@Component
public class Registry {

    static final String SERVICE = "registry";

    private final RemoteChannel remote;
    private final TalentDirectoryGrpc.TalentDirectoryBlockingStub talent;
    private final OrganizationDirectoryGrpc.OrganizationDirectoryBlockingStub organizations;

    Registry(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.training.registry-deadline:2s}") Duration deadline) {
        this.remote = new RemoteChannel(SERVICE, channels, calls, deadline);
        // Wait (within the deadline) for a connection being made, so a registry that has just come back is used.
        this.talent = TalentDirectoryGrpc.newBlockingStub(remote.channel()).withWaitForReady();
        this.organizations = OrganizationDirectoryGrpc.newBlockingStub(remote.channel()).withWaitForReady();
    }

    // --- 人才库: trainers

    /**
     * Every one of a course's trainers is a person of the pool the caller (whose token is on the thread) sees.
     *
     * @throws FieldProblemException naming each unknown id as {@code trainerIds[i]}
     */
    public void requireTrainers(List<UUID> trainerIds) {
        if (trainerIds.isEmpty()) {
            return;
        }
        Set<String> known = people(GetPeopleRequest.newBuilder()
                .addAllIds(trainerIds.stream().map(UUID::toString).toList()).build())
                .getPeopleList().stream().map(Person::getId).collect(Collectors.toSet());
        List<FieldProblemException.FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < trainerIds.size(); i++) {
            if (!known.contains(trainerIds.get(i).toString())) {
                unknown.add(new FieldProblemException.FieldProblem("trainerIds[" + i + "]", "TalentPool.unknown",
                        trainerIds.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new FieldProblemException(unknown);
        }
    }

    /**
     * A session's trainer (their platform account, which runs the session) is a person of the pool the caller sees.
     *
     * @throws FieldProblemException naming {@code field} when the pool has no one with this account in the scope
     */
    public void requireTrainerAccount(String field, String username) {
        boolean known = people(GetPeopleRequest.newBuilder().addUsernames(username).build())
                .getPeopleList().stream().anyMatch(p -> username.equals(p.getUsername()));
        if (!known) {
            throw new FieldProblemException(field, "TalentPool.unknownAccount", username);
        }
    }

    // --- 组织库: organizations

    /**
     * Organizations (filed community organizations plus registered ones) per street code under {@code within}, as
     * the registry counts them in the caller's scope.
     */
    public Map<String, Long> organizationsByStreet(String within) {
        return call(() -> organizations.withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .countOrganizationsByStreet(CountOrganizationsByStreetRequest.newBuilder()
                                .setWithinJurisdiction(within).build()))
                .getStreetsList().stream().collect(Collectors.toMap(StreetCount::getStreetCode,
                        s -> s.getFiledCommunityOrganizations() + s.getRegisteredOrganizations()));
    }

    /** The names of these organizations that the caller sees in the registry (the others are left out). */
    public Map<UUID, String> organizationNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return call(() -> organizations.withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .getOrganizations(GetOrganizationsRequest.newBuilder()
                                .addAllIds(ids.stream().map(UUID::toString).distinct().toList()).build()))
                .getOrganizationsList().stream().collect(Collectors.toMap(o -> UUID.fromString(o.getId()),
                        OrganizationSummary::getName, (a, b) -> a));
    }

    private FindPeopleResponse people(GetPeopleRequest request) {
        return call(() -> talent.withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS).getPeople(request));
    }

    private <T> T call(Supplier<T> grpcCall) {
        return remote.call(grpcCall);
    }
}
