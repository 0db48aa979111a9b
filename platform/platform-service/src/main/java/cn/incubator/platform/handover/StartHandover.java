package cn.incubator.platform.handover;

/**
 * A handover to start on the new node, for the service it is started on.
 *
 * @param jurisdiction the 12-digit code of the subtree this node takes over
 * @param node         this node's name in the directory (registered as joining)
 * @param parent       the base URL of the same service on the parent node, which holds the subtree's records until now
 */
public record StartHandover(String jurisdiction, String node, String parent) {
}
