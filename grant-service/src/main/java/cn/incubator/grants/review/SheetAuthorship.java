package cn.incubator.grants.review;

/**
 * Who may write an expert's score sheet (评分表), decided before anything is stored. An expert scores only as
 * themselves: a sheet naming another expert is refused (403). An officer who runs the round enters a panel expert's
 * paper sheet (代录纸质评分表) naming the expert; the sheet and the timeline then say who entered it. Plain Java;
 * {@code SheetAuthorshipTest} covers every combination.
 */
enum SheetAuthorship {
    /** The expert's own sheet, under their own login. */
    OWN_SHEET,
    /** An officer enters a panel expert's paper sheet. */
    PAPER_SHEET,
    /** An expert names another expert: refused, 403 {@code score-as-self}. */
    ANOTHER_EXPERT,
    /** An officer does not say whose paper sheet it is: refused, 400 on {@code talentId}. */
    EXPERT_UNNAMED,
    /** The caller neither sits on the panel as an expert nor runs rounds: refused, 403. */
    NOT_PERMITTED;

    /**
     * @param expertOnly     whether the caller acts as an expert (the expert role, without running rounds)
     * @param ownTalentId    the talent id of the caller's seat on the panel, or {@code null} when not seated
     * @param managesRounds  whether the caller's role runs rounds (and so may enter paper sheets)
     * @param namedTalentId  the expert the sheet names, or {@code null}
     */
    static SheetAuthorship of(boolean expertOnly, String ownTalentId, boolean managesRounds, String namedTalentId) {
        if (expertOnly) {
            return namedTalentId == null || namedTalentId.equals(ownTalentId) ? OWN_SHEET : ANOTHER_EXPERT;
        }
        if (!managesRounds) {
            return NOT_PERMITTED;
        }
        return namedTalentId == null ? EXPERT_UNNAMED : PAPER_SHEET;
    }

    /** Whether the sheet may be written. */
    boolean permitted() {
        return this == OWN_SHEET || this == PAPER_SHEET;
    }
}
