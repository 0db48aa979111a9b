package cn.incubator.platform.archfixture;

import cn.incubator.archfixture.other.OtherServiceCode;

/** A platform class that uses a service's code. */
public class PlatformLeak {
    public OtherServiceCode leak() {
        return new OtherServiceCode();
    }
}
