package cn.incubator.platform.scope;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;

/** Makes the {@link DataScope} of a caller on this node. */
public class DataScopes {

    private final Node node;

    public DataScopes(Node node) {
        this.node = node;
    }

    public DataScope of(CurrentUser user) {
        return DataScope.of(user, node);
    }

    /**
     * Where a caller's service-wide view defaults to when the request names no place: the caller's own subtree when the
     * scope has exactly one (an Ejin Horo officer on the central node sees Ejin Horo, not Hunan), else the node's own.
     */
    public Jurisdiction defaultArea(CurrentUser user) {
        DataScope scope = of(user);
        return scope.subtrees().size() == 1 ? scope.subtrees().get(0) : node.jurisdiction();
    }

    public Node node() {
        return node;
    }
}
