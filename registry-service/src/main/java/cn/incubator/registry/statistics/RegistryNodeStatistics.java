package cn.incubator.registry.statistics;

import cn.incubator.contracts.platform.v1.RegistryCounts;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.rollup.NodeStatisticsServer;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.OrganizationStatus;
import org.springframework.stereotype.Service;

/**
 * The registry's section of {@code NodeStatistics} (统计汇总) on this node: the organizations it holds under the prefix
 * by legal form, the registered ones (the density numerator) and the talent pool. Every status is counted, as the
 * registry's own statistics count them; the roll-up endpoint sums these over the nodes.
 */
@Service
class RegistryNodeStatistics extends NodeStatisticsServer {

    private final StatisticsRepository statistics;

    RegistryNodeStatistics(Node node, StatisticsRepository statistics) {
        super(node, "registry:statistics:read");
        this.statistics = statistics;
    }

    @Override
    protected Statistics figures(Jurisdiction prefix, DataScope held) {
        RegistryCounts.Builder counts = RegistryCounts.newBuilder();
        for (StatisticsRepository.FormStatusCount row : statistics.countByFormAndStatus(prefix, held)) {
            counts.setOrganizations(counts.getOrganizations() + row.count());
            switch (LegalForm.valueOf(row.legalForm())) {
                case SOCIAL_GROUP -> counts.setSocialGroups(counts.getSocialGroups() + row.count());
                case SOCIAL_SERVICE_ORGANIZATION -> counts.setPrivateNonEnterpriseUnits(
                        counts.getPrivateNonEnterpriseUnits() + row.count());
                case FOUNDATION -> counts.setFoundations(counts.getFoundations() + row.count());
                case COMMUNITY_ORGANIZATION -> counts.setCommunityOrganizations(
                        counts.getCommunityOrganizations() + row.count());
            }
            if (OrganizationStatus.valueOf(row.status()) == OrganizationStatus.REGISTERED) {
                counts.setRegisteredOrganizations(counts.getRegisteredOrganizations() + row.count());
            }
        }
        counts.setTalents(statistics.talents(prefix, held));
        return Statistics.newBuilder().setRegistry(counts).build();
    }
}
