package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Every breaker fallback is logged and counted with a short reason taken from the exception that tripped it. */
class FallbackReasonTest {

    @Test
    void namesTheCauseOfAFallback() {
        assertThat(FallbackController.reason(null)).isEqualTo("none");
        assertThat(FallbackController.reason(CallNotPermittedException
                .createCallNotPermittedException(CircuitBreaker.ofDefaults("registry")))).isEqualTo("breaker-open");
        assertThat(FallbackController.reason(new TimeoutException())).isEqualTo("timeout");
        assertThat(FallbackController.reason(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "slow",
                new TimeoutException("30s")))).isEqualTo("timeout");
        assertThat(FallbackController.reason(new RuntimeException(new ConnectException("Connection refused"))))
                .isEqualTo("connect-refused");
        assertThat(FallbackController.reason(new IllegalStateException("other"))).isEqualTo("error");
    }
}
