package cn.incubator.registry.needs;

import cn.incubator.registry.field.Labelled;

/** What a need asks for and an offer gives (需求 / 资源类型). */
public enum ResourceKind implements Labelled {
    /** 资金; a need states its amount in yuan. */
    FUNDS("资金"),
    /** 物资. */
    MATERIALS("物资"),
    /** 志愿者. */
    VOLUNTEERS("志愿者"),
    /** 场地. */
    VENUE("场地"),
    /** 专业支持. */
    EXPERTISE("专业支持");

    private final String chinese;

    ResourceKind(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
