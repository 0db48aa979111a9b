package cn.incubator.registry.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Registered organizations per 10,000 residents (每万人拥有社会组织数), to one decimal as officials report it:
 * Ejin Horo Banner's 86 organizations for 238,000 residents are 3.6.
 */
public record Density(long residents, int asOfYear, long registeredOrganizations, BigDecimal perTenThousand) {

    public static Density of(long residents, int asOfYear, long registeredOrganizations) {
        if (residents <= 0) {
            throw new IllegalArgumentException("residents must be positive");
        }
        BigDecimal perTenThousand = BigDecimal.valueOf(registeredOrganizations).multiply(BigDecimal.valueOf(10_000))
                .divide(BigDecimal.valueOf(residents), 1, RoundingMode.HALF_UP);
        return new Density(residents, asOfYear, registeredOrganizations, perTenThousand);
    }
}
