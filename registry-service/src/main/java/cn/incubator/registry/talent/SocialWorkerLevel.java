package cn.incubator.registry.talent;

import cn.incubator.registry.field.Labelled;

/** Professional level of a social worker (社工职业水平). */
public enum SocialWorkerLevel implements Labelled {
    /** 初级社工 (助理社会工作师). */
    JUNIOR("初级"),
    /** 中级社工 (社会工作师). */
    INTERMEDIATE("中级"),
    /** 高级社工 (高级社会工作师). */
    SENIOR("高级");

    private final String chinese;

    SocialWorkerLevel(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
