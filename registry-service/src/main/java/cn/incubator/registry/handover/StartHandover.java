package cn.incubator.registry.handover;

/**
 * A handover to start on the new node.
 *
 * @param jurisdiction the 12-digit code of the subtree this node takes over
 * @param node         this node's name in the directory (registered as joining)
 * @param parent       the base URL of the parent's registry service, which holds the subtree's records until now
 */
public record StartHandover(String jurisdiction, String node, String parent) {
}
