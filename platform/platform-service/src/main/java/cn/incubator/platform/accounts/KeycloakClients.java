package cn.incubator.platform.accounts;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Provisions machine clients in the {@code incubator} realm through Keycloak's admin client, as the platform's
 * service client (which needs {@code manage-clients}): partner clients (基金会 / 企业) that use client credentials
 * only, with their {@code partner_id} and jurisdiction as hardcoded claims and one narrow scope.
 */
public class KeycloakClients {

    private final KeycloakAdmin admin;

    public KeycloakClients(KeycloakAdmin admin) {
        this.admin = admin;
    }

    /**
     * Creates a confidential client-credentials client for a partner and answers its secret, which Keycloak keeps
     * and this platform never stores.
     *
     * @throws ClientExists when a client with that id exists already (its secret is not shown again)
     */
    public Created createPartnerClient(PartnerClient partner) {
        return admin.call(realm -> {
            String id;
            try (Response created = realm.clients().create(representation(partner))) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new ClientExists(partner.clientId());
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            ClientResource client = realm.clients().get(id);
            String serviceAccount = client.getServiceAccountUser().getId();
            KeycloakAccounts.grant(realm.users().get(serviceAccount).roles().realmLevel(), partner.role());
            return new Created(id, partner.clientId(), client.getSecret().getValue());
        });
    }

    public Optional<ClientRepresentation> findClient(String clientId) {
        return admin.call(realm -> realm.clients().findByClientId(clientId).stream().findFirst());
    }

    private static ClientRepresentation representation(PartnerClient partner) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(partner.clientId());
        client.setName(partner.name());
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setFullScopeAllowed(true);
        client.setDefaultClientScopes(List.of("basic", "profile", "roles", "service_account", "incubator-identity",
                partner.scope()));
        client.setOptionalClientScopes(List.of());
        client.setProtocolMappers(List.of(
                hardcoded("partner_id", partner.partnerId(), "String"),
                hardcoded("jurisdiction", "[" + String.join(",", partner.jurisdictions().stream()
                        .map(code -> "\"" + code + "\"").toList()) + "]", "JSON")));
        return client;
    }

    private static ProtocolMapperRepresentation hardcoded(String claim, String value, String type) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(claim + " (hardcoded)");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-hardcoded-claim-mapper");
        mapper.setConfig(Map.of("claim.name", claim, "claim.value", value, "jsonType.label", type,
                "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                "introspection.token.claim", "true"));
        return mapper;
    }

    /**
     * @param clientId      the Keycloak client id, e.g. {@code partner-one-foundation}
     * @param partnerId     the {@code partner_id} claim its tokens carry
     * @param jurisdictions the {@code jurisdiction} claim (12-digit codes)
     * @param scope         the one client scope it gets by default, e.g. {@code partner.programmes.read}
     * @param role          the realm role of its service account, e.g. {@code partner}
     */
    public record PartnerClient(String clientId, String name, String partnerId, List<String> jurisdictions,
            String scope, String role) {
    }

    /** @param secret shown once: the caller hands it over and keeps no copy */
    public record Created(String id, String clientId, String secret) {
    }

    /** The client id is taken. */
    public static final class ClientExists extends RuntimeException {

        public ClientExists(String clientId) {
            super("Client exists: " + clientId);
        }
    }
}
