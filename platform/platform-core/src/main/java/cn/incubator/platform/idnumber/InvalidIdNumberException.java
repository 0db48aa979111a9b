package cn.incubator.platform.idnumber;

/**
 * Thrown when a string is not a valid resident identity card number (公民身份号码).
 *
 * <p>The message never contains the rejected number: it is personal data and exception messages end up
 * in logs.
 */
public class InvalidIdNumberException extends IllegalArgumentException {

    /** Why the number was rejected, in the order the checks run. */
    public enum Reason {
        /** Not 18 characters. */
        LENGTH,
        /** Not 17 digits followed by a digit or X. */
        CHARACTER,
        /** Positions 7–14 are not a real date between 1900-01-01 and today. */
        BIRTH_DATE,
        /** The 18th character does not match the one computed from the first 17. */
        CHECK_CHARACTER
    }

    private final Reason reason;

    public InvalidIdNumberException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
