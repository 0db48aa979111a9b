package cn.incubator.registry.talent;

import cn.incubator.registry.field.Labelled;

/** The kinds of people in the talent pool (人才库). */
public enum TalentKind implements Labelled {
    /** 社工 (social worker), with a {@link SocialWorkerLevel}. */
    SOCIAL_WORKER("社工"),
    /** 督导 (supervisor). */
    SUPERVISOR("督导"),
    /** 专家 (expert), with fields of expertise; picked for review panels. */
    EXPERT("专家"),
    /** 导师 (mentor). */
    MENTOR("导师"),
    /** 志愿者 (volunteer). */
    VOLUNTEER("志愿者"),
    /** 社区能人 (community capable person). */
    CAPABLE_PERSON("社区能人");

    private final String chinese;

    TalentKind(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
