package cn.incubator.registry.node;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data: the node directory emptied behind the service's back, its version raised as a change through it would. */
public final class TierNodes {

    private TierNodes() {
    }

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM tier_node").update();
        jdbc.sql("UPDATE tier_node_directory SET version = version + 1").update();
    }
}
