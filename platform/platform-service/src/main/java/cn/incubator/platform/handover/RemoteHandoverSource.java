package cn.incubator.platform.handover;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** The parent's same service reached over its internal handover API, as the platform's service client. */
public record RemoteHandoverSource(RestClient client, URI parent, Jurisdiction subtree, String node)
        implements HandoverSource {

    @Override
    public Instant fence() {
        return client.post().uri(uri("/fence").queryParam("node", node).build().toUri()).retrieve()
                .body(HandoverFeedController.Fenced.class).fencedAt();
    }

    @Override
    public SubtreeTables.Page page(String table, List<String> afterKey, int limit) {
        UriComponentsBuilder uri = uri("/tables/" + table).queryParam("limit", limit);
        if (afterKey != null) {
            uri.queryParam("after", afterKey.toArray());
        }
        return client.get().uri(uri.encode().build().toUri()).retrieve().body(SubtreeTables.Page.class);
    }

    @Override
    public SubtreeTables.Summary summary(String table) {
        return client.get().uri(uri("/tables/" + table + "/summary").build().toUri()).retrieve()
                .body(SubtreeTables.Summary.class);
    }

    @Override
    public void switchOwner() {
        client.post().uri(uri("/switch").queryParam("node", node).build().toUri()).retrieve().toBodilessEntity();
    }

    @Override
    public HandoverExport.Retired retire() {
        return client.post().uri(uri("/retire").queryParam("node", node).build().toUri()).retrieve()
                .body(HandoverExport.Retired.class);
    }

    private UriComponentsBuilder uri(String tail) {
        return UriComponentsBuilder.fromUri(parent).path(HandoverFeedController.BASE + subtree.code() + tail);
    }
}
