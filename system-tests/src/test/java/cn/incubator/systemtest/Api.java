package cn.incubator.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the platform as a client would: tokens from Keycloak, requests through the gateway. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Tokens by user, reused while they have more than {@link #TOKEN_RESERVE} to live (classes keep them in fields). */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Duration TOKEN_RESERVE = Duration.ofMinutes(8);

    private record Token(String value, Instant expiresAt) {
    }

    private Api() {
    }

    static String gateway() {
        return RunningPlatform.platform().config().gatewayUrl();
    }

    static String keycloak() {
        return RunningPlatform.platform().config().keycloakUrl();
    }

    /** A real access token for a demo user, by the password grant of the {@code incubator-cli} client. */
    static String token(String username) {
        return TOKENS.compute(username, (user, cached) -> cached != null
                && Instant.now().plus(TOKEN_RESERVE).isBefore(cached.expiresAt()) ? cached
                : tokenWithExpiry(Map.of("grant_type", "password", "client_id", "incubator-cli", "username", user,
                        "password", "demo"), "incubator")).value();
    }

    static String tokenFrom(Map<String, String> form, String realm) {
        return tokenWithExpiry(form, realm).value();
    }

    private static Token tokenWithExpiry(Map<String, String> form, String realm) {
        Instant asked = Instant.now();
        Response response = send(HttpRequest.newBuilder(URI.create(keycloak() + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        if (response.status() != 200) {
            throw new IllegalStateException("No token for " + form.get("username") + ": " + response.body());
        }
        return new Token(response.json().get("access_token").asString(),
                asked.plusSeconds(response.json().get("expires_in").asLong()));
    }

    static Response get(String path, String token) {
        return get(path, token, "zh-CN");
    }

    static Response get(String path, String token, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Accept-Language", language).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    static Response post(String path, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static Response patch(String path, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static Response put(String path, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static Response delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Authorization", "Bearer " + token).DELETE());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The rows of a list answer: the page envelope's {@code items} (every list operation answers with one). */
        JsonNode items() {
            JsonNode items = json().get("items");
            if (items == null || !items.isArray()) {
                throw new AssertionError("not a page of a list (HTTP " + status + "): " + body);
            }
            return items;
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    /** Waits (polling every half second) until the condition holds; fails the test after the timeout. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
