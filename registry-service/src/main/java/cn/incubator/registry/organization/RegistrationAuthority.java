package cn.incubator.registry.organization;

import cn.incubator.platform.jurisdiction.InvalidJurisdictionException;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.problem.FieldProblemException;

/**
 * The registration authority (登记管理机关) of an organization: the civil-affairs bureau that registered it and issued
 * its unified social credit code (统一社会信用代码), whose positions 3–8 are that bureau's division code (行政区划码).
 *
 * <p>By default it is the bureau of the organization's district-level division (县级: a street's organization is
 * registered by its district or county), or of the organization's own division when that is a city or province. An
 * organization registered at a higher tier (e.g. by 长沙市民政局 but located in 长沙县) is an explicit, recorded
 * exception: the request names the authority's jurisdiction in {@code registeredBy}, which must be the
 * organization's district-level division or a division above it, and the organization keeps it.
 */
public final class RegistrationAuthority {

    private RegistrationAuthority() {
    }

    /** The authority: {@code registeredBy} when recorded, else the district-level division of {@code located}. */
    public static Jurisdiction of(Jurisdiction located, Jurisdiction registeredBy) {
        return registeredBy != null ? registeredBy : OrganizationService.districtOf(located);
    }

    /**
     * Checks a recorded authority and a credit code against the organization's jurisdiction.
     *
     * @param creditCode   a checksum-valid code, or null (nothing to check)
     * @param located      the organization's jurisdiction
     * @param registeredBy the recorded higher-tier authority, or null
     * @throws FieldProblemException {@code registeredBy} when it is not the organization's district-level division or
     *                               above it; {@code creditCode} when its division code is not the authority's
     */
    static void require(String creditCode, Jurisdiction located, Jurisdiction registeredBy) {
        Jurisdiction district = OrganizationService.districtOf(located);
        if (registeredBy != null && (!registeredBy.contains(district) || registeredBy.tier().compareTo(Tier.DISTRICT) > 0)) {
            throw new FieldProblemException("registeredBy", "Organization.registeredBy.notAbove",
                    registeredBy.fullName(), located.fullName());
        }
        if (creditCode == null) {
            return;
        }
        Jurisdiction authority = of(located, registeredBy);
        String region = creditCode.substring(2, 8);
        String expected = authority.code().substring(0, 6);
        if (region.equals(expected)) {
            return;
        }
        String regionName = nameOf(region);
        boolean higher = registeredBy == null && regionName != null && Jurisdiction.of(region).contains(located);
        throw new FieldProblemException("creditCode", higher ? "CreditCode.region.higher" : "CreditCode.region",
                region, regionName == null ? "?" : regionName, expected, authority.fullName());
    }

    private static String nameOf(String region) {
        try {
            return Jurisdiction.of(region).fullName();
        } catch (InvalidJurisdictionException unknown) {
            return null;
        }
    }
}
