package cn.incubator.registry.accounts;

import cn.incubator.contracts.registry.events.v1.OrganizationAdministratorNamed;
import cn.incubator.platform.accounts.KeycloakAccounts;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.identity.Role;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code org-admin} account of an organization's administrator in Keycloak (admin API, service client)
 * once the registration that named them has committed. It runs from the outbox, so a Keycloak that is down delays
 * the account instead of losing it, and it is idempotent, so a retry updates rather than duplicates.
 */
@Component
class OrgAdminProvisioning {

    private static final String TYPE = EventPayloads.typeOf(OrganizationAdministratorNamed.getDefaultInstance());

    private final KeycloakAccounts accounts;
    private final AuditTrail audit;

    OrgAdminProvisioning(KeycloakAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(EventEnvelope event) {
        if (!TYPE.equals(event.type())) {
            return;
        }
        OrganizationAdministratorNamed named = EventPayloads.read(event, OrganizationAdministratorNamed
                .getDefaultInstance());
        accounts.ensureUser(new KeycloakAccounts.Account(named.getUsername(), orNull(named.getEmail()),
                orNull(named.getGivenName()), orNull(named.getFamilyName()), Map.of(
                        "org_id", List.of(named.getOrganizationId()),
                        "jurisdiction", List.of(event.jurisdiction()))), Role.ORG_ADMIN);
        audit.record("registry-service", "organization.administrator-provisioned", "organization",
                java.util.UUID.fromString(named.getOrganizationId()), event.jurisdiction(), null,
                Map.of("username", named.getUsername()));
    }

    /** Protobuf has no null strings: an absent value arrives empty. */
    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
