package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which raw request paths the gateway refuses before routing. */
class PathGuardFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/registry/v1/organizations/%00", "/api/registry/v1/organizations/..%2F..%2Factuator",
            "/api/registry/v1/%2e%2e/actuator", "/api/registry/v1/organizations%2Fx", "/api/registry/v1/a%5Cb",
            "/api/registry/v1/a\\b", "/api/registry/v1/a/../../actuator", "/api/registry/v1/./organizations",
            "/api/registry/v1//organizations", "/api/registry/v1/organizations;jsessionid=1", "/api/registry/v1/%252e",
            "/api/registry/v1/organizations/%2E%2E"})
    void refusesEncodedTricksAndDotSegments(String path) {
        assertThat(PathGuardFilter.isUnsafe(path, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/registry/v1/organizations", "/api/registry/v1/organizations/0b9c2b8e-1f0e-4d6f-9d5e-2c1f8c0a7b11",
            "/api/registry/v1/statistics/population/430121001000", "/swagger-ui/index.html", "/api/registry/v3/api-docs",
            "/api/registry/v1/organizations/name-check"})
    void letsOrdinaryPathsThrough(String path) {
        assertThat(PathGuardFilter.isUnsafe(path, "name=%E6%98%9F%E6%B2%99&size=20")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name=%00", "name=a%00b"})
    void refusesANulInTheQuery(String query) {
        assertThat(PathGuardFilter.isUnsafe("/api/registry/v1/organizations", query)).isTrue();
    }
}
