package cn.incubator.systemtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What every service's OpenAPI document must say (issue 12, platform {@code openapi.ApiDocuments} and
 * {@code ProblemResponses}): a title, description and version of its own; the gateway as its only server; Keycloak's
 * log-in and a bearer token as security schemes, required everywhere; no internal parameter ({@code user}, the
 * caller) and no internal endpoint ({@code /internal/**}); on every operation the problem responses (400 with field
 * errors, 401, 403; 404 where the path names a record; 409 for writes) as {@code application/problem+json}; one
 * domain tag, named in Chinese and English; and a file answer (an export, a PDF) described as its media type with
 * {@code format: binary}, not springdoc's default {@code *}{@code /*} base64 string.
 */
final class OpenApiRules {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiRules() {
    }

    /** Every broken rule of one document, each as a sentence naming the operation; empty when it keeps them all. */
    static List<String> violations(String service, JsonNode doc, String keycloakUrl) {
        List<String> broken = new ArrayList<>();
        JsonNode info = doc.path("info");
        String title = info.path("title").asString("");
        if (title.isBlank() || title.startsWith("OpenAPI definition")) {
            broken.add(service + ": generic or missing title \"" + title + "\"");
        }
        if (info.path("description").asString("").isBlank()) {
            broken.add(service + ": no description");
        }
        String version = info.path("version").asString("");
        if (version.isBlank() || version.equals("v0")) {
            broken.add(service + ": generic or missing version \"" + version + "\"");
        }

        JsonNode servers = doc.path("servers");
        if (servers.size() != 1 || !servers.get(0).path("url").asString("").equals("/")) {
            broken.add(service + ": the only server must be the gateway (\"/\"), not " + servers);
        }

        JsonNode schemes = doc.path("components").path("securitySchemes");
        boolean bearer = false;
        boolean keycloak = false;
        for (Map.Entry<String, JsonNode> scheme : schemes.properties()) {
            JsonNode s = scheme.getValue();
            if (s.path("type").asString("").equals("http") && s.path("scheme").asString("").equalsIgnoreCase("bearer")) {
                bearer = true;
            }
            JsonNode code = s.path("flows").path("authorizationCode");
            if (s.path("type").asString("").equals("oauth2")
                    && code.path("authorizationUrl").asString("").startsWith(keycloakUrl + "/realms/incubator/")
                    && code.path("tokenUrl").asString("").startsWith(keycloakUrl + "/realms/incubator/")) {
                keycloak = true;
            }
        }
        if (!bearer) {
            broken.add(service + ": no bearer security scheme");
        }
        if (!keycloak) {
            broken.add(service + ": no OAuth 2 authorization-code scheme on Keycloak at " + keycloakUrl);
        }
        Set<String> required = new TreeSet<>();
        doc.path("security").forEach(requirement -> required.addAll(requirement.propertyNames()));
        if (required.isEmpty() || !schemes.propertyNames().containsAll(required)) {
            broken.add(service + ": the document requires no declared security scheme (" + required + ")");
        }
        if (doc.path("components").path("schemas").has("CurrentUser")) {
            broken.add(service + ": the internal CurrentUser is a schema of the document");
        }
        // springdoc drops unreferenced schemas: a document without operations (training today) has no Problem.
        JsonNode problem = doc.path("components").path("schemas").path("Problem");
        if (!doc.path("paths").isEmpty() && !problem.path("properties").path("errors").path("items").has("$ref")) {
            broken.add(service + ": no Problem schema with field errors");
        }

        Set<String> declaredTags = new TreeSet<>();
        doc.path("tags").forEach(tag -> declaredTags.add(tag.path("name").asString("")));
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            String route = path.getKey();
            if (route.contains("/internal")) {
                broken.add(service + ": internal endpoint " + route);
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                String key = service + " " + method.toUpperCase(Locale.ROOT) + " " + route;
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    String name = parameter.path("name").asString("");
                    if (name.equals("user") || parameter.path("schema").path("$ref").asString("").endsWith("/CurrentUser")) {
                        broken.add(key + ": internal parameter \"" + name + "\"");
                    }
                }
                JsonNode responses = operation.path("responses");
                List<String> problems = new ArrayList<>(List.of("400", "401", "403"));
                if (route.contains("{")) {
                    problems.add("404");
                }
                if (!method.equals("get")) {
                    problems.add("409");
                }
                for (String status : problems) {
                    JsonNode schema = responses.path(status).path("content").path("application/problem+json")
                            .path("schema");
                    if (!schema.path("$ref").asString("").equals(PROBLEM)) {
                        broken.add(key + ": no " + status + " problem response");
                    }
                }
                boolean success = false;
                for (String status : responses.propertyNames()) {
                    success |= status.startsWith("2");
                }
                if (!success) {
                    broken.add(key + ": no success response");
                }
                for (String status : responses.propertyNames()) {
                    if (!status.startsWith("2")) {
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> media : responses.path(status).path("content").properties()) {
                        String format = media.getValue().path("schema").path("format").asString("");
                        if (format.equals("byte") || format.equals("binary") && media.getKey().equals("*/*")) {
                            broken.add(key + ": a file answer (" + status + " " + media.getKey() + ", format " + format
                                    + ") must name its media type with format binary");
                        }
                    }
                }
                JsonNode tags = operation.path("tags");
                String tag = tags.size() == 1 ? tags.get(0).asString("") : "";
                if (tags.size() != 1 || tag.endsWith("-controller") || !tag.codePoints().anyMatch(OpenApiRules::cjk)
                        || !tag.codePoints().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                    broken.add(key + ": needs one domain tag in Chinese and English, has " + tags);
                } else if (!declaredTags.contains(tag)) {
                    broken.add(key + ": tag \"" + tag + "\" is not listed in the document's tags");
                }
            }
        }
        return broken;
    }

    private static boolean cjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
