package cn.incubator.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.OperationRefusals;
import cn.incubator.platform.test.service.ServiceIT;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The registry's operations as the permission interceptor guards them: each request is resolved to its operation by
 * the service's own handler mapping and put through the interceptors mapped to its path, with the caller's token on
 * the thread, as a request through the gateway would be.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class OperationPermissionsIT extends ServiceIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_permissions_it");
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void anExpertReadsNothingOfTheRegistry() {
        for (String list : List.of("/api/registry/v1/talent", "/api/registry/v1/organizations",
                "/api/registry/v1/consultations")) {
            assertThat(refusal("expert", "GET", list)).as(list).isEqualTo("permission-denied");
        }
    }

    @Test
    void aTrainerReadsNothingOfTheRegistry() {
        assertThat(refusal("trainer", "GET", "/api/registry/v1/organizations")).isEqualTo("permission-denied");
        assertThat(refusal("trainer", "GET", "/api/registry/v1/weekly/activities")).isEqualTo("permission-denied");
    }

    @Test
    void onlyCivilAffairsRegistersAndTheBaseOperatorRecords() {
        assertThat(refusal("base-operator", "POST", "/api/registry/v1/organizations/"
                + UUID.randomUUID() + "/registration")).isEqualTo("permission-denied");
        assertThat(refusal("civil-affairs", "POST", "/api/registry/v1/organizations/"
                + UUID.randomUUID() + "/registration")).isNull();
        assertThat(refusal("base-operator", "POST", "/api/registry/v1/organizations")).isNull();
        assertThat(refusal("hub-operator", "POST", "/api/registry/v1/talent")).isEqualTo("permission-denied");
    }

    @Test
    void anOrgAdminReadsItsOrganizationButNotTheConsultationsOrTheTalentPool() {
        assertThat(refusal("org-admin", "GET", "/api/registry/v1/organizations")).isNull();
        assertThat(refusal("org-admin", "GET", "/api/registry/v1/consultations")).isEqualTo("permission-denied");
        assertThat(refusal("org-admin", "GET", "/api/registry/v1/talent")).isEqualTo("permission-denied");
    }

    @Test
    void onlyOfficersAndPlatformAdminsReadTheOperationLog() {
        for (String path : List.of("/api/registry/v1/operation-log", "/api/registry/v1/operation-log/export")) {
            assertThat(refusal("civil-affairs", "GET", path)).as(path).isNull();
            assertThat(refusal("platform-admin", "GET", path)).as(path).isNull();
            for (String role : List.of("base-operator", "hub-operator", "org-admin", "expert", "party-instructor",
                    "trainer")) {
                assertThat(refusal(role, "GET", path)).as(role + " " + path).isEqualTo("permission-denied");
            }
        }
    }

    @Test
    void theListExportsNeedTheListsPermission() {
        for (String path : List.of("/api/registry/v1/talent/export", "/api/registry/v1/annual-inspections/export",
                "/api/registry/v1/annual-inspections/overdue-rectifications/export",
                "/api/registry/v1/abnormal-list/export")) {
            assertThat(refusal("civil-affairs", "GET", path)).as(path).isNull();
            assertThat(refusal("hub-operator", "GET", path)).as(path).isNull();
            assertThat(refusal("expert", "GET", path)).as(path).isEqualTo("permission-denied");
            assertThat(refusal("trainer", "GET", path)).as(path).isEqualTo("permission-denied");
        }
        assertThat(refusal("org-admin", "GET", "/api/registry/v1/talent/export")).isEqualTo("permission-denied");
        assertThat(refusal("org-admin", "GET", "/api/registry/v1/abnormal-list/export")).isNull();
    }

    /** The problem slug the request is refused with before its operation runs, or {@code null} when it may run. */
    private String refusal(String role, String method, String path) {
        return new OperationRefusals(mapping, "430121000000").refusal(role, method, path);
    }
}
