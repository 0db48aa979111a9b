package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service's OpenAPI document, as a browser fetches it through the gateway, keeps the rules of
 * {@link OpenApiRules}: a new endpoint that leaks the caller, forgets its problem responses or its domain tag fails
 * here.
 */
@ExtendWith(RunningPlatform.class)
class OpenApiRulesSystemIT {

    @Test
    void everyServicesDocumentKeepsTheRules() {
        List<String> broken = new ArrayList<>();
        int operations = 0;
        for (String service : OpenApi.SERVICES) {
            Api.Response response = Api.get("/api/" + service + "/v3/api-docs", null);
            assertThat(response.status()).as(service).isEqualTo(200);
            broken.addAll(OpenApiRules.violations(service, response.json(), Api.keycloak()));
            operations += OpenApi.operations(service, response.json()).size();
        }
        System.out.println("OpenAPI rules: " + OpenApi.SERVICES.size() + " documents, " + operations
                + " operations, " + broken.size() + " broken rules");
        assertThat(operations).isGreaterThan(100);
        assertThat(broken).as("broken OpenAPI rules").isEmpty();
    }
}
