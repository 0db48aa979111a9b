package cn.incubator.platform.creditcode;

/** Thrown when a string is not a well-formed unified social credit code (统一社会信用代码). */
public class InvalidCreditCodeException extends IllegalArgumentException {

    /** Why the code was rejected, in the order the checks run. */
    public enum Reason {
        /** Not 18 characters (17 where only the part before the check character is expected). */
        LENGTH,
        /** A character outside the code's alphabet, or a non-digit in the division code part. */
        CHARACTER,
        /** The 18th character does not match the one computed from the first 17. */
        CHECK_CHARACTER
    }

    private final Reason reason;

    public InvalidCreditCodeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
