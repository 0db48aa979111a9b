package cn.incubator.partybuilding.member;

/** 正式党员 or 预备党员. */
public enum Membership {
    FULL,
    PROBATIONARY
}
