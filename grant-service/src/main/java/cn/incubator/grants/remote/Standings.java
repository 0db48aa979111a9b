package cn.incubator.grants.remote;

import cn.incubator.contracts.incubation.v1.GetIncubationStandingsRequest;
import cn.incubator.contracts.incubation.v1.IncubationRecordsGrpc;
import cn.incubator.contracts.partybuilding.v1.GetLatestStarRatingsRequest;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * What other services know about applicants that earns them priority in a round: the latest party star rating
 * (星级评定, party-building) and incubation graduation (出壳, incubation). One call per service per ranking, with the
 * caller's token, so each service answers within the caller's scope.
 */
@Component
public class Standings {

    private final RemoteChannel partyBuilding;
    private final RemoteChannel incubation;
    private final StarRatingsGrpc.StarRatingsBlockingStub ratings;
    private final IncubationRecordsGrpc.IncubationRecordsBlockingStub records;

    Standings(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.grants.remote-deadline:2s}") Duration deadline) {
        this.partyBuilding = new RemoteChannel("party-building", channels, calls, deadline);
        this.incubation = new RemoteChannel("incubation", channels, calls, deadline);
        this.ratings = StarRatingsGrpc.newBlockingStub(partyBuilding.channel()).withWaitForReady();
        this.records = IncubationRecordsGrpc.newBlockingStub(incubation.channel()).withWaitForReady();
    }

    /** Stars of each organization's latest rating; organizations without one are absent. */
    public Map<UUID, Integer> latestStars(Collection<UUID> organizations) {
        return partyBuilding.call(() -> ratings.withDeadlineAfter(partyBuilding.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .getLatestStarRatings(GetLatestStarRatingsRequest.newBuilder()
                                .addAllOrganizationIds(organizations.stream().map(UUID::toString).toList()).build()))
                .getRatingsList().stream()
                .collect(Collectors.toMap(r -> UUID.fromString(r.getOrganizationId()), r -> r.getStars(), Math::max));
    }

    /** The organizations among those asked for that graduated from incubation (出壳). */
    public java.util.Set<UUID> graduated(Collection<UUID> organizations) {
        return incubation.call(() -> records.withDeadlineAfter(incubation.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .getIncubationStandings(GetIncubationStandingsRequest.newBuilder()
                                .addAllOrganizationIds(organizations.stream().map(UUID::toString).toList()).build()))
                .getStandingsList().stream()
                .filter(s -> s.getGraduated())
                .map(s -> UUID.fromString(s.getOrganizationId()))
                .collect(Collectors.toSet());
    }
}
