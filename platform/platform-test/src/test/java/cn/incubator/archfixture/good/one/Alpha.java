package cn.incubator.archfixture.good.one;

import cn.incubator.archfixture.good.two.Beta;
import cn.incubator.platform.transition.Lifecycle;

/** A well-behaved lifecycle type of a well-behaved fixture service. */
public enum Alpha {
    OPEN, CLOSED;

    public enum Action { CLOSE }

    public static final Lifecycle<Alpha, Action> LIFECYCLE = Lifecycle.of(Alpha.class, Action.class)
            .allow(OPEN, Action.CLOSE, CLOSED).build();

    public Beta beta() {
        return new Beta();
    }
}
