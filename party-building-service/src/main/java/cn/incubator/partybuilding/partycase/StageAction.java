package cn.incubator.partybuilding.partycase;

/** What moves a case from one {@link Stage} to the next. */
public enum StageAction {
    COMPLETE_SURVEY,
    COMPLETE_DISCOVERY,
    START_FORMATION,
    COMPLETE_FORMATION,
    CLOSE
}
