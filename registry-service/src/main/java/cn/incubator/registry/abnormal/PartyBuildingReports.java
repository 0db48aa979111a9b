package cn.incubator.registry.abnormal;

import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventHandler;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.scope.DataScopes;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Party-building tells the registry when an organization that must form its own party branch (3 or more members)
 * has not done so in time, and when it has: the organization goes on, and comes off, the abnormal-activity list for
 * that reason.
 */
@Configuration(proxyBeanMethods = false)
class PartyBuildingReports {

    static final String REASON = "PARTY_BRANCH_NOT_FORMED";
    private static final String REPORTER = "party-building-service";

    @Bean
    EventHandler branchFormationOverdue(AbnormalListService abnormalList, DataScopes scopes) {
        return handler("party-building.branch-formation-overdue", event -> abnormalList.report(reporter(scopes),
                organization(event), REASON, String.valueOf(event.payload().getOrDefault("reason", ""))));
    }

    @Bean
    EventHandler branchFormationCured(AbnormalListService abnormalList, DataScopes scopes) {
        return handler("party-building.branch-formation-cured",
                event -> abnormalList.withdraw(reporter(scopes), organization(event), REASON));
    }

    private static CurrentUser reporter(DataScopes scopes) {
        return CurrentUser.service(REPORTER, scopes.node().jurisdiction());
    }

    private static UUID organization(EventEnvelope event) {
        return UUID.fromString(String.valueOf(event.payload().get("organizationId")));
    }

    private static EventHandler handler(String type, java.util.function.Consumer<EventEnvelope> action) {
        return new EventHandler() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public void handle(EventEnvelope event) {
                action.accept(event);
            }
        };
    }
}
