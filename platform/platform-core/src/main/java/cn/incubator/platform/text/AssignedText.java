package cn.incubator.platform.text;

/**
 * The rule Spring Security's strict firewalls apply to header (and parameter) names and values, as a loop instead of
 * their regular expression {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: every code point assigned and not a control
 * character ({@code Cc}), with a fast path for printable ASCII. The firewalls check a header each time it is read,
 * and matching the ~1.4 KB bearer token through the regular expression on every request was several percent of a
 * service's and the gateway's CPU (docs/decisions.md). The servlet firewall ({@code platform-service} Firewall) and
 * the gateway's reactive one (which also allows a tab in a header value) use it; their tests compare it with Spring's
 * patterns.
 */
public final class AssignedText {

    private AssignedText() {
    }

    /** Whether every code point of {@code text} is assigned and not a control character (but a tab, if allowed). */
    public static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
