package cn.incubator.platform.jurisdiction;

/** Thrown when a string is not an acceptable division code (行政区划代码). */
public class InvalidJurisdictionException extends IllegalArgumentException {

    /** Why the code was rejected. */
    public enum Reason {
        /** Not 6, 9 or 12 digits, or a combination of parts no code can have. */
        MALFORMED,
        /** Well-formed, but absent from the division table. */
        UNKNOWN
    }

    private final Reason reason;
    private final String input;

    public InvalidJurisdictionException(Reason reason, String input, String message) {
        super(message);
        this.reason = reason;
        this.input = input;
    }

    public Reason reason() {
        return reason;
    }

    /** The rejected input, as given. */
    public String input() {
        return input;
    }
}
