package cn.incubator.platform.accounts;

import cn.incubator.platform.problem.ProblemException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Keycloak's official admin client ({@code org.keycloak:keycloak-admin-client}) on the {@code incubator} realm, logged
 * in as the platform's service client by client credentials (the client renews its token itself). It speaks JSON
 * through RESTEasy and Jackson 2 of its own, beside Spring's Jackson 3, which it does not touch. Connect and read
 * time-outs bound every call; a Keycloak that cannot be reached or answers an error is a 503
 * {@code dependency-unavailable} problem (retryable), never this service's 500.
 */
public class KeycloakAdmin implements AutoCloseable {

    static final String SERVICE = "keycloak";
    private static final Logger log = LoggerFactory.getLogger(KeycloakAdmin.class);

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakAdmin(String serverUrl, String realm, String clientId, String clientSecret) {
        this.realm = realm;
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(serverUrl)
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .resteasyClient(ClientBuilderWrapper.create(null, false)
                        .connectTimeout(2, TimeUnit.SECONDS)
                        .readTimeout(10, TimeUnit.SECONDS)
                        // The admin client's own Jackson 2 setup (unknown properties ignored, so a newer server's
                        // representations still read).
                        .register(new JacksonProvider(), 100)
                        .build())
                .build();
    }

    /** Runs calls on the realm; Keycloak's failures become a retryable 503 problem. */
    <T> T call(Function<RealmResource, T> calls) {
        try {
            return calls.apply(keycloak.realm(realm));
        } catch (WebApplicationException | ProcessingException failure) {
            log.warn("Keycloak admin call failed: {}", failure.toString());
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                    new Object[] {SERVICE}, Map.of("retryable", true));
        }
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
