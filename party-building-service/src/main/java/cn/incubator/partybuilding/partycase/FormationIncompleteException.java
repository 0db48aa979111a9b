package cn.incubator.partybuilding.partycase;

import java.util.List;

/** Formation cannot be completed while the organization is not yet covered as its member count requires. */
public class FormationIncompleteException extends RuntimeException {

    private final Formation required;
    private final List<Shortfall> shortfalls;

    public FormationIncompleteException(Formation required, List<Shortfall> shortfalls) {
        super("Formation " + required + " incomplete: " + shortfalls);
        this.required = required;
        this.shortfalls = List.copyOf(shortfalls);
    }

    public Formation required() {
        return required;
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }
}
