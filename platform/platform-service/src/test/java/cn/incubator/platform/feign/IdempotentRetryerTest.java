package cn.incubator.platform.feign;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdempotentRetryerTest {

    private static RetryableException failed(HttpMethod method) {
        Request request = Request.create(method, "http://registry/x", Map.of(), new byte[0], StandardCharsets.UTF_8,
                null);
        return new RetryableException(503, "down", method, (Long) null, request);
    }

    @ParameterizedTest
    @EnumSource(value = HttpMethod.class, names = {"POST", "PATCH"})
    void neverRetriesACallThatIsNotIdempotent(HttpMethod method) {
        Retryer retryer = new IdempotentRetryer(2).clone();

        assertThatThrownBy(() -> retryer.continueOrPropagate(failed(method))).isInstanceOf(RetryableException.class);
    }

    @ParameterizedTest
    @EnumSource(value = HttpMethod.class, names = {"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
    void retriesAnIdempotentCallUpToTheAttempts(HttpMethod method) {
        Retryer retryer = new IdempotentRetryer(2).clone();

        assertThatCode(() -> retryer.continueOrPropagate(failed(method))).doesNotThrowAnyException();
        assertThatThrownBy(() -> retryer.continueOrPropagate(failed(method))).isInstanceOf(RetryableException.class);
    }

    @Test
    void eachCallStartsWithItsOwnCount() {
        IdempotentRetryer shared = new IdempotentRetryer(2);
        Retryer first = shared.clone();
        assertThatCode(() -> first.continueOrPropagate(failed(HttpMethod.GET))).doesNotThrowAnyException();

        Retryer second = shared.clone();
        assertThatCode(() -> second.continueOrPropagate(failed(HttpMethod.GET))).doesNotThrowAnyException();
    }
}
