package cn.incubator.platform.scope;

import cn.incubator.platform.identity.CurrentUser;
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

    public Node node() {
        return node;
    }
}
