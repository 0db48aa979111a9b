package cn.incubator.registry.organization;

/** What can happen to an organization along its lifecycle. */
public enum LifecycleAction {
    /** 登记: a social group, social-service organization or foundation obtains its certificate. */
    REGISTER,
    /** 备案: a community social organization is filed with its street. */
    FILE,
    /** 换届: the board is renewed (new term, possibly a new legal representative); the status stays. */
    RENEW_BOARD,
    /** 注销. */
    CANCEL
}
