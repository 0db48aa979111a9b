package cn.incubator.platform.rollup;

import cn.incubator.contracts.platform.v1.GetStatisticsRequest;
import cn.incubator.contracts.platform.v1.NodeStatisticsGrpc;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.rollup.SimulatedNodes.Figures;
import cn.incubator.platform.rollup.SimulatedNodes.Kind;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The roll-up benchmark (benchmarks/rollup/run.sh): a city roll-up of Changsha over simulated tier nodes, in-process
 * gRPC servers of {@code NodeStatistics} with a seeded per-node latency, some of them dead (refusing at once) or hanging
 * (never answering). Each run is timed from the call to the returned roll-up, in three ways per run, interleaved:
 * <ol>
 *   <li>the fan-out as a service runs it: one {@link FanOut} for all runs, so the dead nodes' breakers open;</li>
 *   <li>the fan-out with every breaker closed (a new breaker registry per run): every dead node is called and the
 *       hanging ones are waited for until the deadline, the worst case;</li>
 *   <li>the same calls one after another (a blocking stub, the same per-call deadline, no breaker), summed.</li>
 * </ol>
 * Every answer is checked against the oracle (the known figures of the nodes it names as answered, summed as longs);
 * a dead node counted as answered, or a wrong sum, fails the run (exit 1). No timing is asserted.
 */
public final class RollUpBenchmark {

    private static final Jurisdiction CHANGSHA = Jurisdiction.of("430100000000");

