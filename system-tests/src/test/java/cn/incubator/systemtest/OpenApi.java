package cn.incubator.systemtest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The operations of every service, read from the OpenAPI documents the services publish through the gateway, so
 * that tests generated from them cover every operation, including the ones added after the test was written.
 */
final class OpenApi {

    /** Every business service and the name of its document under {@code /api/<name>/v3/api-docs}. */
    static final List<String> SERVICES = List.of("registry", "incubation", "grants", "training", "party-building");

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApi() {
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * @param permission the {@code x-permission} the operation declares, empty when it declares none
     * @param bodyType   the media type of the request body, empty when the operation takes none
     */
    record Operation(String service, String method, String path, String summary, Optional<String> permission,
            List<Parameter> parameters, Optional<String> bodyType, JsonNode bodySchema) {

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
            return method + " " + path;
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
        JsonNode document = response.json();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(document, service, method, path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode document, String service, String method, String path, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        JsonNode declared = op.get("parameters");
        if (declared != null) {
            for (JsonNode parameter : declared) {
                parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
                        parameter.path("required").asBoolean(false), resolve(document, parameter.get("schema"))));
            }
        }
        Optional<String> bodyType = Optional.empty();
        JsonNode bodySchema = null;
        JsonNode content = op.path("requestBody").path("content");
        Iterator<String> types = content.isObject() ? content.propertyNames().iterator() : null;
        if (types != null && types.hasNext()) {
            String type = types.next();
            bodyType = Optional.of(type);
            bodySchema = resolve(document, content.get(type).get("schema"));
        }
        JsonNode permission = op.get("x-permission");
        return new Operation(service, method.toUpperCase(), path, op.path("summary").asString(""),
                Optional.ofNullable(permission).map(JsonNode::asString), parameters, bodyType, bodySchema);
    }

    /** Follows a local {@code $ref} to the component it names. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String[] parts = schema.get("$ref").asString().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.get(part);
            }
            return target;
        }
        return schema;
    }

    /** A well-formed value for a parameter: the first enum value, a number, a date, a division code or a word. */
    static String sample(Parameter parameter, String uuid) {
        JsonNode schema = parameter.schema() == null ? null : parameter.schema();
        if (schema != null && schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String type = schema == null ? "string" : schema.path("type").asString("string");
        String format = schema == null ? "" : schema.path("format").asString("");
        String name = parameter.name().toLowerCase();
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
        if (name.contains("jurisdiction") || name.equals("within") || name.equals("district")) {
            return "430121001000";
        }
        if (name.contains("year")) {
            return "2026";
        }
        return "x";
    }
}
