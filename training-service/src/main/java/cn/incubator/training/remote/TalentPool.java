package cn.incubator.training.remote;

import cn.incubator.contracts.registry.v1.FindPeopleResponse;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import cn.incubator.platform.problem.FieldProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * Trainers (培训师) are chosen from the registry's talent pool (人才库), read over gRPC (registry.v1.TalentDirectory)
 * with the caller's token (so the registry applies the caller's data scope: a hub chooses from its street, the county
 * from the county), a deadline and the "registry" circuit breaker. A person the pool does not have, or the caller may
 * not see, is bad input naming the field (400); a registry that does not answer in time is a 503 problem that says to
 * retry, and the caller's change stores nothing (the check runs before any write).
 */
@Component
public class TalentPool {

    static final String SERVICE = "registry";

    private final RemoteChannel remote;
    private final TalentDirectoryGrpc.TalentDirectoryBlockingStub talent;

    TalentPool(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.training.registry-deadline:2s}") Duration deadline) {
        this.remote = new RemoteChannel(SERVICE, channels, calls, deadline);
        // Wait (within the deadline) for a connection being made, so a registry that has just come back is used.
        this.talent = TalentDirectoryGrpc.newBlockingStub(remote.channel()).withWaitForReady();
    }

    /**
     * Every one of a course's trainers is a person of the pool the caller (whose token is on the thread) sees.
     *
     * @throws FieldProblemException naming each unknown id as {@code trainerIds[i]}
     */
    public void requireTrainers(List<UUID> trainerIds) {
        if (trainerIds.isEmpty()) {
            return;
        }
        Set<String> known = ask(GetPeopleRequest.newBuilder()
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
        boolean known = ask(GetPeopleRequest.newBuilder().addUsernames(username).build())
                .getPeopleList().stream().anyMatch(p -> username.equals(p.getUsername()));
        if (!known) {
            throw new FieldProblemException(field, "TalentPool.unknownAccount", username);
        }
    }

    private FindPeopleResponse ask(GetPeopleRequest request) {
        // The caller's token travels with the call (the platform's client interceptor); the registry scopes by it.
        return remote.call(() -> talent.withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                .getPeople(request));
    }
}
