package cn.incubator.partybuilding.coverage;

import cn.incubator.contracts.platform.v1.PartyCoverage;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.rollup.NodeStatisticsServer;
import cn.incubator.platform.scope.DataScope;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The party-building section of {@code NodeStatistics} (统计汇总) on this node: of the party-building cases it holds
 * under the prefix, the organizations, those with a party organization or a current instructor, the members found; the
 * party units in the place by kind; the instructors with a current assignment. The roll-up endpoint sums these over
 * the nodes; coverage ratios are derived from the sums, never summed.
 */
@Service
class PartyNodeStatistics extends NodeStatisticsServer {

    private final CoverageRepository coverage;

    PartyNodeStatistics(Node node, CoverageRepository coverage) {
        super(node, "party:statistics:read");
        this.coverage = coverage;
    }

    @Override
    protected Statistics figures(Jurisdiction prefix, DataScope held) {
        CaseScope all = new CaseScope(held, Optional.empty());
        CoverageRepository.NodeCounts cases = coverage.nodeCounts(all, prefix);
        CoverageReport.Units units = coverage.units(all, prefix);
        return Statistics.newBuilder()
                .setParty(PartyCoverage.newBuilder()
                        .setOrganizations(cases.organizations())
                        .setWithPartyOrganization(cases.withPartyOrganization())
                        .setWithInstructor(cases.withInstructor())
                        .setMembers(cases.members())
                        .setInstructors(cases.instructors())
                        .setBranches(units.branches())
                        .setJointBranches(units.jointBranches())
                        .setJointCommittees(units.jointCommittees()))
                .build();
    }
}
