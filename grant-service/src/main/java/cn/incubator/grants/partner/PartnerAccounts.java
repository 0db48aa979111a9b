package cn.incubator.grants.partner;

import cn.incubator.platform.accounts.KeycloakClients;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisions partner accounts: a partner row here and a confidential client-credentials client in Keycloak with the
 * partner's id as a hardcoded claim and only the partner read scope. The secret is answered once and kept nowhere
 * but in Keycloak.
 */
@Service
class PartnerAccounts {

    static final String SUBJECT = "partner";

    private final JdbcClient jdbc;
    private final KeycloakClients keycloak;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerAccounts(JdbcClient jdbc, KeycloakClients keycloak, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.keycloak = keycloak;
        this.audit = audit;
        this.clock = clock;
    }

    record Provisioned(String partnerId, String name, String clientId, String jurisdiction, String clientSecret) {
    }

    /**
     * The partner row is written first so a taken partner id is refused before Keycloak is touched; a Keycloak
     * failure rolls the row back.
     */
    @Transactional
    Provisioned provision(CurrentUser admin, String partnerId, String name, Jurisdiction jurisdiction) {
        String clientId = "partner-" + partnerId;
        int inserted = jdbc.sql("""
                INSERT INTO partner (partner_id, name, client_id, jurisdiction_code, created_by, created_at)
                VALUES (:id, :name, :client, :jurisdiction, :by, :at) ON CONFLICT DO NOTHING
                """)
                .param("id", partnerId).param("name", name).param("client", clientId)
                .param("jurisdiction", jurisdiction.code()).param("by", admin.username())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        if (inserted == 0) {
            throw new ConflictException("partner-exists", partnerId);
        }
        KeycloakClients.Created created;
        try {
            created = keycloak.createPartnerClient(new KeycloakClients.PartnerClient(clientId, name, partnerId,
                    List.of(jurisdiction.code()), PartnerController.READ_SCOPE, Role.PARTNER.wireName()));
        } catch (KeycloakClients.ClientExists e) {
            throw new ConflictException("partner-exists", partnerId);
        }
        audit.record(admin, "partner.provisioned", SUBJECT, partnerId, jurisdiction.code(), null,
                Map.of("partnerId", partnerId, "name", name, "clientId", clientId));
        return new Provisioned(partnerId, name, created.clientId(), jurisdiction.code(), created.secret());
    }
}
