package cn.incubator.registry.field;

import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.OrganizationStatus;
import java.util.Map;

/** Chinese names of the organization enums, for charts, Excel templates and exports that leaders read. */
public final class Labels {

    private static final Map<Category, String> CATEGORIES = Map.of(
            Category.PUBLIC_WELFARE, "公益慈善类",
            Category.CULTURE_SPORTS, "文化体育类",
            Category.MEDIATION_RIGHTS, "疏导维权类",
            Category.CIVIC_EDUCATION, "市民教育类",
            Category.COMMUNITY_SERVICE, "社区服务类",
            Category.SOCIAL_AFFAIRS, "社会事务类");
    private static final Map<LegalForm, String> LEGAL_FORMS = Map.of(
            LegalForm.SOCIAL_GROUP, "社会团体",
            LegalForm.SOCIAL_SERVICE_ORGANIZATION, "社会服务机构",
            LegalForm.FOUNDATION, "基金会",
            LegalForm.COMMUNITY_ORGANIZATION, "社区社会组织");
    private static final Map<OrganizationStatus, String> STATUSES = Map.of(
            OrganizationStatus.IN_PREPARATION, "筹建中",
            OrganizationStatus.REGISTERED, "已登记",
            OrganizationStatus.FILED, "已备案",
            OrganizationStatus.CANCELLED, "已注销");

    private Labels() {
    }

    /** The Chinese name of an enum constant the registry labels, or its name when there is none. */
    public static String chinese(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String label = value instanceof Labelled labelled ? labelled.chinese()
                : value instanceof Category c ? CATEGORIES.get(c)
                : value instanceof LegalForm f ? LEGAL_FORMS.get(f)
                : value instanceof OrganizationStatus s ? STATUSES.get(s)
                : null;
        return label == null ? value.name() : label;
    }
}
