package cn.incubator.registry.demo;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class DemoUsers {

    /** Flyway locations with the demo data, as the launcher sets them. */
    static final String WITH_DEMO = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo";

    private DemoUsers() {
    }

    static CurrentUser officer(String jurisdiction) {
        return new CurrentUser("officer", "officer", Set.of(Role.CIVIL_AFFAIRS), List.of(Jurisdiction.of(jurisdiction)),
                Optional.empty(), Optional.empty());
    }
}
