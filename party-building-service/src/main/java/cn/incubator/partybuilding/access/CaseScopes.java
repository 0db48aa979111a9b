package cn.incubator.partybuilding.access;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.permission.PermissionTable;
import cn.incubator.platform.scope.DataScopes;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Makes the {@link CaseScope} of a caller. */
@Component
public class CaseScopes {

    static final String PARTY_WORK = "party:case:work";

    private final DataScopes scopes;

    CaseScopes(DataScopes scopes) {
        this.scopes = scopes;
    }

    /**
     * A party instructor works on the cases assigned to them, unless another of their roles does party work on every
     * case in scope ({@code party:case:work} in the permission table).
     */
    public CaseScope of(CurrentUser user) {
        boolean instructorOnly = user.hasRole(Role.PARTY_INSTRUCTOR) && user.roles().stream()
                .filter(role -> role != Role.PARTY_INSTRUCTOR)
                .noneMatch(role -> PermissionTable.rolesGranted(PARTY_WORK).contains(role.wireName()));
        return new CaseScope(scopes.of(user), instructorOnly ? Optional.of(user.username()) : Optional.empty());
    }

    public DataScopes dataScopes() {
        return scopes;
    }
}
