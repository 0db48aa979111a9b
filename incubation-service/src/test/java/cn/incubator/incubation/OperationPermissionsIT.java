package cn.incubator.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.test.service.OperationRefusals;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Incubation's operations as the permission interceptor guards them: each request is resolved to its operation by
 * the service's own handler mapping and put through the interceptors mapped to its path, with the caller's token on
 * the thread, as a request through the gateway would be.
 */
class OperationPermissionsIT extends IncubationIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void aTrainerHasNothingInIncubation() {
        assertThat(refusal("trainer", "GET", "/api/incubation/v1/cases")).isEqualTo("permission-denied");
        assertThat(refusal("trainer", "GET", "/api/incubation/v1/evaluations")).isEqualTo("permission-denied");
    }

    @Test
    void anExpertReadsItsEvaluationsAndTheirCasesButNeitherBasesServicesNorStatistics() {
        UUID id = UUID.randomUUID();
        assertThat(refusal("expert", "GET", "/api/incubation/v1/evaluations")).isNull();
        assertThat(refusal("expert", "GET", "/api/incubation/v1/evaluations/" + id)).isNull();
        assertThat(refusal("expert", "PUT", "/api/incubation/v1/evaluations/" + id + "/sheets/p1")).isNull();
        assertThat(refusal("expert", "GET", "/api/incubation/v1/cases/" + id)).isNull();
        assertThat(refusal("expert", "POST", "/api/incubation/v1/evaluations/" + id + "/decision"))
                .isEqualTo("permission-denied");
        assertThat(refusal("expert", "GET", "/api/incubation/v1/bases")).isEqualTo("permission-denied");
        assertThat(refusal("expert", "GET", "/api/incubation/v1/cases/" + id + "/activities"))
                .isEqualTo("permission-denied");
        assertThat(refusal("expert", "GET", "/api/incubation/v1/statistics/pipeline")).isEqualTo("permission-denied");
    }

    @Test
    void anOrgAdminAppliesAndMayAskForATransitionButNotAllocateOrOpenABase() {
        UUID id = UUID.randomUUID();
        assertThat(refusal("org-admin", "GET", "/api/incubation/v1/bases")).as("the bases it may apply to").isNull();
        assertThat(refusal("org-admin", "POST", "/api/incubation/v1/cases")).isNull();
        assertThat(refusal("org-admin", "POST", "/api/incubation/v1/cases/" + id + "/transitions")).isNull();
        assertThat(refusal("org-admin", "POST", "/api/incubation/v1/cases/" + id + "/workstation"))
                .isEqualTo("permission-denied");
        assertThat(refusal("org-admin", "GET", "/api/incubation/v1/evaluations")).isEqualTo("permission-denied");
        assertThat(refusal("civil-affairs", "POST", "/api/incubation/v1/bases")).isEqualTo("permission-denied");
        assertThat(refusal("base-operator", "POST", "/api/incubation/v1/bases")).isNull();
    }

    /** The problem slug the request is refused with before its operation runs, or {@code null} when it may run. */
    private String refusal(String role, String method, String path) {
        return new OperationRefusals(mapping, "430121000000").refusal(role, method, path);
    }
}
