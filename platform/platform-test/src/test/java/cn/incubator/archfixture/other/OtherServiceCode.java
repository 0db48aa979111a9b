package cn.incubator.archfixture.other;

public class OtherServiceCode {
}
