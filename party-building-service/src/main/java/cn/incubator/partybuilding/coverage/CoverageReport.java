package cn.incubator.partybuilding.coverage;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Party coverage of admitted organizations in a place and period (党建覆盖情况).
 *
 * @param admitted                 organizations admitted in the period (each has a case)
 * @param memberDiscoveryDone      of those, with member discovery (发现党员) done
 * @param averageDaysToDiscovery   days from admission to discovery done, on average (null when none done)
 * @param instructorOnly           covered by an instructor without a branch (0 members)
 * @param ownBranchPending         3+ members and no own branch yet
 * @param reportedOverdue          reported for the abnormal-activity list for an overdue own branch
 * @param starDistribution         ratings of {@code starYear} by stars ("1" to "5")
 */
public record CoverageReport(Jurisdiction jurisdiction, LocalDate from, LocalDate to, long admitted,
        long memberDiscoveryDone, BigDecimal averageDaysToDiscovery, Integer maxDaysToDiscovery, long withMembers,
        long inJointBranch, long withOwnBranch, long instructorOnly, long ownBranchPending, long reportedOverdue,
        Units units, int starYear, Map<String, Long> starDistribution) {

    /** Party organizations in the place: joint committees, joint branches, own branches. */
    public record Units(long jointCommittees, long jointBranches, long branches) {
    }
}
