package cn.incubator.incubation.cases;

/** Which way through the base an organization goes. */
public enum Track {
    /** 孵化区: start-ups and grassroots groups through the five stages. */
    INCUBATION,
    /** 入驻区: registered, more mature organizations; admitted, evaluated yearly, exit. */
    RESIDENT
}
