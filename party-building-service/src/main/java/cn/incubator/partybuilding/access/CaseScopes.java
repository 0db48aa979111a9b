package cn.incubator.partybuilding.access;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.scope.DataScopes;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Makes the {@link CaseScope} of a caller. */
@Component
public class CaseScopes {

    private final DataScopes scopes;

    CaseScopes(DataScopes scopes) {
        this.scopes = scopes;
    }

    public CaseScope of(CurrentUser user) {
        boolean instructorOnly = user.hasRole(Role.PARTY_INSTRUCTOR)
                && !user.hasAnyRole(Role.PLATFORM_ADMIN, Role.CIVIL_AFFAIRS);
        return new CaseScope(scopes.of(user), instructorOnly ? Optional.of(user.username()) : Optional.empty());
    }

    public DataScopes dataScopes() {
        return scopes;
    }
}
