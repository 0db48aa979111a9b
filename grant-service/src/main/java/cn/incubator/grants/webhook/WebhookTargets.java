package cn.incubator.grants.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a webhook may point: an http(s) URL whose host resolves only to public addresses, so a partner cannot make
 * the service call into its own network (the services, the database, the cloud metadata address). Deployments whose
 * receivers are local (the local platform, tests) allow private networks.
 */
public record WebhookTargets(boolean allowPrivateNetworks) {

    /** Why the URL is refused (a message key), or empty when it may be called. */
    public Optional<String> refusal(URI url) {
        if (url.getHost() == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
                || url.getUserInfo() != null) {
            return Optional.of("Webhook.url");
        }
        if (allowPrivateNetworks) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isPrivate(address)) {
                    return Optional.of("Webhook.url.private");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("Webhook.url.unresolvable");
        }
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        // fc00::/7, IPv6 unique local addresses, which InetAddress does not classify as site-local
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal;
    }
}
