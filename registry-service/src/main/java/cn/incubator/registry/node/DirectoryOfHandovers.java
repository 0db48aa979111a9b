package cn.incubator.registry.node;

import cn.incubator.platform.handover.HandoverDirectory;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * The registry holds the node directory: its own handovers record their switch in process, in the transaction that
 * turns its fence into a refusal.
 */
@Component
class DirectoryOfHandovers implements HandoverDirectory {

    /** The actor of the directory's changes a handover makes. */
    static final String ACTOR = "handover";

    private final NodeDirectoryService directory;

    DirectoryOfHandovers(NodeDirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public NodeHandovers switched(String node, String service, Jurisdiction subtree) {
        return directory.handedOver(ACTOR, node, service, subtree);
    }

    @Override
    public NodeHandovers status(String node) {
        return directory.handovers(node);
    }
}
