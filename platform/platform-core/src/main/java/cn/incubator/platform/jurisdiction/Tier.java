package cn.incubator.platform.jurisdiction;

/**
 * Level of a statistical division code (统计用区划代码), read purely from the code's structure.
 *
 * <p>The 12 digits split into five parts: province 省级 (2), city 地级 (2), district/county/banner
 * 县级 (2), street/town 乡级 (3) and community/village 村级 (3). The tier is the finest part that is
 * not all zeros. Because the tier is structural, pseudo-divisions keep the tier of their position:
 * 北京市 市辖区 110100 is a {@link #CITY}, and 东莞市 441900, a city without districts, is a
 * {@link #CITY} whose streets sit directly below it.
 */
public enum Tier {
    /** 省、自治区、直辖市. */
    PROVINCE(0, 2),
    /** 地级市、地区、自治州、盟 (and pseudo-cities such as 市辖区). */
    CITY(2, 4),
    /** 市辖区、县、县级市、旗. */
    DISTRICT(4, 6),
    /** 街道、镇、乡、苏木. */
    STREET(6, 9),
    /** 社区居委会、村委会. */
    COMMUNITY(9, 12);

    private final int partStart;
    private final int prefixLength;

    Tier(int partStart, int prefixLength) {
        this.partStart = partStart;
        this.prefixLength = prefixLength;
    }

    /** Number of leading digits that identify a division of this tier, e.g. 4 for a city. */
    public int prefixLength() {
        return prefixLength;
    }

    /** Whether this tier's own part of a 12-digit code is all zeros. */
    boolean isZeroIn(String code12) {
        for (int i = partStart; i < prefixLength; i++) {
            if (code12.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** The tier of a structurally valid 12-digit code. */
    static Tier of(String code12) {
        Tier[] tiers = values();
        for (int i = tiers.length - 1; i > 0; i--) {
            if (!tiers[i].isZeroIn(code12)) {
                return tiers[i];
            }
        }
        return PROVINCE;
    }

    /** {@code code12} cut to this tier's prefix and padded back to 12 digits. */
    String truncate(String code12) {
        return code12.substring(0, prefixLength) + "0".repeat(12 - prefixLength);
    }
}
