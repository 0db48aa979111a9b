package cn.incubator.platform.rollup;

import cn.incubator.contracts.platform.v1.GetStatisticsRequest;
import cn.incubator.contracts.platform.v1.GrantTotals;
import cn.incubator.contracts.platform.v1.IncubationPipeline;
import cn.incubator.contracts.platform.v1.NodeStatisticsGrpc;
import cn.incubator.contracts.platform.v1.PartyCoverage;
import cn.incubator.contracts.platform.v1.RegistryCounts;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.contracts.platform.v1.TrainingFigures;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tier nodes simulated as in-process gRPC servers of {@code NodeStatistics}: a live node answers its figures after
 * its latency (scheduled, no thread held), a hanging node never answers, a dead node has no server at all (the
 * channel is refused at once). Also the oracle: each live node's figures are known here as plain longs (amounts in
 * cents), independent of the protobuf sums under test.
 */
final class SimulatedNodes implements NodeDirectory, NodeChannels, AutoCloseable {

    enum Kind { LIVE, HANGING, DEAD }

    /** One node's known figures, amounts in cents. */
    record Figures(long organizations, long socialGroups, long foundations, long talents, long applied,
            long inIncubation, long graduated, long partyOrganizations, long withPartyOrganization, long awards,
            long awardedCents, long disbursedCents, long sessions, long personTimes) {

        static Figures random(Random random) {
            long organizations = 1 + random.nextInt(5_000);
            long awardedCents = random.nextLong(1, 9_999_999_999L);
            return new Figures(organizations, random.nextInt((int) organizations), random.nextInt(50),
                    random.nextInt(20_000), random.nextInt(300), random.nextInt(100), random.nextInt(200),
                    organizations, random.nextInt((int) organizations), random.nextInt(400), awardedCents,
                    random.nextLong(0, awardedCents), random.nextInt(1_000), random.nextInt(100_000));
        }

        Statistics statistics() {
            return Statistics.newBuilder()
                    .setRegistry(RegistryCounts.newBuilder().setOrganizations(organizations)
                            .setSocialGroups(socialGroups).setFoundations(foundations).setTalents(talents))
                    .setIncubation(IncubationPipeline.newBuilder().setApplied(applied).setInIncubation(inIncubation)
                            .setGraduated(graduated))
                    .setParty(PartyCoverage.newBuilder().setOrganizations(partyOrganizations)
                            .setWithPartyOrganization(withPartyOrganization))
                    .setGrants(GrantTotals.newBuilder().setAwards(awards).setAwardedAmount(yuan(awardedCents))
                            .setDisbursedAmount(yuan(disbursedCents)))
                    .setTraining(TrainingFigures.newBuilder().setSessions(sessions).setPersonTimes(personTimes))
                    .build();
        }

        /** The statistics the roll-up must equal: these figures summed as longs, cents turned into yuan once. */
        static Statistics oracle(List<Figures> figures) {
            long[] sums = new long[14];
            for (Figures f : figures) {
                long[] row = {f.organizations, f.socialGroups, f.foundations, f.talents, f.applied, f.inIncubation,
                    f.graduated, f.partyOrganizations, f.withPartyOrganization, f.awards, f.awardedCents,
                    f.disbursedCents, f.sessions, f.personTimes};
                for (int i = 0; i < row.length; i++) {
                    sums[i] = Math.addExact(sums[i], row[i]);
                }
            }
            return new Figures(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8],
                    sums[9], sums[10], sums[11], sums[12], sums[13]).statistics();
        }

        private static String yuan(long cents) {
            return BigDecimal.valueOf(cents, 2).toPlainString();
        }
    }

    /** One simulated node: its endpoint, kind, latency and figures, and the calls it received. */
    static final class SimulatedNode {
        final NodeEndpoint endpoint;
        final Kind kind;
        final long latencyMillis;
        final Figures figures;
        final AtomicInteger calls = new AtomicInteger();

        SimulatedNode(NodeEndpoint endpoint, Kind kind, long latencyMillis, Figures figures) {
            this.endpoint = endpoint;
            this.kind = kind;
            this.latencyMillis = latencyMillis;
            this.figures = figures;
        }
    }

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final String namespace = "rollup-" + UNIQUE.incrementAndGet() + "-";
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final List<SimulatedNode> nodes = new ArrayList<>();
    private final List<Server> servers = new ArrayList<>();
    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    SimulatedNode add(String name, String jurisdiction, Kind kind, long latencyMillis, Figures figures)
            throws IOException {
        NodeEndpoint endpoint = new NodeEndpoint(name, Jurisdiction.of(jurisdiction), namespace + name);
        SimulatedNode node = new SimulatedNode(endpoint, kind, latencyMillis, figures);
        nodes.add(node);
        if (kind != Kind.DEAD) {
            servers.add(InProcessServerBuilder.forName(endpoint.target()).directExecutor()
                    .addService(service(node)).build().start());
        }
        return node;
    }

    private NodeStatisticsGrpc.NodeStatisticsImplBase service(SimulatedNode node) {
        return new NodeStatisticsGrpc.NodeStatisticsImplBase() {
            @Override
            public void getStatistics(GetStatisticsRequest request, StreamObserver<Statistics> answer) {
                node.calls.incrementAndGet();
                if (node.kind == Kind.HANGING) {
                    return;
                }
                Statistics statistics = node.figures.statistics();
                timer.schedule(() -> {
                    answer.onNext(statistics);
                    answer.onCompleted();
                }, node.latencyMillis, TimeUnit.MILLISECONDS);
            }
        };
    }

    List<SimulatedNode> nodes() {
        return nodes;
    }

    SimulatedNode node(String name) {
        return nodes.stream().filter(n -> n.endpoint.name().equals(name)).findFirst().orElseThrow();
    }

    /** What the roll-up must answer when exactly {@code answered} answered. */
    Statistics oracle(List<String> answered) {
        return Figures.oracle(answered.stream().map(name -> node(name).figures).toList());
    }

    @Override
    public List<NodeEndpoint> nodesRunning(String service) {
        return nodes.stream().map(node -> node.endpoint).toList();
    }

    @Override
    public Channel channel(NodeEndpoint node) {
        return channels.computeIfAbsent(node.target(),
                target -> InProcessChannelBuilder.forName(target).directExecutor().build());
    }

    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::shutdownNow);
        servers.forEach(Server::shutdownNow);
        timer.shutdownNow();
    }
}
