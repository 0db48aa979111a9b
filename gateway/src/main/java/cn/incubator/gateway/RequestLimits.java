package cn.incubator.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code incubator.gateway.limits.*}: the largest request body the gateway forwards (larger ones are answered 413).
 * The request line and header limits are Spring Boot's {@code server.netty.max-initial-line-length} (414 past it) and
 * {@code server.max-http-request-header-size} (431 past it), set in {@code application.yml}.
 *
 * @param maxRequestBody the largest body, e.g. an Excel import of the registry (its own limit is 10 MB)
 */
@ConfigurationProperties("incubator.gateway.limits")
record RequestLimits(@DefaultValue("10MB") DataSize maxRequestBody) {
}
