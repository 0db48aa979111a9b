package cn.incubator.registry.organization;

/** How far an organization has grown (发展阶段), as the bases assess it; independent of its legal status. */
public enum Maturity {
    IN_PREPARATION("筹建型"),
    STARTUP("初创型"),
    DEVELOPING("发展型"),
    MODEL("示范型");

    private final String label;

    Maturity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
