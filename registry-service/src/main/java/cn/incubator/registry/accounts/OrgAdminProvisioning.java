package cn.incubator.registry.accounts;

import cn.incubator.platform.accounts.KeycloakAccounts;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.identity.Role;
import cn.incubator.registry.organization.RegistryEvents;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the {@code org-admin} account of an organization's administrator in Keycloak (admin API, service client)
 * once the registration that named them has committed. It runs from the outbox, so a Keycloak that is down delays
 * the account instead of losing it, and it is idempotent, so a retry updates rather than duplicates.
 */
@Component
class OrgAdminProvisioning {

    private final KeycloakAccounts accounts;
    private final JsonMapper json;
    private final AuditTrail audit;

    OrgAdminProvisioning(KeycloakAccounts accounts, JsonMapper json, AuditTrail audit) {
        this.accounts = accounts;
        this.json = json;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(EventEnvelope event) {
        if (!RegistryEvents.ADMINISTRATOR_NAMED.equals(event.type())) {
            return;
        }
        RegistryEvents.AdministratorNamed named = json.convertValue(event.payload(),
                RegistryEvents.AdministratorNamed.class);
        RegistryEvents.Administrator person = named.administrator();
        accounts.ensureUser(new KeycloakAccounts.Account(person.username(), person.email(), person.givenName(),
                person.familyName(), Map.of(
                        "org_id", List.of(named.organizationId().toString()),
                        "jurisdiction", List.of(named.jurisdiction()))), Role.ORG_ADMIN);
        audit.record("registry-service", "organization.administrator-provisioned", "organization",
                named.organizationId(), named.jurisdiction(), null, Map.of("username", person.username()));
    }
}
