package cn.incubator.registry.weekly;

/** Why two activities clash (活动冲突). */
public enum ClashKind {
    /** The same place (normalized text and jurisdiction) at overlapping times. */
    PLACE,
    /** The same volunteer team booked for overlapping times. */
    VOLUNTEER_TEAM
}
