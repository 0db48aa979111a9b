package cn.incubator.gateway;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers 413 with a problem document for a body larger than {@link RequestLimits#maxRequestBody()}: at once when the
 * {@code Content-Length} says so, and, for a body sent in chunks, as soon as the bytes read pass the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestBodyLimitFilter implements WebFilter {

    private final long maxBytes;
    private final long maxKilobytes;
    private final GatewayProblems problems;

    RequestBodyLimitFilter(RequestLimits limits, GatewayProblems problems) {
        this.maxBytes = limits.maxRequestBody().toBytes();
        this.maxKilobytes = limits.maxRequestBody().toKilobytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            // Read and drop the body first (buffers are released as they come), so that the client, still sending,
            // reads the answer instead of a reset connection.
            return request.getBody().doOnNext(DataBufferUtils::release).then()
                    .onErrorResume(e -> Mono.empty())
                    .then(Mono.defer(() -> problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                            maxKilobytes)));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong read = new AtomicLong();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnNext(buffer -> {
                    if (read.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }
}
