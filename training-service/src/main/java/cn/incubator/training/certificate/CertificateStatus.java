package cn.incubator.training.certificate;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;

/** A certificate (结业证书) is valid (有效) from its issue until revoked (已撤销). */
public enum CertificateStatus {
    VALID, REVOKED;

    public enum Action {
        REVOKE
    }

    /** The whole lifecycle of a certificate. */
    public static final Lifecycle<CertificateStatus, Action> LIFECYCLE = Lifecycle.of(CertificateStatus.class,
                    Action.class)
            .allow(VALID, Action.REVOKE, REVOKED)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public CertificateStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
