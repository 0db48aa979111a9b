package cn.incubator.gateway;

import cn.incubator.platform.text.AssignedText;

/**
 * The header values Spring Security's {@code StrictServerWebExchangeFirewall} lets through by default (every code
 * point assigned, no control character but the tab), checked by a loop instead of its regular expression
 * {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: the firewall checks a header each time it is read, and the
 * Authorization header (a ~1.3 KB token) is read several times per request (docs/decisions.md).
 * {@code HeaderValuesTest} checks both give the same answer.
 */
final class HeaderValues {

    private HeaderValues() {
    }

    /** Whether the firewall lets the value through; a missing value ({@code null}) is allowed, as by the firewall. */
    static boolean allowed(String value) {
        if (value == null) {
            return true;
        }
        return AssignedText.assignedAndNotControl(value, true);
    }
}
