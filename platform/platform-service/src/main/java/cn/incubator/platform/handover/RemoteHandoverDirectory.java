package cn.incubator.platform.handover;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.net.URI;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The central registry's node directory over its internal API ({@code /internal/node-directory/{node}/handovers}), as
 * the platform's service client: how a parent other than the registry reports its switch and learns whether the
 * joining node is active.
 *
 * @param registry the central registry's base URL, or {@code null} where none is configured (every call then fails,
 *                 and the job stops at its switch with that reason)
 */
public record RemoteHandoverDirectory(RestClient client, URI registry) implements HandoverDirectory {

    /** Below the node directory's own base, as the registry serves it. */
    public static final String PATH = "/internal/node-directory/{node}/handovers";

    @Override
    public NodeHandovers switched(String node, String service, Jurisdiction subtree) {
        return client.post().uri(base().path(PATH + "/{service}").queryParam("jurisdiction", subtree.code())
                .buildAndExpand(node, service).toUri()).retrieve().body(NodeHandovers.class);
    }

    @Override
    public NodeHandovers status(String node) {
        return client.get().uri(base().path(PATH).buildAndExpand(node).toUri()).retrieve().body(NodeHandovers.class);
    }

    private UriComponentsBuilder base() {
        if (registry == null) {
            throw new IllegalStateException("No central registry configured for the node directory "
                    + "(incubator.handover.directory-url or incubator.services.registry)");
        }
        return UriComponentsBuilder.fromUri(registry);
    }
}
