package cn.incubator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The environment-variable check refuses what Spring would ignore, and accepts what it binds. */
class ApplicationPropertiesTest {

    private final ApplicationProperties service = ApplicationProperties.of("incubation-service");

    @Test
    void aPropertyTheServiceReadsIsAccepted() {
        assertThat(service.accepts("INCUBATOR_NODE_JURISDICTION", "430121001000")).isTrue();
        assertThat(service.accepts("INCUBATOR_DATABASE_HOST", "postgresql.example.org")).isTrue();
        assertThat(service.accepts("INCUBATOR_INCUBATION_REGISTRYDEADLINE", "3s")).isTrue();
        // A map key with a dash (the party-building channel) binds from its canonical form.
        assertThat(service.accepts("SPRING_GRPC_CLIENT_CHANNELS_PARTYBUILDING_ADDRESS", "static://pb:9085")).isTrue();
        assertThat(service.accepts("INCUBATOR_SERVICES_PARTYBUILDING", "http://pb:8085")).isTrue();
        // Named by a ${...} placeholder in the service defaults.
        assertThat(service.accepts("INCUBATOR_SERVICES_CLIENT_SECRET", "s")).isTrue();
    }

    @Test
    void aMisspeltOrUnknownVariableIsRefused() {
        assertThat(service.accepts("INCUBATOR_NODE_JURISDICTON", "430121001000")).isFalse();
        assertThat(service.accepts("INCUBATOR_DB_HOST", "postgresql.example.org")).isFalse();
        assertThat(service.accepts("SPRING_GRPC_CLIENT_CHANNELS_PARTYBUILDING_ADRESS", "static://pb:9085")).isFalse();
        // The registry's key is not the incubation service's property.
        assertThat(service.accepts("INCUBATOR_REGISTRY_IDHASHKEY", "k")).isFalse();
    }

    @Test
    void theGatewayHasItsOwnProperties() {
        ApplicationProperties gateway = ApplicationProperties.of("gateway");

        assertThat(gateway.accepts("INCUBATOR_SERVICES_PARTYBUILDING", "http://pb:8085")).isTrue();
        assertThat(gateway.accepts("INCUBATOR_KEYCLOAK_URL", "https://sso.example.org")).isTrue();
        assertThat(gateway.accepts("INCUBATOR_NODE_JURISDICTION", "430100000000")).isFalse();
    }
}
