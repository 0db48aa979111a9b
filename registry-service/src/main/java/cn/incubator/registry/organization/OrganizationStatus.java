package cn.incubator.registry.organization;

import cn.incubator.registry.field.Labelled;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;

/**
 * Where an organization is in its lifecycle (生命周期) and which actions that allows: in preparation (筹建中) →
 * registered (已登记, social groups, social-service organizations, foundations) or filed (已备案, community
 * organizations) → cancelled (已注销). Board renewals (换届) happen only while registered or filed.
 */
public enum OrganizationStatus implements Labelled {
    /** 筹建中. */
    IN_PREPARATION,
    /** 已登记. */
    REGISTERED,
    /** 已备案 (community organizations). */
    FILED,
    /** 已注销. */
    CANCELLED;

    /** The lifecycle of a social group, social-service organization or foundation: registered (登记). */
    static final Lifecycle<OrganizationStatus, LifecycleAction> REGISTERED_FORMS = lifecycle(REGISTERED,
            LifecycleAction.REGISTER);

    /** The lifecycle of a community social organization: filed (备案) with its street, never registered. */
    static final Lifecycle<OrganizationStatus, LifecycleAction> FILED_FORMS = lifecycle(FILED, LifecycleAction.FILE);

    /** The whole lifecycle of an organization of {@code form}. */
    public static Lifecycle<OrganizationStatus, LifecycleAction> lifecycle(LegalForm form) {
        return form.isFiled() ? FILED_FORMS : REGISTERED_FORMS;
    }

    /**
     * The status after {@code action}, for an organization of {@code form}.
     *
     * @throws IllegalTransitionException when this status does not allow the action, or the form never takes it
     *                                    (a community organization is filed, never registered, and vice versa)
     */
    public OrganizationStatus after(LifecycleAction action, LegalForm form) {
        return lifecycle(form).after(this, action);
    }

    private static Lifecycle<OrganizationStatus, LifecycleAction> lifecycle(OrganizationStatus legal,
            LifecycleAction becomeLegal) {
        return Lifecycle.of(OrganizationStatus.class, LifecycleAction.class)
                .allow(IN_PREPARATION, becomeLegal, legal)
                .allow(legal, LifecycleAction.RENEW_BOARD, legal)
                .allow(legal, LifecycleAction.CANCEL, CANCELLED)
                .build();
    }

    /** The status in which an organization of this form legally operates: registered, or filed for a community one. */
    static OrganizationStatus legalStatusOf(LegalForm form) {
        return form.isFiled() ? FILED : REGISTERED;
    }

    /** Registered or filed: a legal, operating organization. */
    public boolean isActive() {
        return this == REGISTERED || this == FILED;
    }

    /**
     * The status an organization is recorded in: in preparation, unless it is recorded as already registered or
     * filed, i.e. with its registration (filing) date.
     */
    static OrganizationStatus initial(LegalForm form, boolean alreadyRegistered) {
        if (!alreadyRegistered) {
            return IN_PREPARATION;
        }
        return IN_PREPARATION.after(form.isFiled() ? LifecycleAction.FILE : LifecycleAction.REGISTER, form);
    }

    /** The Chinese name (for charts, Excel templates and exports that leaders read). */
    @Override
    public String chinese() {
        return switch (this) {
            case IN_PREPARATION -> "筹建中";
            case REGISTERED -> "已登记";
            case FILED -> "已备案";
            case CANCELLED -> "已注销";
        };
    }
}
