package cn.incubator.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the start command's extra nodes in the node directory through the platform-admin API at the gateway
 * ({@code /api/registry/v1/node-directory}), as the platform's service client ({@code incubator-services}, client
 * credentials from Keycloak, the same account the gateway reads the directory with; the realm grants it
 * platform-admin for Hunan). The directory survives restarts (PostgreSQL's data is kept in {@code .run/}), so an entry
 * this machine's launcher made earlier (every endpoint on {@code http://localhost}) is removed first unless it is
 * exactly what is asked now: a start without {@code --node} leaves no node of a previous run in the routing table.
 */
final class NodeRegistration {

    static final String DIRECTORY = "/api/registry/v1/node-directory";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final PlatformConfig config;

    NodeRegistration(PlatformConfig config) {
        this.config = config;
    }

    /**
     * The entry the directory should hold for {@code node} whose service processes are {@code services}: one entry
     * with every service's endpoints by route ({@code {"registry": {"http": ..., "grpc": ...}, "incubation": ...}}).
     */
    static Map<String, Object> entry(ExtraNode node, List<PlatformConfig.Service> services) {
        Map<String, Object> endpoints = new LinkedHashMap<>();
        for (PlatformConfig.Service service : services) {
            endpoints.put(service.route(), Map.of("http", "http://localhost:" + service.port(),
                    "grpc", "localhost:" + service.grpcPort()));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", node.name());
        entry.put("jurisdiction", node.jurisdiction());
        entry.put("endpoints", endpoints);
        return entry;
    }

    /**
     * Makes the directory hold exactly {@code wanted} among the launcher's own entries: removes the others (and any
     * entry in the way of a wanted one, by name or by place), then registers what is missing.
     *
     * @return the names registered now (an entry already as wanted is kept and not listed)
     */
    List<String> reconcile(List<Map<String, Object>> wanted) {
        String token = token();
        JsonNode directory = send(token, "GET", DIRECTORY, null, 200);
        List<String> registered = new ArrayList<>();
        List<Map<String, Object>> missing = new ArrayList<>(wanted);
        for (JsonNode node : directory.required("nodes")) {
            String name = node.required("name").asString();
            JsonNode place = node.required("jurisdiction");
            String code = place.isObject() ? place.required("code").asString() : place.asString();
            Map<String, Object> same = wanted.stream()
                    .filter(entry -> entry.get("name").equals(name) && entry.get("jurisdiction").equals(code)
                            && "ACTIVE".equals(node.required("state").asString())
                            && JSON.valueToTree(entry.get("endpoints")).equals(node.required("endpoints")))
                    .findFirst().orElse(null);
            if (same != null) {
                missing.remove(same);
                continue;
            }
            boolean inTheWay = wanted.stream().anyMatch(entry -> entry.get("name").equals(name)
                    || entry.get("jurisdiction").equals(code));
            if (inTheWay || launchersOwn(node)) {
                send(token, "DELETE", DIRECTORY + "/nodes/" + node.required("id").asString(), null, 204);
            }
        }
        for (Map<String, Object> entry : missing) {
            send(token, "POST", DIRECTORY + "/nodes", entry, 201);
            registered.add((String) entry.get("name"));
        }
        return registered;
    }

    /** Whether a launcher on this machine made the entry: every endpoint it lists is on localhost. */
    static boolean launchersOwn(JsonNode node) {
        List<String> urls = new ArrayList<>();
        node.required("endpoints").forEach(endpoint -> {
            JsonNode http = endpoint.get("http");
            if (http != null && http.isString()) {
                urls.add(http.asString());
            }
        });
        return !urls.isEmpty() && urls.stream().allMatch(url -> url.startsWith("http://localhost:"));
    }

    private String token() {
        String secret = System.getenv().getOrDefault("INCUBATOR_SERVICES_CLIENT_SECRET", "incubator-services-secret");
        String form = "grant_type=client_credentials&client_id=incubator-services&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.keycloakUrl()
                        + "/realms/incubator/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return exchange(request, 200).required("access_token").asString();
    }

    private JsonNode send(String token, String method, String path, Object body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return exchange(request.build(), expected);
    }

    private static JsonNode exchange(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
