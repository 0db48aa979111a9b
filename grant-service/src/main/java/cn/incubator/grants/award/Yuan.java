package cn.incubator.grants.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan: exact, two decimals (分), never floating point. */
public final class Yuan {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Yuan() {
    }

    /**
     * The amount with scale 2.
     *
     * @throws IllegalArgumentException for fractions of a fen, which no payment can carry
     */
    public static BigDecimal of(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("More than two decimals: " + amount, e);
        }
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** Whether the amount is exact to the fen (at most two decimals). */
    public static boolean isExact(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }
}
