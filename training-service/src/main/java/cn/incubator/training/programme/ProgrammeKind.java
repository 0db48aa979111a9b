package cn.incubator.training.programme;

/** The kinds of training programme (培训项目); labels in messages*.properties ({@code enum.ProgrammeKind.*}). */
public enum ProgrammeKind {
    /** 青年人才能力提升计划. */
    YOUTH_CAPACITY,
    /** 品牌项目扶持: one-to-one coaching over the phases of {@link CoachingPhase}. */
    BRAND_PROJECT_SUPPORT,
    /** 骨干轮训. */
    BACKBONE_ROTATION,
    /** 沙龙. */
    SALON,
    /** 论坛. */
    FORUM
}
