package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The rules of {@link OpenApiRules} hold for a clean document and catch each kind of break. */
class OpenApiRulesTest {

    private static final String KEYCLOAK = "http://localhost:8180";

    private static ObjectNode clean() {
        String problem = "{\"description\":\"x\",\"content\":{\"application/problem+json\":{\"schema\":"
                + "{\"$ref\":\"#/components/schemas/Problem\"}}}}";
        String responses = "{\"200\":{\"description\":\"OK\"},\"400\":" + problem + ",\"401\":" + problem
                + ",\"403\":" + problem + ",\"404\":" + problem + ",\"409\":" + problem + "}";
        return (ObjectNode) Api.JSON.readTree("""
                {"openapi":"3.1.0",
                 "info":{"title":"公益创投 Grants","description":"d","version":"v1"},
                 "servers":[{"url":"/"}],
                 "security":[{"bearer":[]},{"keycloak":[]}],
                 "tags":[{"name":"公益创投 · Grant rounds"}],
                 "paths":{"/api/grants/v1/rounds/{id}":{
                   "get":{"tags":["公益创投 · Grant rounds"],"parameters":[{"name":"id","in":"path","required":true}],
                          "responses":%s},
                   "post":{"tags":["公益创投 · Grant rounds"],"responses":%s}}},
                 "components":{
                   "schemas":{"Problem":{"properties":{"errors":{"items":{"$ref":"#/components/schemas/FieldError"}}}}},
                   "securitySchemes":{"bearer":{"type":"http","scheme":"bearer"},
                     "keycloak":{"type":"oauth2","flows":{"authorizationCode":{
                       "authorizationUrl":"http://localhost:8180/realms/incubator/protocol/openid-connect/auth",
                       "tokenUrl":"http://localhost:8180/realms/incubator/protocol/openid-connect/token"}}}}}}
                """.formatted(responses, responses));
    }

    private static ObjectNode get(ObjectNode doc) {
        return (ObjectNode) doc.path("paths").path("/api/grants/v1/rounds/{id}").path("get");
    }

    @Test
    void aCleanDocumentKeepsEveryRule() {
        assertThat(OpenApiRules.violations("grants", clean(), KEYCLOAK)).isEmpty();
    }

    @Test
    void eachBreakIsCaught() {
        ObjectNode doc = clean();
        ((ObjectNode) doc.path("info")).put("title", "OpenAPI definition");
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).anyMatch(v -> v.contains("title"));

        doc = clean();
        doc.putArray("servers").addObject().put("url", "http://localhost:8083");
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).anyMatch(v -> v.contains("server"));

        doc = clean();
        ((ObjectNode) doc.path("components")).remove("securitySchemes");
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).anyMatch(v -> v.contains("bearer"));

        doc = clean();
        ((tools.jackson.databind.node.ArrayNode) get(doc).path("parameters")).addObject()
                .put("name", "user").put("in", "query").put("required", true);
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).anyMatch(v -> v.contains("\"user\""));

        doc = clean();
        ((ObjectNode) doc.path("paths")).set("/internal/events", doc.path("paths").path("/api/grants/v1/rounds/{id}"));
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).anyMatch(v -> v.contains("internal endpoint"));

        doc = clean();
        ((ObjectNode) get(doc).path("responses")).remove("404");
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).containsExactly(
                "grants GET /api/grants/v1/rounds/{id}: no 404 problem response");

        doc = clean();
        ((ObjectNode) get(doc).path("responses").path("200")).putObject("content").putObject("*/*")
                .putObject("schema").put("type", "string").put("format", "byte");
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).containsExactly(
                "grants GET /api/grants/v1/rounds/{id}: a file answer (200 */*, format byte) must name its media type"
                        + " with format binary");
        ((ObjectNode) get(doc).path("responses").path("200")).putObject("content").putObject("application/pdf")
                .putObject("schema").put("type", "string").put("format", "binary");
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).isEmpty();

        doc = clean();
        get(doc).putArray("tags").add("round-controller");
        assertThat(OpenApiRules.violations("grants", doc, KEYCLOAK)).anyMatch(v -> v.contains("domain tag"));
    }

    @Test
    void theCleanFixtureIsNotTriviallyEmpty() {
        JsonNode doc = clean();
        assertThat(OpenApi.operations("grants", doc)).hasSize(2);
    }
}
