package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import cn.incubator.systemtest.OpenApi.Operation;
import cn.incubator.systemtest.OpenApi.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests generated from every service's OpenAPI document, sent through the gateway as the platform
 * administrator: broken JSON, wrong types, out-of-range numbers, ids that are no UUID or name nothing, malformed and
 * unknown division codes, oversize strings, encoded path tricks, a very long URI, very large headers and body. None may
 * answer 5xx, every 4xx must be a problem document, no malformed write may be accepted, and the collections an
 * administrator can list must hold as many records afterwards as before.
 *
 * <p>The operations come from the documents alone, so a new endpoint is fuzzed without touching this test.
 */
@ExtendWith(RunningPlatform.class)
class FuzzSystemIT {

    private static final List<String> BAD_DIVISIONS = List.of("43012", "abc", "430121999000");
    private static final List<String> PATH_TRICKS = List.of("%00", "..%2F", "%2e%2e", "%2F", "%5C");
    private static final Pattern DIVISION_NAME = Pattern.compile("(?i).*(jurisdiction|within|district).*");
    private static final String VALID_DIVISION = "430121001000";
    private static final String OVERSIZE = "长".repeat(10_000);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** HTTP/1.1 so that the paths go out exactly as written (no h2c upgrade dance). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Collections whose size changes by itself while the platform runs, not because of a request: excluded from the
     * before/after comparison. (None so far: the scheduled jobs, such as the party-building watch reporting overdue
     * branches, only add rows on their own timetable, checked below by taking the "before" snapshot twice.)
     */
    private static final List<String> SELF_CHANGING = List.of();

    private final Random random = new Random(20_240_601L);
    private String token;
    private Instant tokenAt;

    @Test
    void malformedRequestsAreRefusedWithProblemDetailsAndStoreNothing() throws Exception {
        Instant start = Instant.now();
        List<Operation> operations = OpenApi.operations();
        assertThat(operations).hasSizeGreaterThan(50);

        Map<String, Long> before = snapshot(operations);
        Map<String, Long> beforeAgain = snapshot(operations);
        List<String> volatileCollections = before.keySet().stream()
                .filter(key -> !before.get(key).equals(beforeAgain.get(key))).toList();

        List<Call> calls = new ArrayList<>();
        for (Operation operation : operations) {
            calls.addAll(calls(operation));
        }
        calls.addAll(transportCalls());

        List<Result> results = send(calls);
        Map<String, Long> after = snapshot(operations);

        report(results, Duration.between(start, Instant.now()));

        List<String> serverErrors = results.stream().filter(r -> r.status() >= 500 || r.status() < 0)
                .map(Result::describe).toList();
        List<String> notProblems = results.stream()
                .filter(r -> r.status() >= 400 && r.status() < 500)
                .filter(r -> r.contentType() == null || !r.contentType().startsWith("application/problem+json"))
                .map(Result::describe).toList();
        List<String> acceptedWrites = results.stream()
                .filter(r -> r.status() >= 200 && r.status() < 300 && !r.call().method().equals("GET"))
                .map(Result::describe).toList();
        List<String> unnamed = results.stream()
                .filter(r -> r.status() == 400 && r.call().badQueryParameter() != null)
                .filter(r -> !namesField(r.body(), r.call().badQueryParameter()))
                .map(Result::describe).toList();
        Map<String, String> changed = new TreeMap<>();
        before.forEach((collection, size) -> {
            if (!volatileCollections.contains(collection) && SELF_CHANGING.stream().noneMatch(collection::contains)
                    && !size.equals(after.get(collection))) {
                changed.put(collection, size + " → " + after.get(collection));
            }
        });

        long queryRefusals = results.stream()
                .filter(r -> r.status() == 400 && r.call().badQueryParameter() != null).count();
        System.out.println("FUZZ 400s to a bad query parameter that name it: " + (queryRefusals - unnamed.size())
                + " of " + queryRefusals);
        unnamed.forEach(line -> System.out.println("FUZZ UNNAMED " + line));
        System.out.println("FUZZ collections compared: " + before.size() + ", changing by themselves: "
                + volatileCollections + ", changed: " + changed);

        assertThat(serverErrors).as("answers ≥ 500 (or no answer)").isEmpty();
        assertThat(notProblems).as("4xx answers that are not application/problem+json").isEmpty();
        assertThat(acceptedWrites).as("malformed writes that were accepted").isEmpty();
        assertThat(unnamed).as("400 answers to a bad query parameter that do not name it").isEmpty();
        assertThat(changed).as("collections changed by refused requests (of " + before.size() + " compared; "
                + "changing by themselves: " + volatileCollections + ")").isEmpty();
    }

