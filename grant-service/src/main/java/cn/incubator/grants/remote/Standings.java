package cn.incubator.grants.remote;

import cn.incubator.contracts.incubation.v1.GetIncubationStandingsRequest;
import cn.incubator.contracts.incubation.v1.IncubationRecordsGrpc;
import cn.incubator.contracts.partybuilding.v1.GetLatestStarRatingsRequest;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.rollup.CentralNodeDirectory;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * What other services know about applicants that earns them priority in a round: the latest party star rating
 * (星级评定, party-building) and incubation graduation (出壳, incubation). One call per service per ranking, with the
 * caller's token, so each service answers within the caller's scope.
 *
 * <p>Incubation is asked where each organization's cases are: a street node (节点) running incubation whose subtree
 * holds the organization's place keeps them after its handover, so its organizations are asked of it
 * ({@link HoldingNodes}), the others of this node's incubation: one call per node holding some of them. A node that
 * does not answer fails the call as this node's incubation would (a 503 problem naming it, {@code incubation@xingsha}),
 * so a ranking is never made without a graduate's priority.
 */
@Component
public class Standings implements DisposableBean {

    private final RemoteChannel partyBuilding;
    private final RemoteChannel incubation;
    private final StarRatingsGrpc.StarRatingsBlockingStub ratings;
    private final IncubationRecordsGrpc.IncubationRecordsBlockingStub records;
    private final HoldingNodes incubationNodes;

    Standings(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.grants.remote-deadline:2s}") Duration deadline,
            ObjectProvider<CentralNodeDirectory> directory, ObjectProvider<Node> node) {
        this.partyBuilding = new RemoteChannel("party-building", channels, calls, deadline);
        this.incubation = new RemoteChannel("incubation", channels, calls, deadline);
        this.ratings = StarRatingsGrpc.newBlockingStub(partyBuilding.channel()).withWaitForReady();
        this.records = IncubationRecordsGrpc.newBlockingStub(incubation.channel()).withWaitForReady();
        CentralNodeDirectory nodes = directory.getIfAvailable();
        Node self = node.getIfAvailable();
        this.incubationNodes = new HoldingNodes("incubation",
                () -> nodes == null ? List.of() : nodes.nodesRunning("incubation"),
                self == null ? null : self.name(), channels, calls, deadline);
    }

    /** Stars of each organization's latest rating; organizations without one are absent. */
    public Map<UUID, Integer> latestStars(Collection<UUID> organizations) {
        return partyBuilding.call(() -> ratings.withDeadlineAfter(partyBuilding.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .getLatestStarRatings(GetLatestStarRatingsRequest.newBuilder()
                                .addAllOrganizationIds(organizations.stream().map(UUID::toString).toList()).build()))
                .getRatingsList().stream()
                .collect(Collectors.toMap(r -> UUID.fromString(r.getOrganizationId()), r -> r.getStars(), Math::max));
    }

    /**
     * The organizations among those asked for (each with its own place) that graduated from incubation (出壳), each
     * asked of the incubation holding its place.
     */
    public Set<UUID> graduated(Map<UUID, Jurisdiction> organizations) {
        Map<Optional<NodeEndpoint>, List<UUID>> byHolder = new LinkedHashMap<>();
        organizations.forEach((organization, place) -> byHolder
                .computeIfAbsent(incubationNodes.holderOf(place), holder -> new ArrayList<>()).add(organization));
        Set<UUID> graduated = new HashSet<>();
        byHolder.forEach((holder, asked) -> graduated.addAll(holder
                .map(node -> incubationNodes.call(node, channel -> graduates(
                        IncubationRecordsGrpc.newBlockingStub(channel).withWaitForReady(),
                        incubationNodes.deadlineMillis(), asked)))
                .orElseGet(() -> incubation.call(() -> graduates(records, incubation.deadlineMillis(), asked)))));
        return graduated;
    }

    private static Set<UUID> graduates(IncubationRecordsGrpc.IncubationRecordsBlockingStub stub, long deadlineMillis,
            List<UUID> organizations) {
        return stub.withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS)
                .getIncubationStandings(GetIncubationStandingsRequest.newBuilder()
                        .addAllOrganizationIds(organizations.stream().map(UUID::toString).toList()).build())
                .getStandingsList().stream()
                .filter(s -> s.getGraduated())
                .map(s -> UUID.fromString(s.getOrganizationId()))
                .collect(Collectors.toSet());
    }

    HoldingNodes incubationNodes() {
        return incubationNodes;
    }

    /** The street nodes' channels are this bean's: shut down with it (Spring gRPC closes the configured ones). */
    @Override
    public void destroy() {
        incubationNodes.close();
    }
}
