package cn.incubator.registry.node;

/**
 * Where one service of a node answers.
 *
 * @param http the base URL of its HTTP API ({@code http://10.0.3.7:8081}), where the gateway sends requests
 * @param grpc its gRPC address ({@code 10.0.3.7:9081}) for roll-ups and service calls; optional
 */
public record ServiceEndpoint(String http, String grpc) {
}