    @Test
    void aServiceCalledDirectlyAnswersItsContainersOwnRefusalsAsProblems() {
        int port = RunningPlatform.platform().service("registry-service").port();
        for (String path : List.of("/api/registry/v1/organizations/%00", "/api/registry/v1/organizations/..%2F..%2Fx",
                "/api/registry/v1/organizations/%2e%2e/x", "/api/registry/v1/organizations;x=1",
                "/api/registry/v1/a%5Cb")) {
            Result result = send(new Call("registry", "GET", path, path, Map.of(), null, null, "direct"),
                    "http://localhost:" + port);
            System.out.println("FUZZ direct " + result.status() + " " + path + " " + result.contentType());
            assertThat(result.status()).as(result.describe()).isBetween(400, 499);
            assertThat(result.contentType()).as(result.describe()).startsWith("application/problem+json");
        }
    }

    /** Whether a problem document lists a field error for the parameter. */
    private static boolean namesField(String body, String parameter) {
        try {
            JsonNode problem = Api.JSON.readTree(body);
            return problem.path("type").asString("").equals("urn:incubator:problem:validation")
                    && problem.path("errors").valueStream()
                            .anyMatch(error -> parameter.equals(error.path("field").asString(null)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ---- the calls ----

    /** One request: {@code target} is the path and query as sent (raw), {@code what} names the mutation. */
    record Call(String service, String method, String operation, String target, Map<String, String> headers,
            String contentType, byte[] body, String what) {

        /** The query parameter this call gets wrong, if that is all it gets wrong (a GET has no body to blame). */
        String badQueryParameter() {
            return method.equals("GET") && what.startsWith("query ") ? what.substring(6, what.indexOf('=')) : null;
        }
    }

    record Result(Call call, int status, String contentType, String body) {

        String describe() {
            return status + " " + call.method() + " " + call.operation() + " [" + call.what() + "] "
                    + abbreviate(call.target(), 160) + " → " + abbreviate(body, 300);
        }
    }

    private List<Call> calls(Operation operation) {
        List<Call> calls = new ArrayList<>();
        Map<String, String> basePath = new LinkedHashMap<>();
        Map<String, String> baseQuery = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                basePath.put(parameter.name(), plain(validValue(parameter.name(), parameter.schema(), operation)));
            } else if (parameter.required()) {
                baseQuery.put(parameter.name(), plain(validValue(parameter.name(), parameter.schema(), operation)));
            }
        }
        JsonNode baseBody = operation.bodySchema() == null ? null
                : validValue("body", operation.bodySchema(), operation);
        boolean json = operation.bodyType() != null && operation.bodyType().contains("json");
        String baseBodyText = baseBody == null || !json ? null : Api.JSON.writeValueAsString(baseBody);

        // path parameters: malformed, naming nothing, encoded tricks
        boolean firstPathParameter = true;
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("path")) {
                continue;
            }
            List<String> values = new ArrayList<>(badScalars(parameter.name(), parameter.schema(), true));
            if (operation.method().equals("PUT")) {
                // PUT records under an id the caller chose: an unknown UUID with a valid body is no bad input.
                values.removeIf(FuzzSystemIT::isUuid);
            }
            if (firstPathParameter) {
                values.addAll(PATH_TRICKS);
                firstPathParameter = false;
            }
            for (String value : values) {
                Map<String, String> path = new LinkedHashMap<>(basePath);
                path.put(parameter.name(), value);
                calls.add(call(operation, path, baseQuery, operation.bodyType(), baseBodyText,
                        "path " + parameter.name() + "=" + abbreviate(value, 20)));
            }
        }
        // query parameters: wrong type, out of range, oversize, malformed and unknown division codes
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            for (String value : badScalars(parameter.name(), parameter.schema(), false)) {
                Map<String, String> query = new LinkedHashMap<>(baseQuery);
                query.put(parameter.name(), Api.encode(value));
                calls.add(call(operation, basePath, query, operation.bodyType(), baseBodyText,
                        "query " + parameter.name() + "=" + abbreviate(value, 20)));
            }
        }
        if (operation.bodyType() == null) {
            return calls;
        }
        if (!json) {
            // a multipart upload sent as JSON, and a multipart body that is no multipart
            calls.add(call(operation, basePath, baseQuery, "application/json", "{}", "json instead of multipart"));
            calls.add(call(operation, basePath, baseQuery, "multipart/form-data; boundary=fuzz", "--fuzz\r\nbroken",
                    "broken multipart"));
            return calls;
        }
        // whole body: malformed JSON, wrong shape, wrong media type
        for (String broken : List.of("{", "{\"a\":", "[1,2", "\"text\"", "[]", "42", "")) {
            calls.add(call(operation, basePath, baseQuery, "application/json", broken,
                    "body " + (broken.isEmpty() ? "empty" : broken)));
        }
        calls.add(call(operation, basePath, baseQuery, "text/plain", "x", "text/plain body"));
        // one property at a time
        if (baseBody instanceof ObjectNode object) {
            JsonNode schema = operation.bodySchema();
            for (Map.Entry<String, JsonNode> property : properties(schema, operation).entrySet()) {
                for (JsonNode bad : badValues(property.getKey(), property.getValue(), operation)) {
                    ObjectNode mutated = object.deepCopy();
                    mutated.set(property.getKey(), bad);
                    calls.add(call(operation, basePath, baseQuery, "application/json",
                            Api.JSON.writeValueAsString(mutated),
                            "body " + property.getKey() + "=" + abbreviate(bad.toString(), 24)));
                }
            }
        }
        return calls;
    }

    private static Call call(Operation operation, Map<String, String> path, Map<String, String> query,
            String contentType, String body, String what) {
        String target = operation.path();
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        if (!query.isEmpty()) {
            target += "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&"));
        }
        boolean sendsBody = !operation.method().equals("GET") && !operation.method().equals("DELETE");
        return new Call(operation.service(), operation.method(), operation.path(), target, Map.of(),
                sendsBody && body != null ? contentType : null,
                sendsBody && body != null ? body.getBytes(StandardCharsets.UTF_8) : null, what);
    }

    /** Transport-level abuse, once per service: a very long URI, very large headers, a body past the limit. */
    private List<Call> transportCalls() {
        List<Call> calls = new ArrayList<>();
        for (String service : OpenApi.SERVICES) {
            String base = "/api/" + service + "/v1/fuzz";
            calls.add(new Call(service, "GET", base, base + "?q=" + "a".repeat(20_000), Map.of(), null, null,
                    "very long URI"));
            calls.add(new Call(service, "GET", base, base, Map.of("X-Fuzz", "b".repeat(20_000)), null, null,
                    "very large header"));
            Map<String, String> many = new LinkedHashMap<>();
            for (int i = 0; i < 200; i++) {
                many.put("X-Fuzz-" + i, "c".repeat(100));
            }
            calls.add(new Call(service, "GET", base, base, many, null, null, "many headers"));
            calls.add(new Call(service, "GET", base, "/api/" + service + "/v1/%00", Map.of(), null, null, "%00 path"));
            calls.add(new Call(service, "GET", base, "/api/" + service + "/v1/..%2F..%2Factuator", Map.of(), null,
                    null, "..%2F path"));
            calls.add(new Call(service, "GET", base, "/api/" + service + "/v1/a/../../../actuator", Map.of(), null,
                    null, "../ path"));
        }
        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        calls.add(new Call("registry", "POST", "/api/registry/v1/organizations", "/api/registry/v1/organizations",
                Map.of(), "application/json", huge, "11 MB body"));
        return calls;
    }

    // ---- values ----

    private Map<String, JsonNode> properties(JsonNode schema, Operation operation) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolve(schema, operation);
        if (resolved.has("allOf")) {
            for (JsonNode part : resolved.get("allOf")) {
                properties.putAll(properties(part, operation));
            }
        }
        for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
            properties.put(property.getKey(), resolve(property.getValue(), operation));
        }
        return properties;
    }

    private static JsonNode resolve(JsonNode schema, Operation operation) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return resolve(operation.components().path(ref.substring(ref.lastIndexOf('/') + 1)), operation);
        }
        if (schema.has("oneOf")) {
            return resolve(schema.get("oneOf").get(0), operation);
        }
        if (schema.has("anyOf")) {
            return resolve(schema.get("anyOf").get(0), operation);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1 && !schema.has("properties")) {
            return resolve(schema.get("allOf").get(0), operation);
        }
        return schema;
    }

    /** A value the schema accepts; division-like names get a real street, ids a random (unknown) UUID. */
    private JsonNode validValue(String name, JsonNode rawSchema, Operation operation) {
        return validValue(name, rawSchema, operation, 0);
    }

    private JsonNode validValue(String name, JsonNode rawSchema, Operation operation, int depth) {
        JsonNode schema = resolve(rawSchema, operation);
        String format = schema.path("format").asString("");
        switch (OpenApi.type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 3) {
                    return object;
                }
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asString()));
                properties(schema, operation).forEach((property, propertySchema) -> {
                    if (required.contains(property)) {
                        object.set(property, validValue(property, propertySchema, operation, depth + 1));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(validValue(name, schema.path("items"), operation, depth + 1));
                return array;
            }
            case "integer" -> {
                long value = schema.has("minimum") ? Math.max(schema.get("minimum").asLong(), 1) : 1;
                if (schema.has("maximum")) {
                    value = Math.min(value, schema.get("maximum").asLong());
                }
                return NODES.numberNode(value);
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if (schema.has("enum") && schema.get("enum").size() > 0) {
                    return NODES.stringNode(schema.get("enum").get(0).asString());
                }
                if (format.equals("uuid")) {
                    return NODES.stringNode(UUID.randomUUID().toString());
                }
                if (format.equals("date")) {
                    return NODES.stringNode("2024-01-02");
                }
                if (format.equals("date-time")) {
                    return NODES.stringNode("2024-01-02T03:04:05Z");
                }
                if (DIVISION_NAME.matcher(name).matches()) {
                    return NODES.stringNode(VALID_DIVISION);
                }
                return NODES.stringNode("fuzz");
            }
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String plain(JsonNode value) {
        return value.isString() ? Api.encode(value.asString()) : value.isArray() && value.size() > 0
                ? plain(value.get(0)) : Api.encode(value.toString());
    }


    /** Bad values for a path or query parameter, as text. */
    private List<String> badScalars(String name, JsonNode schema, boolean inPath) {
        List<String> values = new ArrayList<>();
        String format = schema.path("format").asString("");
        String type = OpenApi.type(schema);
        if (type.equals("array")) {
            return badScalars(name, schema.path("items"), inPath);
        }
        if (DIVISION_NAME.matcher(name).matches() && type.equals("string")) {
            values.addAll(BAD_DIVISIONS);
        } else if (format.equals("uuid")) {
            values.add("not-a-uuid");
            values.add(UUID.randomUUID().toString());
        } else if (type.equals("integer") || type.equals("number")) {
            values.add("abc");
            values.add("99999999999999999999");
            values.addAll(outOfRange(schema).stream().map(String::valueOf).toList());
        } else if (type.equals("boolean")) {
            values.add("maybe");
        } else if (schema.has("enum")) {
            values.add("NOT_A_VALUE");
        } else if (format.startsWith("date")) {
            values.add("2024-13-45");
        } else if (!inPath) {
            // 300 characters, 2.7 KB encoded: within the gateway's request line limit, past any @Size of a query
            values.add("名".repeat(300));
        } else {
            values.add("fuzz-" + random.nextInt(1000));
        }
        return values;
    }

    private static List<Long> outOfRange(JsonNode schema) {
        List<Long> values = new ArrayList<>();
        if (schema.has("minimum")) {
            values.add(schema.get("minimum").asLong() - 1);
        } else {
            values.add(-1L);
        }
        if (schema.has("maximum")) {
            values.add(schema.get("maximum").asLong() + 1);
        }
        return values;
    }

    /** Bad values for a body property: wrong type, out of range, oversize, malformed ids and division codes. */
    private List<JsonNode> badValues(String name, JsonNode rawSchema, Operation operation) {
        JsonNode schema = resolve(rawSchema, operation);
        String type = OpenApi.type(schema);
        String format = schema.path("format").asString("");
        List<JsonNode> values = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                values.add(NODES.stringNode("abc"));
                values.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
                if (schema.has("minimum") || schema.has("maximum") || schema.has("exclusiveMinimum")) {
                    outOfRange(schema).forEach(v -> values.add(NODES.numberNode(v)));
                }
            }
            case "boolean" -> values.add(NODES.stringNode("maybe"));
            case "array" -> {
                values.add(NODES.stringNode("not-a-list"));
                JsonNode items = resolve(schema.path("items"), operation);
                if (!OpenApi.type(items).equals("object")) {
                    for (JsonNode bad : badValues(name, items, operation)) {
                        values.add(NODES.arrayNode().add(bad));
                    }
                }
            }
            case "object" -> values.add(NODES.stringNode("not-an-object"));
            default -> {
                values.add(NODES.objectNode().put("wrong", "type"));
                if (DIVISION_NAME.matcher(name).matches()) {
                    BAD_DIVISIONS.forEach(code -> values.add(NODES.stringNode(code)));
                } else if (format.equals("uuid")) {
                    values.add(NODES.stringNode("not-a-uuid"));
                } else if (schema.has("enum")) {
                    values.add(NODES.stringNode("NOT_A_VALUE"));
                } else if (format.startsWith("date")) {
                    values.add(NODES.stringNode("2024-13-45"));
                } else {
                    values.add(NODES.stringNode(OVERSIZE));
                }
            }
        }
        return values;
    }

    // ---- sending, snapshots, report ----

    private synchronized String token() {
        if (token == null || Duration.between(tokenAt, Instant.now()).toSeconds() > 240) {
            token = Api.tokenFrom(Map.of("grant_type", "password", "client_id", "incubator-cli",
                    "username", "admin", "password", "demo"), "incubator");
            tokenAt = Instant.now();
        }
        return token;
    }

    private List<Result> send(List<Call> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Call call : calls) {
                futures.add(pool.submit(() -> send(call)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Result send(Call call) {
        return send(call, Api.gateway());
    }

    private Result send(Call call, String base) {
        URI uri;
        try {
            uri = URI.create(base + call.target());
        } catch (IllegalArgumentException e) {
            return new Result(call, -2, null, "the test built no valid URI: " + e.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token())
                .header("Accept-Language", random.nextBoolean() ? "en" : "zh-CN");
        call.headers().forEach(request::header);
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        HttpRequest built = request.build();
        IOException failure = null;
        // One retry: the client may have picked a pooled connection the gateway had just closed after refusing an
        // unreadable request on it. A request that fails twice counts as unanswered.
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(built,
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (attempt > 1) {
                    System.out.println("FUZZ RETRIED (answered " + response.statusCode() + " the second time): "
                            + call.method() + " " + abbreviate(call.target(), 120) + " after " + failure);
                }
                return new Result(call, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null), response.body());
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(call, -1, null, "interrupted");
            }
        }
        return new Result(call, -1, null, "no answer: " + failure);
    }

    /**
     * Record counts of every collection an administrator can list without parameters: the length of a list, or the
     * {@code total} of a page. Answers of other shapes (statistics, single documents) are left out.
     */
    private Map<String, Long> snapshot(List<Operation> operations) {
        Map<String, Long> sizes = new TreeMap<>();
        for (Operation operation : operations) {
            boolean parameterless = operation.method().equals("GET") && !operation.path().contains("{")
                    && operation.parameters().stream().noneMatch(Parameter::required)
                    && !operation.path().contains("/export");
            if (!parameterless) {
                continue;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.gateway() + operation.path()))
                    .header("Authorization", "Bearer " + token()).GET();
            Api.Response response = Api.send(request);
            if (response.status() != 200 || response.contentType() == null
                    || !response.contentType().contains("json")) {
                continue;
            }
            JsonNode json = response.json();
            if (json.isArray()) {
                sizes.put(operation.key(), (long) json.size());
            } else if (json.path("total").isNumber()) {
                sizes.put(operation.key(), json.get("total").asLong());
            } else if (json.path("items").isArray()) {
                sizes.put(operation.key(), (long) json.get("items").size());
            }
        }
        return sizes;
    }

    private static void report(List<Result> results, Duration took) {
        Map<String, Long> perService = results.stream()
                .collect(Collectors.groupingBy(r -> r.call().service(), TreeMap::new, Collectors.counting()));
        Map<Integer, Long> perStatus = results.stream()
                .collect(Collectors.groupingBy(Result::status, TreeMap::new, Collectors.counting()));
        System.out.println("FUZZ calls per service: " + perService);
        System.out.println("FUZZ calls in total: " + results.size() + " in " + took.toSeconds() + " s");
        System.out.println("FUZZ answers by status: " + perStatus);
        List<String> bad = new ArrayList<>();
        for (Result result : results) {
            boolean notProblem = result.status() >= 400 && result.status() < 500
                    && (result.contentType() == null || !result.contentType().startsWith("application/problem+json"));
            boolean acceptedWrite = result.status() >= 200 && result.status() < 300
                    && !result.call().method().equals("GET");
            if (result.status() >= 500 || result.status() < 0 || notProblem || acceptedWrite) {
                bad.add(result.describe());
            }
        }
        Collections.sort(bad);
        Iterator<String> lines = bad.iterator();
        for (int i = 0; i < 400 && lines.hasNext(); i++) {
            System.out.println("FUZZ FINDING " + lines.next());
        }
    }

    private static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…(" + oneLine.length() + ")";
    }
}
