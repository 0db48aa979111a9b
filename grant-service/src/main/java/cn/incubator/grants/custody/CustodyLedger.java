package cn.incubator.grants.custody;

import cn.incubator.grants.award.Yuan;
import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;

/**
 * The balance an agreement holds for the organization (代管资金余额): deposits raise it, spending lowers it, and
 * spending more than the balance is refused, so the balance never goes below zero.
 */
public record CustodyLedger(BigDecimal balance) {

    public CustodyLedger {
        balance = Yuan.of(balance);
        if (balance.signum() < 0) {
            throw new IllegalArgumentException("Negative custody balance " + balance);
        }
    }

    public CustodyLedger deposit(BigDecimal amount) {
        return new CustodyLedger(balance.add(positive(amount)));
    }

    /** @throws RuleViolationException ({@code custody-insufficient}) when the spending is more than the balance */
    public CustodyLedger spend(BigDecimal amount) {
        if (positive(amount).compareTo(balance) > 0) {
            throw new RuleViolationException("custody-insufficient", amount.toPlainString(), balance.toPlainString());
        }
        return new CustodyLedger(balance.subtract(amount));
    }

    private static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || !Yuan.isExact(amount)) {
            throw new IllegalArgumentException("Not a positive amount in yuan: " + amount);
        }
        return Yuan.of(amount);
    }
}
