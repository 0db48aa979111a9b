package cn.incubator.grants.award;

import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;

/**
 * A programme's ledger (资金台账): the pool its funders committed, what awards committed of it, and what was paid.
 * Available and unpaid are derived, so {@code pool = committed + available} and {@code committed = paid + unpaid}
 * hold by construction; what can break them (committing beyond the pool, paying beyond the committed) is refused.
 */
public record ProgrammeLedger(BigDecimal pool, BigDecimal committed, BigDecimal paid) {

    public ProgrammeLedger {
        pool = Yuan.of(pool);
        committed = Yuan.of(committed);
        paid = Yuan.of(paid);
        if (pool.signum() < 0 || committed.signum() < 0 || paid.signum() < 0) {
            throw new IllegalArgumentException("Negative ledger amount");
        }
        if (committed.compareTo(pool) > 0 || paid.compareTo(committed) > 0) {
            throw new IllegalArgumentException("Ledger out of balance: " + pool + " / " + committed + " / " + paid);
        }
    }

    public BigDecimal available() {
        return pool.subtract(committed);
    }

    public BigDecimal unpaid() {
        return committed.subtract(paid);
    }

    /** @throws RuleViolationException ({@code pool-exceeded}) when the award would commit more than is available */
    public ProgrammeLedger commit(BigDecimal amount) {
        requirePositive(amount);
        if (amount.compareTo(available()) > 0) {
            throw new RuleViolationException("pool-exceeded", amount.toPlainString(), available().toPlainString());
        }
        return new ProgrammeLedger(pool, committed.add(amount), paid);
    }

    /**
     * @throws RuleViolationException ({@code payment-exceeds-unpaid}) when the payment is more than what is
     *                                committed and unpaid
     */
    public ProgrammeLedger pay(BigDecimal amount) {
        requirePositive(amount);
        if (amount.compareTo(unpaid()) > 0) {
            throw new RuleViolationException("payment-exceeds-unpaid", amount.toPlainString(),
                    unpaid().toPlainString());
        }
        return new ProgrammeLedger(pool, committed, paid.add(amount));
    }

    private static void requirePositive(BigDecimal amount) {
        if (amount.signum() <= 0 || !Yuan.isExact(amount)) {
            throw new IllegalArgumentException("Not a positive amount in yuan: " + amount);
        }
    }
}
