package cn.incubator.platform.handover;

import java.time.Instant;
import java.util.List;
import cn.incubator.platform.jurisdiction.Jurisdiction;

/** The parent reached in process (its {@link HandoverExport} on its own database): for tests and tooling. */
public record LocalHandoverSource(HandoverExport parent, Jurisdiction subtree, String node) implements HandoverSource {

    @Override
    public Instant fence() {
        return parent.fence(subtree, node);
    }

    @Override
    public SubtreeTables.Page page(String table, List<String> afterKey, int limit) {
        return parent.page(table, subtree, afterKey, limit);
    }

    @Override
    public SubtreeTables.Summary summary(String table) {
        return parent.summary(table, subtree);
    }

    @Override
    public void switchOwner() {
        parent.switchOwner(subtree, node);
    }

    @Override
    public HandoverExport.Retired retire() {
        return parent.retire(subtree, node);
    }
}
