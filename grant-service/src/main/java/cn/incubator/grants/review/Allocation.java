package cn.incubator.grants.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * How a round's available money is shared among its ranked proposals (分配). Plain Java, no Spring.
 *
 * <p><b>Limit</b> of a proposal: the smallest of its request, its plan's cap and the round's cap per award
 * ({@link #limit}). <b>Recommendation</b>: in rank order each proposal is recommended its limit while that fits in
 * what is left of the pool. At the first proposal that does not fit, allocation stops, so a lower-ranked proposal is
 * never funded ahead of a higher-ranked one; when the round allows a <b>partial last grant</b>, that proposal gets
 * what is left instead, and allocation stops after it. <b>Committee adjustment</b> (评审委员会调整) may change any
 * amount, with a reason, as long as it stays between 0 and the proposal's limit and the sum within the pool.
 * Amounts are yuan with 2 decimals.
 */
public final class Allocation {

    private final BigDecimal available;
    private final List<Grant> grants;

    private Allocation(BigDecimal available, List<Grant> grants) {
        this.available = available;
        this.grants = Collections.unmodifiableList(grants);
    }

    /** The tightest of the request and any caps ({@code null} caps do not apply). */
    public static BigDecimal limit(BigDecimal requested, BigDecimal... caps) {
        BigDecimal limit = requested;
        for (BigDecimal cap : caps) {
            if (cap != null && cap.compareTo(limit) < 0) {
                limit = cap;
            }
        }
        return limit.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Allocation allocate(List<Ranking.Ranked> ranked, BigDecimal available, boolean partialLastGrant) {
        if (available.signum() < 0) {
            throw new IllegalArgumentException("Available money cannot be negative");
        }
        BigDecimal left = available.setScale(2, RoundingMode.UNNECESSARY);
        boolean stopped = false;
        List<Grant> grants = new ArrayList<>(ranked.size());
        for (Ranking.Ranked r : ranked) {
            BigDecimal limit = r.candidate().limit().setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal amount = BigDecimal.ZERO.setScale(2);
            if (!stopped) {
                if (limit.compareTo(left) <= 0) {
                    amount = limit;
                } else {
                    stopped = true;
                    if (partialLastGrant) {
                        amount = left;
                    }
                }
                left = left.subtract(amount);
            }
            grants.add(new Grant(r.candidate().proposalId(), r.rank(), limit, amount, amount));
        }
        return new Allocation(available.setScale(2, RoundingMode.UNNECESSARY), grants);
    }

    /** An allocation as stored (after ranking and any adjustments), to adjust further. */
    public static Allocation of(List<Grant> grants, BigDecimal available) {
        return new Allocation(available.setScale(2, RoundingMode.UNNECESSARY), new ArrayList<>(grants));
    }

    /** The same allocation with one proposal's amount changed by the committee, or a refusal saying why. */
    public Allocation adjust(UUID proposalId, BigDecimal amount) {
        if (amount.signum() < 0 || amount.scale() > 2) {
            throw new AllocationRefused(AllocationRefused.Reason.INVALID_AMOUNT);
        }
        BigDecimal exact = amount.setScale(2, RoundingMode.UNNECESSARY);
        List<Grant> changed = new ArrayList<>(grants.size());
        boolean found = false;
        for (Grant grant : grants) {
            if (grant.proposalId().equals(proposalId)) {
                found = true;
                if (exact.compareTo(grant.limit()) > 0) {
                    throw new AllocationRefused(AllocationRefused.Reason.ABOVE_LIMIT);
                }
                changed.add(new Grant(grant.proposalId(), grant.rank(), grant.limit(), grant.recommended(), exact));
            } else {
                changed.add(grant);
            }
        }
        if (!found) {
            throw new AllocationRefused(AllocationRefused.Reason.NOT_RANKED);
        }
        Allocation adjusted = new Allocation(available, changed);
        if (adjusted.total().compareTo(available) > 0) {
            throw new AllocationRefused(AllocationRefused.Reason.ABOVE_POOL);
        }
        return adjusted;
    }

    public List<Grant> grants() {
        return grants;
    }

    public BigDecimal available() {
        return available;
    }

    public BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Grant grant : grants) {
            total = total.add(grant.amount());
        }
        return total;
    }

    /** One ranked proposal's share: its limit, what ranking recommended, and what it gets now. */
    public record Grant(UUID proposalId, int rank, BigDecimal limit, BigDecimal recommended, BigDecimal amount) {
        public boolean funded() {
            return amount.signum() > 0;
        }
    }

    /** A committee adjustment the rules do not allow. */
    public static final class AllocationRefused extends RuntimeException {

        /** Why: a negative or sub-fen amount, above the proposal's limit, above the pool, or not a ranked proposal. */
        public enum Reason { INVALID_AMOUNT, ABOVE_LIMIT, ABOVE_POOL, NOT_RANKED }

        private final Reason reason;

        AllocationRefused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
