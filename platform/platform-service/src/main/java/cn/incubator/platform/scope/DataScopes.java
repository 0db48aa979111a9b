package cn.incubator.platform.scope;

import cn.incubator.platform.handover.SubtreeFences;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;

/** Makes the {@link DataScope} of a caller on this node. */
public class DataScopes {

    private final Node node;
    private final SubtreeFences fences;

    public DataScopes(Node node) {
        this(node, null);
    }

    public DataScopes(Node node, SubtreeFences fences) {
        this.node = node;
        this.fences = fences;
    }

    public DataScope of(CurrentUser user) {
        return DataScope.of(user, node, fences);
    }

    /**
     * Where a caller's service-wide view defaults to when the request names no place: the subtree of this node that
     * holds the caller's scope (Hunan for a Changsha officer, Ejin Horo for an Ejin Horo officer on the demo's central
     * node), else the node's own.
     */
    public Jurisdiction defaultArea(CurrentUser user) {
        DataScope scope = of(user);
        return node.subtrees().stream()
                .filter(served -> !scope.subtrees().isEmpty() && scope.subtrees().stream().allMatch(served::contains))
                .findFirst().orElse(node.jurisdiction());
    }

    public Node node() {
        return node;
    }
}
