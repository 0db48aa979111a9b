package cn.incubator.partybuilding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code incubator.party-building.*}.
 *
 * @param branchFormationPeriod how long an organization with 3 or more members may go without its own branch before
 *                              it is reported for the abnormal-activity list
 * @param idNumberKey           the key of the keyed hash under which members' ID numbers are kept (never in full);
 *                              a deployment sets its own secret (at least 16 characters: platform-core
 *                              {@code IdNumberHasher} checks it)
 */
@ConfigurationProperties("incubator.party-building")
public record PartyBuildingProperties(Duration branchFormationPeriod, String idNumberKey) {

    public PartyBuildingProperties {
        if (branchFormationPeriod == null || branchFormationPeriod.isNegative() || branchFormationPeriod.isZero()) {
            throw new IllegalArgumentException("incubator.party-building.branch-formation-period must be positive");
        }
    }
}
