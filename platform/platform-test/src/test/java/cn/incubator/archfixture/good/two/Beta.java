package cn.incubator.archfixture.good.two;

public class Beta {
}
