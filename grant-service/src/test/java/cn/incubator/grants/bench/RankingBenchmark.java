package cn.incubator.grants.bench;

import cn.incubator.grants.review.Allocation;
import cn.incubator.grants.review.Ranking;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Benchmark (not a test): ranks and allocates 10,000 proposals with 5 expert sheets each through {@link Ranking} and
 * {@link Allocation}, and compares with a naive baseline in the same process: the same rule evaluated the obvious
 * way, each proposal's scores found by scanning one flat list of score rows and the order found by repeated selection
 * of the best remaining proposal. Run with {@code ./mvnw -B -pl grant-service -am -Pbench verify -DskipTests};
 * writes {@code benchmarks/results/grant-ranking.txt}.
 */
public final class RankingBenchmark {

    private static final List<Ranking.Criterion> RUBRIC = List.of(
            new Ranking.Criterion("NEED", new BigDecimal("25"), 25),
            new Ranking.Criterion("DESIGN", new BigDecimal("30"), 30),
            new Ranking.Criterion("CAPACITY", new BigDecimal("25"), 25),
            new Ranking.Criterion("BUDGET", new BigDecimal("20"), 20));

    public static void main(String[] args) throws IOException {
        int proposals = Integer.getInteger("bench.proposals", 10_000);
        int experts = Integer.getInteger("bench.experts", 5);
        int runs = Integer.getInteger("bench.runs", 5);
        String output = System.getProperty("bench.output", "benchmarks/results/grant-ranking.txt");
        List<Ranking.Candidate> candidates = candidates(proposals, experts, new Random(2014));
        BigDecimal pool = new BigDecimal("50000000.00");
        Ranking ranking = new Ranking(RUBRIC, new BigDecimal("3"));

        // Warm-up, so the JIT has compiled both before anything is timed.
        for (int i = 0; i < 3; i++) {
            Allocation.allocate(ranking.rank(candidates), pool, true);
            naive(candidates.subList(0, Math.min(2_000, candidates.size())), pool);
        }
        long best = Long.MAX_VALUE;
        Allocation allocation = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            allocation = Allocation.allocate(ranking.rank(candidates), pool, true);
            best = Math.min(best, System.nanoTime() - start);
        }
        long naiveStart = System.nanoTime();
        List<UUID> naiveOrder = naive(candidates, pool);
        long naiveTime = System.nanoTime() - naiveStart;
        List<UUID> order = allocation.grants().stream().map(Allocation.Grant::proposalId).toList();
        boolean same = order.equals(naiveOrder);

