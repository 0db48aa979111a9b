package cn.incubator.registry.organization;

/**
 * Where an organization is in its lifecycle (生命周期) and which actions that allows: in preparation (筹建中) →
 * registered (已登记, social groups, social-service organizations, foundations) or filed (已备案, community
 * organizations) → cancelled (已注销). Board renewals (换届) happen only while registered or filed.
 */
public enum OrganizationStatus {
    /** 筹建中. */
    IN_PREPARATION,
    /** 已登记. */
    REGISTERED,
    /** 已备案 (community organizations). */
    FILED,
    /** 已注销. */
    CANCELLED;

    /**
     * The status after {@code action}, for an organization of {@code form}.
     *
     * @throws IllegalLifecycleTransition when this status does not allow the action, or the form never takes it
     *                                    (a community organization is filed, never registered, and vice versa)
     */
    public OrganizationStatus after(LifecycleAction action, LegalForm form) {
        OrganizationStatus next = switch (action) {
            case REGISTER -> this == IN_PREPARATION && !form.isFiled() ? REGISTERED : null;
            case FILE -> this == IN_PREPARATION && form.isFiled() ? FILED : null;
            case RENEW_BOARD -> this == legalStatusOf(form) ? this : null;
            case CANCEL -> this == legalStatusOf(form) ? CANCELLED : null;
        };
        if (next == null) {
            throw new IllegalLifecycleTransition(this, action, form);
        }
        return next;
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

    /** An action the lifecycle does not allow; the service turns it into a 409 naming the current status. */
    public static final class IllegalLifecycleTransition extends RuntimeException {

        private final OrganizationStatus current;
        private final LifecycleAction action;

        IllegalLifecycleTransition(OrganizationStatus current, LifecycleAction action, LegalForm form) {
            super(action + " is not allowed for a " + form + " that is " + current);
            this.current = current;
            this.action = action;
        }

        public OrganizationStatus current() {
            return current;
        }

        public LifecycleAction action() {
            return action;
        }
    }
}
