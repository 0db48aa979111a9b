package cn.incubator.partybuilding.partycase;

/** An action the case's current stage does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final Stage stage;
    private final StageAction action;

    public IllegalTransitionException(Stage stage, StageAction action) {
        super(action + " is not allowed in stage " + stage);
        this.stage = stage;
        this.action = action;
    }

    public Stage stage() {
        return stage;
    }

    public StageAction action() {
        return action;
    }
}
