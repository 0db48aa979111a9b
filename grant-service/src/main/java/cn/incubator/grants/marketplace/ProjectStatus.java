package cn.incubator.grants.marketplace;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

/**
 * A community project (社区项目) on the marketplace: open for offers (征集中) → assigned to the chosen organization
 * (已选定) → in delivery once the first step is logged (实施中) → done when the poster confirms (已完成); cancelled
 * (已撤销) before delivery starts.
 */
public enum ProjectStatus {
    OPEN, ASSIGNED, IN_DELIVERY, DONE, CANCELLED;

    public enum Action {
        OFFER, CHOOSE, LOG_STEP, COMPLETE, CANCEL
    }

    /** The whole lifecycle of a community project. */
    public static final Lifecycle<ProjectStatus, Action> LIFECYCLE = Lifecycle.of(ProjectStatus.class, Action.class)
            .allow(OPEN, Action.OFFER, OPEN)
            .allow(OPEN, Action.CHOOSE, ASSIGNED)
            .allow(EnumSet.of(ASSIGNED, IN_DELIVERY), Action.LOG_STEP, IN_DELIVERY)
            .allow(IN_DELIVERY, Action.COMPLETE, DONE)
            .allow(EnumSet.of(OPEN, ASSIGNED), Action.CANCEL, CANCELLED)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public ProjectStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
