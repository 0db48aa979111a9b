package cn.incubator.partybuilding.partycase;

/** Where a party-organization incubation case stands (党组织孵化阶段). */
public enum Stage {
    /** 入壳考察: the organization was just admitted; the committee surveys it. */
    ADMISSION_SURVEY,
    /** 发现党员: party members in the organization are counted and their relations transferred. */
    MEMBER_DISCOVERY,
    /** 支持帮扶: venue, instructor, training, information, project support, party funds. */
    SUPPORT,
    /** 发展组建: the organization is covered as its member count requires. */
    FORMATION,
    /** 后续服务: joint meetings, model selection, project priority, star rating. */
    FOLLOW_UP,
    /** The case ended (the organization left the base or was cancelled); a new admission opens a new case. */
    CLOSED
}
