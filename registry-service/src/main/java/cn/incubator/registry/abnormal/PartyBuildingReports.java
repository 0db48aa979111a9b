package cn.incubator.registry.abnormal;

import cn.incubator.contracts.partybuilding.events.v1.BranchFormationCured;
import cn.incubator.contracts.partybuilding.events.v1.BranchFormationOverdue;
import cn.incubator.platform.events.EventHandler;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.scope.DataScopes;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Party-building tells the registry when an organization that must form its own party branch (3 or more members)
 * has not done so in time, and when it has: the organization goes on, and comes off, the abnormal-activity list as
 * {@code REPORTED}, with the contract's reason ({@code PARTY_BRANCH_NOT_FORMED}) as the listing's reference. The
 * registry subscribes to both events in its {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
class PartyBuildingReports {

    private static final String REPORTER = "party-building-service";

    @Bean
    EventHandler<BranchFormationOverdue> branchFormationOverdue(AbnormalListService abnormalList, DataScopes scopes) {
        return EventHandler.of(BranchFormationOverdue.getDefaultInstance(), (event, overdue) ->
                abnormalList.report(reporter(scopes), UUID.fromString(overdue.getOrganizationId()),
                        overdue.getReason().name(), "党员 " + overdue.getMemberCount() + " 名，逾期未单独建立党支部"));
    }

    @Bean
    EventHandler<BranchFormationCured> branchFormationCured(AbnormalListService abnormalList, DataScopes scopes) {
        return EventHandler.of(BranchFormationCured.getDefaultInstance(), (event, cured) ->
                abnormalList.withdraw(reporter(scopes), UUID.fromString(cured.getOrganizationId()),
                        cured.getReason().name()));
    }

    private static CurrentUser reporter(DataScopes scopes) {
        return CurrentUser.service(REPORTER, scopes.node());
    }
}
