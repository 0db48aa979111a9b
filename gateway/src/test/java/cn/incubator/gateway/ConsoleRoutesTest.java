package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** The console's paths are permitted and served; the API's, the partner API's and the tools' never are. */
class ConsoleRoutesTest {

    @Test
    void theConsolesGetsArePermittedAndNothingElse() {
        for (String path : new String[] {"/", "/index.html", "/assets/index-abc.js", "/console-config.json",
                "/dashboard", "/organizations/5b1f0e7a-1001"}) {
            assertThat(ConsoleRoutes.isConsole(MockServerHttpRequest.get(path).build())).as(path).isTrue();
        }
        for (String path : new String[] {"/api/registry/v1/organizations", "/public/training/v1/certificates/x",
                "/partner/v1/me", "/actuator/health", "/actuator", "/fallback/registry", "/gateway/v3/api-docs",
                "/swagger-ui.html", "/swagger-ui/index.html", "/webjars/x.js", "/v3/api-docs"}) {
            assertThat(ConsoleRoutes.isConsole(MockServerHttpRequest.get(path).build())).as(path).isFalse();
        }
        assertThat(ConsoleRoutes.isConsole(MockServerHttpRequest.post("/dashboard").build())).isFalse();
        assertThat(ConsoleRoutes.isConsole(MockServerHttpRequest.delete("/").build())).isFalse();
    }

    @Test
    void clientRoutesAnswerTheIndexButFilesAndReservedPathsDoNot() {
        assertThat(ConsoleRoutes.isClientRoute("/")).isTrue();
        assertThat(ConsoleRoutes.isClientRoute("/organizations/5b1f0e7a-1001")).isTrue();
        assertThat(ConsoleRoutes.isClientRoute("/assets/index-abc.js")).isFalse();
        assertThat(ConsoleRoutes.isClientRoute("/favicon.svg")).isFalse();
        assertThat(ConsoleRoutes.isClientRoute("/api/nowhere/v1/things")).isFalse();
        assertThat(ConsoleRoutes.isClientRoute("/partner/v1/me")).isFalse();
    }
}
