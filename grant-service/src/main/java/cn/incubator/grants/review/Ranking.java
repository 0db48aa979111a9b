package cn.incubator.grants.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ranks a round's proposals by their experts' scores (排序). Plain Java, no Spring, so the rule can be read and
 * tested on its own.
 *
 * <p><b>Score of one expert</b>: the weighted share of the rubric, 0 to 100: Σ(score / max × weight) / Σ weight × 100.
 * <b>Expert score of a proposal</b>: the mean of its experts' scores; with five or more experts the highest and the
 * lowest are dropped first (去掉一个最高分和一个最低分). <b>Total</b>: the expert score plus the round's priority bonus
 * for a prioritized organization (party star rating or incubation graduation). Scores are kept to 4 decimals,
 * rounded half-up.
 *
 * <p><b>Ties</b> are broken, in order, by: priority first; the higher lowest single expert score (the proposal no
 * expert rated poorly); the smaller request (the pool goes further); the earlier submission; and finally the
 * proposal id (in the order of its text, as the database sorts it), so that the order is always total and repeatable.
 */
public final class Ranking {

    static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** From this many experts on, the highest and lowest scores are dropped. */
    static final int TRIM_FROM = 5;

    private final List<Criterion> rubric;
    private final BigDecimal priorityBonus;
    private final BigDecimal totalWeight;

    public Ranking(List<Criterion> rubric, BigDecimal priorityBonus) {
        if (rubric.isEmpty()) {
            throw new IllegalArgumentException("A rubric needs at least one criterion");
        }
        if (priorityBonus.signum() < 0) {
            throw new IllegalArgumentException("The priority bonus cannot be negative");
        }
        this.rubric = List.copyOf(rubric);
        this.priorityBonus = priorityBonus;
        this.totalWeight = rubric.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The proposals in rank order, 1 first. Every candidate needs at least one complete score sheet. */
    public List<Ranked> rank(List<Candidate> candidates) {
        List<Ranked> scored = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            scored.add(score(candidate));
        }
        scored.sort(ORDER);
        List<Ranked> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Ranked r = scored.get(i);
            ranked.add(new Ranked(r.candidate(), i + 1, r.expertScore(), r.total(), r.lowestExpertScore()));
        }
        return ranked;
    }

    /** Best first: total, then the documented tie-breaks. */
    static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::total).reversed()
            .thenComparing(r -> !r.candidate().priority())
            .thenComparing(Comparator.comparing(Ranked::lowestExpertScore).reversed())
            .thenComparing(r -> r.candidate().requested())
            .thenComparing(r -> r.candidate().submittedAt())
            .thenComparing(r -> r.candidate().proposalId(), Ranking::compareIds);

    /**
     * Ids in the order PostgreSQL and their text give them: byte by byte, unsigned. ({@link UUID#compareTo} compares
     * the halves as signed numbers, which puts {@code 8…} to {@code f…} before {@code 0…}.)
     */
    static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    Ranked score(Candidate candidate) {
        if (candidate.sheets().isEmpty()) {
            throw new IllegalArgumentException("Proposal " + candidate.proposalId() + " has no score sheet");
        }
        BigDecimal[] sheets = new BigDecimal[candidate.sheets().size()];
        for (int i = 0; i < sheets.length; i++) {
            sheets[i] = weighted(candidate.sheets().get(i));
        }
        Arrays.sort(sheets);
        int from = sheets.length >= TRIM_FROM ? 1 : 0;
        int to = sheets.length >= TRIM_FROM ? sheets.length - 1 : sheets.length;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            sum = sum.add(sheets[i]);
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(to - from), SCALE, RoundingMode.HALF_UP);
        BigDecimal total = candidate.priority() ? mean.add(priorityBonus).setScale(SCALE, RoundingMode.HALF_UP) : mean;
        return new Ranked(candidate, 0, mean, total, sheets[0]);
    }

    /** One expert's sheet as a share of the rubric, 0 to 100. */
    BigDecimal weighted(Sheet sheet) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion criterion : rubric) {
            BigDecimal score = sheet.scores().get(criterion.code());
            if (score == null) {
                throw new IllegalArgumentException("Sheet of " + sheet.expertId() + " lacks " + criterion.code());
            }
            if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0) {
                throw new IllegalArgumentException("Score " + score + " outside 0.." + criterion.maxScore());
            }
            sum = sum.add(score.multiply(criterion.weight()).divide(BigDecimal.valueOf(criterion.maxScore()), 10,
                    RoundingMode.HALF_UP));
        }
        return sum.multiply(HUNDRED).divide(totalWeight, SCALE, RoundingMode.HALF_UP);
    }

    /** A criterion of the rubric (评分细则): its weight among the others and the highest score an expert may give. */
    public record Criterion(String code, BigDecimal weight, int maxScore) {
        public Criterion {
            if (weight.signum() <= 0 || maxScore <= 0) {
                throw new IllegalArgumentException("Weight and maximum score must be positive");
            }
        }
    }

    /** One expert's scores of one proposal, by criterion code. */
    public record Sheet(String expertId, Map<String, BigDecimal> scores) {
    }

    /**
     * A proposal to rank.
     *
     * @param limit    the most it may get: the request, or less when a plan or round cap is lower
     * @param priority whether the organization has the priority the round gives (star rating, graduation)
     */
    public record Candidate(UUID proposalId, BigDecimal requested, BigDecimal limit, Instant submittedAt,
            boolean priority, List<Sheet> sheets) {
        public Candidate {
            if (limit.compareTo(requested) > 0) {
                throw new IllegalArgumentException("The limit is never above the request");
            }
        }
    }

    /** A proposal with its place and scores. */
    public record Ranked(Candidate candidate, int rank, BigDecimal expertScore, BigDecimal total,
            BigDecimal lowestExpertScore) {
    }
}
