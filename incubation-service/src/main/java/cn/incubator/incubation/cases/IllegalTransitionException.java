package cn.incubator.incubation.cases;

/** An action the case's current stage (or track) does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final Stage stage;
    private final CaseAction action;

    public IllegalTransitionException(Stage stage, CaseAction action) {
        super(action + " is not allowed in " + stage);
        this.stage = stage;
        this.action = action;
    }

    public Stage stage() {
        return stage;
    }

    public CaseAction action() {
        return action;
    }
}