    public static void main(String[] args) throws Exception {
        int nodeCount = Integer.getInteger("bench.nodes", 100);
        int deadCount = Integer.getInteger("bench.dead", 10);
        int runs = Integer.getInteger("bench.runs", 40);
        long seed = Long.getLong("bench.seed", 14);
        Duration deadline = Duration.ofMillis(Long.getLong("bench.deadlineMillis", 250));
        String output = System.getProperty("bench.output", "");
        String target = System.getProperty("bench.target", "target");

        // One warning per partial roll-up is right in a service, noise here: the report counts them.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(FanOut.class))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new Tee(System.out, buffer), true, StandardCharsets.UTF_8);
        Random random = new Random(seed);
        int failures = 0;
        try (SimulatedNodes nodes = new SimulatedNodes()) {
            List<Jurisdiction> streets = CHANGSHA.children().stream()
                    .flatMap(district -> district.children().stream())
                    .filter(street -> street.tier() == Tier.STREET)
                    .toList();
            if (streets.size() < nodeCount - 1) {
                throw new IllegalStateException("Changsha has only " + streets.size() + " streets");
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 1; i < nodeCount; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            Set<Integer> dead = new HashSet<>(order.subList(0, deadCount));
            Set<String> deadNames = new HashSet<>();
            long[] latencies = new long[nodeCount];
            int refusing = 0;
            int hanging = 0;
            for (int i = 0; i < nodeCount; i++) {
                Jurisdiction place = i == 0 ? CHANGSHA : streets.get(i - 1);
                String name = i == 0 ? "changsha" : "street-" + place.code().substring(0, 9);
                latencies[i] = 5 + random.nextInt(36);
                Kind kind = Kind.LIVE;
                if (dead.contains(i)) {
                    kind = refusing <= hanging ? Kind.DEAD : Kind.HANGING;
                    if (kind == Kind.DEAD) {
                        refusing++;
                    } else {
                        hanging++;
                    }
                    deadNames.add(name);
                }
                nodes.add(name, place.code(), kind, latencies[i], Figures.random(random));
            }
            out.printf("Roll-up benchmark: %s%n", Instant.now());
            out.printf("Roll-up of Changsha (430100000000): %d nodes (the city node and %d street nodes) as in-process "
                    + "gRPC servers of NodeStatistics, latency per node uniform 5-40 ms (seed %d; live nodes' mean %.1f ms, "
                    + "max %d ms); %d dead: %d refusing at once (no server), %d hanging (never answer).%n",
                    nodeCount, nodeCount - 1, seed,
                    nodes.nodes().stream().filter(n -> n.kind == Kind.LIVE).mapToLong(n -> n.latencyMillis)
                            .average().orElse(0),
                    nodes.nodes().stream().filter(n -> n.kind == Kind.LIVE).mapToLong(n -> n.latencyMillis)
                            .max().orElse(0),
                    deadCount, refusing, hanging);
            out.printf("Deadline per node call %d ms; breaker per node: count window 10, opens at 50%% failures, "
                    + "open 10 s. %d measured runs of each way after 3 warm-up runs, interleaved. Time measured: from "
                    + "the call to the returned, summed answer, on the calling thread (System.nanoTime).%n",
                    deadline.toMillis(), runs);
            out.printf("Java %s, %d processors, load average at start %s%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), loadAverage());

            StatisticsRollUp service = new StatisticsRollUp(fanOut(nodes, deadline));
            List<Long> serviceTimes = new ArrayList<>();
            List<Long> coldTimes = new ArrayList<>();
            List<Long> sequentialTimes = new ArrayList<>();
            Map<MissingReason, Integer> serviceReasons = new EnumMap<>(MissingReason.class);
            Map<MissingReason, Integer> coldReasons = new EnumMap<>(MissingReason.class);
            int incomplete = 0;
            int checked = 0;
            for (int run = -3; run < runs; run++) {
                long started = System.nanoTime();
                RollUp<Statistics> rollUp = service.statistics("registry", CHANGSHA);
                long serviceNanos = System.nanoTime() - started;

                StatisticsRollUp cold = new StatisticsRollUp(fanOut(nodes, deadline));
                started = System.nanoTime();
                RollUp<Statistics> coldRollUp = cold.statistics("registry", CHANGSHA);
                long coldNanos = System.nanoTime() - started;

                started = System.nanoTime();
                Sequential sequential = sequential(nodes, deadline);
                long sequentialNanos = System.nanoTime() - started;

                for (RollUp<Statistics> answer : List.of(rollUp, coldRollUp)) {
                    failures += check(nodes, deadNames, answer.answered().stream().map(RollUp.AnsweredNode::name)
                            .toList(), answer.total(), out);
                    checked++;
                    if (answer.missing().size() != deadCount) {
                        incomplete++;
                    }
                }
                failures += check(nodes, deadNames, sequential.answered, sequential.total, out);
                checked++;
                if (run >= 0) {
                    serviceTimes.add(serviceNanos);
                    coldTimes.add(coldNanos);
                    sequentialTimes.add(sequentialNanos);
                    rollUp.missing().forEach(m -> serviceReasons.merge(m.reason(), 1, Integer::sum));
                    coldRollUp.missing().forEach(m -> coldReasons.merge(m.reason(), 1, Integer::sum));
                }
            }
            out.println();
            out.printf("%-58s %9s %9s %9s %9s%n", "way (per run: one whole roll-up)", "p50 ms", "p95 ms", "max ms",
                    "mean ms");
            row(out, "fan-out, breakers as in a service (open after failures)", serviceTimes);
            row(out, "fan-out, every breaker closed (each dead node called)", coldTimes);
            row(out, "sequential, same calls one after another", sequentialTimes);
            out.println();
            out.printf("Missing nodes over the measured runs: fan-out as in a service %s; fan-out with closed breakers "
                    + "%s.%n", serviceReasons, coldReasons);
            out.printf("Sequential p50 / fan-out p50: %.1fx (breakers as in a service), %.1fx (closed breakers). "
                    + "Target fan-out p95 <= 300 ms: %s (as in a service), %s (closed breakers).%n",
                    percentile(sequentialTimes, 50) / percentile(serviceTimes, 50),
                    percentile(sequentialTimes, 50) / percentile(coldTimes, 50),
                    percentile(serviceTimes, 95) <= 300 ? "met" : "NOT met",
                    percentile(coldTimes, 95) <= 300 ? "met" : "NOT met");
            out.printf("Answers checked against the oracle (the answered nodes' known figures summed as longs, "
                    + "amounts in cents): %d, wrong: %d; fan-out answers missing a live node as well: %d.%n",
                    checked, failures, incomplete);
            out.printf("Load average at end %s%n", loadAverage());
        }
        Path report = output.isBlank() ? Path.of(target, "rollup-benchmark.txt") : Path.of(output);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, buffer.toString(StandardCharsets.UTF_8));
        System.out.println("Report written to " + report);
        if (failures > 0) {
            System.exit(1);
        }
        System.exit(0);
    }

    private static FanOut fanOut(SimulatedNodes nodes, Duration deadline) {
        return new FanOut(nodes, nodes, CircuitBreakerRegistry.ofDefaults(),
                FanOut.defaultBreakerConfig(10, Duration.ofSeconds(10)), deadline);
    }

    private record Sequential(List<String> answered, Statistics total) {
    }

    /** The baseline: each node asked in turn with its own deadline, the answers summed. */
    private static Sequential sequential(SimulatedNodes nodes, Duration deadline) {
        List<String> answered = new ArrayList<>();
        Statistics total = StatisticsSums.zero();
        GetStatisticsRequest request = GetStatisticsRequest.newBuilder().setJurisdictionPrefix(CHANGSHA.code()).build();
        for (NodeEndpoint node : nodes.nodesFor("registry", CHANGSHA)) {
            try {
                Statistics figures = NodeStatisticsGrpc.newBlockingStub(nodes.channel(node))
                        .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).getStatistics(request);
                total = StatisticsSums.add(total, figures);
                answered.add(node.name());
            } catch (StatusRuntimeException missing) {
                // left out, as the fan-out leaves it out
            }
        }
        return new Sequential(answered, total);
    }

    private static int check(SimulatedNodes nodes, Set<String> dead, List<String> answered, Statistics total,
            PrintStream out) {
        if (answered.stream().anyMatch(dead::contains)) {
            out.println("WRONG: a dead node is counted as answered: " + answered);
            return 1;
        }
        if (!total.equals(nodes.oracle(answered))) {
            out.println("WRONG: the total is not the sum of the answered nodes' figures: " + total);
            return 1;
        }
        return 0;
    }

    private static void row(PrintStream out, String way, List<Long> nanos) {
        out.printf("%-58s %9.1f %9.1f %9.1f %9.1f%n", way, percentile(nanos, 50), percentile(nanos, 95),
                nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6,
                nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Writes to the console and to the report at once. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        Tee(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            a.write(bytes, offset, length);
            b.write(bytes, offset, length);
        }
    }
}
