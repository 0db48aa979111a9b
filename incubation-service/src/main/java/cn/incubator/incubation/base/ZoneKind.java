package cn.incubator.incubation.base;

/** The areas of a base (功能区). */
public enum ZoneKind {
    /** 孵化区: workstations for organizations in shell. */
    INCUBATION,
    /** 入驻区: workstations for resident organizations. */
    RESIDENT,
    /** 展示区. */
    EXHIBITION,
    /** 咨询区. */
    CONSULTATION;

    /** Whether organizations are given workstations here. */
    public boolean hasWorkstations() {
        return this == INCUBATION || this == RESIDENT;
    }
}
