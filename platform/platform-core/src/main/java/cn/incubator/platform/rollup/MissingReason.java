package cn.incubator.platform.rollup;

import java.util.Locale;

/** Why a node's figures are missing from a roll-up. */
public enum MissingReason {
    /** It did not answer within the roll-up's deadline (slow, or hanging). */
    DEADLINE_EXCEEDED,
    /** It could not be reached (refused the connection, down, shutting down). */
    UNAVAILABLE,
    /** Its circuit breaker is open after repeated failures: it was not called at all. */
    BREAKER_OPEN,
    /** It refused the call (not authorized, or the prefix is not one it accepts). */
    REFUSED,
    /** Any other failure. */
    FAILED;

    /** The reason as it appears in answers and headers: {@code deadline-exceeded}, {@code breaker-open}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