        String report = String.format(java.util.Locale.ROOT, """
                grant ranking + allocation benchmark (grant-service RankingBenchmark)
                proposals: %d, expert sheets per proposal: %d, rubric criteria: %d, pool: %s, partial last grant
                java %s, %d processors
                ranking + allocation (best of %d runs after warm-up): %.1f ms   (target <= 1000 ms)
                naive baseline (flat score rows, repeated selection), one run: %.1f ms
                ratio naive / ranking: %.1fx
                funded: %d of %d, allocated %s
                same order as the baseline: %s
                """, proposals, experts, RUBRIC.size(), pool.toPlainString(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), runs, best / 1e6, naiveTime / 1e6,
                (double) naiveTime / best, allocation.grants().stream().filter(Allocation.Grant::funded).count(),
                proposals, allocation.total().toPlainString(), same);
        System.out.print(report);
        Path path = Path.of(output);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, report, StandardCharsets.UTF_8);
        if (!same) {
            throw new IllegalStateException("The baseline ranks differently: one of them is wrong");
        }
    }

    private static List<Ranking.Candidate> candidates(int count, int experts, Random random) {
        List<Ranking.Candidate> candidates = new ArrayList<>(count);
        Instant opening = Instant.parse("2014-03-01T00:00:00Z");
        for (int p = 0; p < count; p++) {
            List<Ranking.Sheet> sheets = new ArrayList<>(experts);
            for (int e = 0; e < experts; e++) {
                Map<String, BigDecimal> scores = new HashMap<>();
                for (Ranking.Criterion criterion : RUBRIC) {
                    scores.put(criterion.code(), BigDecimal.valueOf(random.nextInt(criterion.maxScore() + 1)));
                }
                sheets.add(new Ranking.Sheet("expert-" + e, scores));
            }
            BigDecimal requested = BigDecimal.valueOf(5_000 + random.nextInt(45_000)).setScale(2);
            candidates.add(new Ranking.Candidate(new UUID(0, p), requested,
                    Allocation.limit(requested, new BigDecimal("30000")), opening.plusSeconds(random.nextInt(86_400 * 30)),
                    random.nextInt(10) == 0, sheets));
        }
        return candidates;
    }

    /** Score rows as a database would return them: (proposal, expert, criterion, score). */
    private record Row(UUID proposal, String expert, String criterion, BigDecimal score) {
    }

    /** The same rule done naively; returns the proposal ids in rank order. */
    private static List<UUID> naive(List<Ranking.Candidate> candidates, BigDecimal pool) {
        List<Row> rows = new ArrayList<>();
        for (Ranking.Candidate c : candidates) {
            for (Ranking.Sheet sheet : c.sheets()) {
                sheet.scores().forEach((code, score) -> rows.add(new Row(c.proposalId(), sheet.expertId(), code, score)));
            }
        }
        BigDecimal totalWeight = RUBRIC.stream().map(Ranking.Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<UUID, BigDecimal[]> keys = new HashMap<>();
        for (Ranking.Candidate c : candidates) {
            List<Row> mine = new ArrayList<>();
            for (Row row : rows) { // a scan of all score rows per proposal, as a query per proposal without index
                if (row.proposal().equals(c.proposalId())) {
                    mine.add(row);
                }
            }
            List<BigDecimal> perExpert = new ArrayList<>();
            for (Ranking.Sheet sheet : c.sheets()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Ranking.Criterion criterion : RUBRIC) {
                    for (Row row : mine) {
                        if (row.expert().equals(sheet.expertId()) && row.criterion().equals(criterion.code())) {
                            sum = sum.add(row.score().multiply(criterion.weight())
                                    .divide(BigDecimal.valueOf(criterion.maxScore()), 10, RoundingMode.HALF_UP));
                        }
                    }
                }
                perExpert.add(sum.multiply(BigDecimal.valueOf(100)).divide(totalWeight, 4, RoundingMode.HALF_UP));
            }
            perExpert.sort(null);
            List<BigDecimal> kept = perExpert.size() >= 5 ? perExpert.subList(1, perExpert.size() - 1) : perExpert;
            BigDecimal mean = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(kept.size()), 4, RoundingMode.HALF_UP);
            BigDecimal total = c.priority() ? mean.add(new BigDecimal("3")).setScale(4, RoundingMode.HALF_UP) : mean;
            keys.put(c.proposalId(), new BigDecimal[] {total, perExpert.get(0)});
        }
        List<Ranking.Candidate> left = new ArrayList<>(candidates);
        List<UUID> order = new ArrayList<>();
        while (!left.isEmpty()) {
            int best = 0;
            for (int i = 1; i < left.size(); i++) {
                if (better(left.get(i), left.get(best), keys)) {
                    best = i;
                }
            }
            order.add(left.remove(best).proposalId());
        }
        return order;
    }

    private static boolean better(Ranking.Candidate a, Ranking.Candidate b, Map<UUID, BigDecimal[]> keys) {
        BigDecimal[] ka = keys.get(a.proposalId());
        BigDecimal[] kb = keys.get(b.proposalId());
        int c = ka[0].compareTo(kb[0]);
        if (c != 0) {
            return c > 0;
        }
        if (a.priority() != b.priority()) {
            return a.priority();
        }
        c = ka[1].compareTo(kb[1]);
        if (c != 0) {
            return c > 0;
        }
        c = a.requested().compareTo(b.requested());
        if (c != 0) {
            return c < 0;
        }
        c = a.submittedAt().compareTo(b.submittedAt());
        if (c != 0) {
            return c < 0;
        }
        return a.proposalId().compareTo(b.proposalId()) < 0;
    }
}
