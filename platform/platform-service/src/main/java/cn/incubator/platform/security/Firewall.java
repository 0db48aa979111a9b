package cn.incubator.platform.security;

import cn.incubator.platform.text.AssignedText;
import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with the same rules as its default, checked without a regular expression.
 *
 * <p>By default {@link StrictHttpFirewall} accepts a header or parameter name or value only when it matches
 * {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, and it checks a header each time the header is read. The bearer token
 * (about 1,400 characters from Keycloak) was matched character by character through that pattern on every request,
 * several percent of a service's CPU for a short read (docs/decisions.md, "Services under load"). {@link #ALLOWED}
 * accepts exactly the same strings: every code point assigned and not a control character ({@code Cc}), with a fast
 * path for printable ASCII.
 */
public final class Firewall {

    /** Every code point of the text is assigned and not a control character: the default rule, as a loop. */
    public static final Predicate<String> ALLOWED = Firewall::assignedAndNotControl;

    private Firewall() {
    }

    public static StrictHttpFirewall strict() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ALLOWED);
        firewall.setAllowedHeaderValues(ALLOWED);
        firewall.setAllowedParameterNames(ALLOWED);
        firewall.setAllowedParameterValues(ALLOWED);
        return firewall;
    }

    static boolean assignedAndNotControl(String text) {
        return AssignedText.assignedAndNotControl(text, false);
    }
}
