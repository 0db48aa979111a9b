package cn.incubator.registry.field;

/**
 * Service field (服务领域), the registry's one list: the fields an organization works in (one organization may work in
 * several), an expert's fields of expertise in the talent pool, needs and resource offers, so that matching compares
 * like with like. The first seven are Ya'an's fields; the rest are the areas the bases
 * link resources and expertise for (rural revitalisation, disaster relief, brand building, governance, finance).
 */
public enum ServiceField implements Labelled {
    /** 弱势群体关怀. */
    VULNERABLE_GROUPS("弱势群体关怀"),
    /** 社区发展. */
    COMMUNITY_DEVELOPMENT("社区发展"),
    /** 灾害管理 (incl. 救灾). */
    DISASTER_MANAGEMENT("灾害管理"),
    /** 生计发展. */
    LIVELIHOOD("生计发展"),
    /** 青少年服务. */
    YOUTH("青少年服务"),
    /** 健康扶助. */
    HEALTH("健康扶助"),
    /** 咨询评估. */
    CONSULTING_EVALUATION("咨询评估"),
    /** 养老服务. */
    ELDERLY_CARE("养老服务"),
    /** 乡村振兴. */
    RURAL_REVITALIZATION("乡村振兴"),
    /** 品牌建设. */
    BRAND_BUILDING("品牌建设"),
    /** 法人治理. */
    GOVERNANCE("法人治理"),
    /** 财税管理. */
    FINANCE_TAX("财税管理"),
    /** 党建. */
    PARTY_BUILDING("党建");

    private final String chinese;

    ServiceField(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
