package cn.incubator.platform.feign;

import cn.incubator.platform.grpc.RemoteCalls;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;

/**
 * The fallback of a Feign client: what its caller gets when the call fails or the service's breaker is open. Every
 * method throws the problem the failure stands for: a refusal of the service called keeps its status
 * ({@code dependency-refused}); a service that is down, too slow or behind an open breaker yields a 503
 * {@code dependency-unavailable} problem with {@code retryable: true}, as for gRPC calls ({@link RemoteCalls}).
 * A client declares {@code fallbackFactory} as a small subclass registered as a bean:
 * {@code @Component class Fallback extends RemoteFallbackFactory<MyClient> { Fallback() { super(MyClient.class, "registry"); } }}.
 */
public abstract class RemoteFallbackFactory<T> implements FallbackFactory<T> {

    private static final Logger log = LoggerFactory.getLogger(RemoteFallbackFactory.class);

    private final Class<T> client;
    private final String service;

    protected RemoteFallbackFactory(Class<T> client, String service) {
        this.client = client;
        this.service = service;
    }

    @Override
    public T create(Throwable cause) {
        RuntimeException problem = RemoteCalls.translate(service, cause);
        if (problem != cause) {
            log.warn("Call to {} failed: {}", service, cause.toString());
        }
        return client.cast(Proxy.newProxyInstance(client.getClassLoader(), new Class<?>[] {client},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "toString" -> "fallback of " + client.getSimpleName();
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    }
                    throw problem;
                }));
    }
}
