package cn.incubator.archfixture.bad.two;

import cn.incubator.archfixture.bad.one.Gamma;

public class Delta {
    public Gamma gamma() {
        return Gamma.OPEN;
    }
}
