package cn.incubator.registry.needs;

/**
 * Where a need is: open until a first linkage is confirmed, then linked (more linkages may follow, e.g. funds from
 * two foundations), closed by its organization when no more help is wanted.
 */
public enum NeedStatus {
    /** 待链接. */
    OPEN,
    /** 已链接. */
    LINKED,
    /** 已关闭. */
    CLOSED;

    /** The status after a confirmed linkage; a closed need takes no more. */
    public NeedStatus link() {
        if (this == CLOSED) {
            throw new IllegalNeedTransition(this, "link");
        }
        return LINKED;
    }

    public NeedStatus close() {
        if (this == CLOSED) {
            throw new IllegalNeedTransition(this, "close");
        }
        return CLOSED;
    }

    /** Thrown by a transition the current status does not allow; the service turns it into a 409. */
    public static final class IllegalNeedTransition extends IllegalStateException {
        private final NeedStatus current;
        private final String action;

        IllegalNeedTransition(NeedStatus current, String action) {
            super("A " + current + " need cannot " + action);
            this.current = current;
            this.action = action;
        }

        public NeedStatus current() {
            return current;
        }

        public String action() {
            return action;
        }
    }
}
