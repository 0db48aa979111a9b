package cn.incubator.archfixture.bad.one;

import cn.incubator.archfixture.bad.two.Delta;
import cn.incubator.archfixture.other.OtherServiceCode;
import cn.incubator.platform.transition.Lifecycle;
import org.springframework.util.Assert;

/** Breaks every rule: another service's code, a cycle with {@link Delta}, and Spring in a lifecycle type. */
public enum Gamma {
    OPEN, CLOSED;

    public enum Action { CLOSE }

    public static final Lifecycle<Gamma, Action> LIFECYCLE = Lifecycle.of(Gamma.class, Action.class)
            .allow(OPEN, Action.CLOSE, CLOSED).build();

    public Delta delta() {
        Assert.state(this == OPEN, "open");
        return new Delta();
    }

    public OtherServiceCode other() {
        return new OtherServiceCode();
    }
}
