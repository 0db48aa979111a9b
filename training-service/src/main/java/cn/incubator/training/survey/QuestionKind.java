package cn.incubator.training.survey;

/** How a question of a questionnaire is answered (题型); labels in messages*.properties. */
public enum QuestionKind {
    /** 单选. */
    SINGLE_CHOICE,
    /** 多选. */
    MULTIPLE_CHOICE,
    /** 量表（如 1–5 分）. */
    SCALE,
    /** 开放填答. */
    TEXT;

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
