package cn.incubator.systemtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The operations of every service, read from the OpenAPI documents the services publish through the gateway, so
 * that the tests generated from them (the permission matrix, the fuzz) cover every operation, including the ones
 * added after the tests were written.
 */
final class OpenApi {

    /** Every business service and the name of its document under {@code /api/<name>/v3/api-docs}. */
    static final List<String> SERVICES = List.of("registry", "incubation", "grants", "training", "party-building");

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private OpenApi() {
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * @param permission the {@code x-permission} the operation declares, empty when it declares none
     * @param bodyType   the media type of the request body (JSON preferred), {@code null} when it takes none
     * @param components the document's schemas, for resolving references inside the body schema
     */
    record Operation(String service, String method, String path, Optional<String> permission,
            List<Parameter> parameters, String bodyType, JsonNode bodySchema, JsonNode components) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> pathParameters() {
            return parameters.stream().filter(p -> p.in().equals("path")).toList();
        }

        List<Parameter> requiredQuery() {
            return parameters.stream().filter(p -> p.in().equals("query") && p.required()).toList();
        }

        boolean isRead() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** All operations of all services, fetched anonymously through the gateway. */
    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            operations.addAll(operations(service));
        }
        return operations;
    }

    static List<Operation> operations(String service) {
        Api.Response response = Api.get("/api/" + service + "/v3/api-docs", null);
        if (response.status() != 200) {
            throw new IllegalStateException("No OpenAPI document for " + service + ": " + response.status());
        }
        return operations(service, response.json());
    }

    static List<Operation> operations(String service, JsonNode doc) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = doc.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            List<Parameter> shared = parameters(path.getValue().path("parameters"), doc);
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(operation.path("parameters"), doc));
                String bodyType = null;
                JsonNode bodySchema = null;
                JsonNode content = resolve(operation.path("requestBody"), doc).path("content");
                for (String type : content.propertyNames()) {
                    if (bodyType == null || type.contains("json")) {
                        bodyType = type;
                        bodySchema = resolve(content.path(type).path("schema"), doc);
                    }
                }
                Optional<String> permission = operation.has("x-permission")
                        ? Optional.of(operation.get("x-permission").asString()) : Optional.empty();
                operations.add(new Operation(service, method, path.getKey(), permission, parameters, bodyType,
                        bodySchema, components));
            }
        }
        return operations;
    }

    private static List<Parameter> parameters(JsonNode list, JsonNode doc) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode parameter = resolve(p, doc);
            String in = parameter.path("in").asString();
            if (in.equals("path") || in.equals("query")) {
                parameters.add(new Parameter(parameter.path("name").asString(), in,
                        parameter.path("required").asBoolean(false), resolve(parameter.path("schema"), doc)));
            }
        }
        return parameters;
    }

    /** Follows {@code $ref}s and takes the first branch of {@code allOf} / {@code oneOf} / {@code anyOf}. */
    static JsonNode resolve(JsonNode node, JsonNode doc) {
        for (int depth = 0; depth < 10 && node != null; depth++) {
            if (node.has("$ref")) {
                JsonNode target = doc;
                for (String part : node.get("$ref").asString().substring(2).split("/")) {
                    target = target.path(part);
                }
                node = target;
            } else if (node.has("allOf") && node.get("allOf").size() > 0 && !node.has("properties")) {
                node = node.get("allOf").get(0);
            } else if (node.has("oneOf")) {
                node = node.get("oneOf").get(0);
            } else if (node.has("anyOf")) {
                node = node.get("anyOf").get(0);
            } else {
                return node;
            }
        }
        return node == null ? JsonNodeFactory.instance.missingNode() : node;
    }

    /** The JSON type a schema describes (the first non-null one of a list), guessed from its shape when unstated. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    /** A well-formed value for a parameter: the first enum value, a number, a date, a division code or a word. */
    static String sample(Parameter parameter, String uuid) {
        JsonNode schema = parameter.schema();
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String type = type(schema);
        String format = schema.path("format").asString("");
        String name = parameter.name().toLowerCase(Locale.ROOT);
        if (format.equals("uuid")) {
            return uuid;
        }
        if (type.equals("integer") || type.equals("number")) {
            return "1";
        }
        if (type.equals("boolean")) {
            return "false";
        }
        if (format.equals("date")) {
            return "2026-12-01";
        }
        if (name.contains("jurisdiction")) {
            return "430121001000";
        }
        if (name.contains("year")) {
            return "2026";
        }
        return "x";
    }
}
