package cn.incubator.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * 接口文档: the frame of every service's OpenAPI document, built once here from {@link ApiDocumentProperties}: title,
 * description and version; the gateway as the only server; Keycloak's log-in (OAuth 2 authorization code with PKCE,
 * client {@code incubator-console}) and a plain bearer token as the security schemes, one of them required by every
 * operation; the problem-details schemas the responses of {@link ProblemResponses} refer to; and the domain tags.
 * Internal endpoints ({@code /internal/**}) are left out by {@code springdoc.paths-to-exclude}.
 */
public final class ApiDocuments {

    public static final String BEARER = "bearer";
    public static final String KEYCLOAK = "keycloak";
    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";

    private ApiDocuments() {
    }

    /** The base document springdoc fills with the operations; its servers are kept as they are. */
    public static OpenAPI base(ApiDocumentProperties api) {
        String realm = stripSlash(api.keycloakUrl()) + "/realms/" + api.realm() + "/protocol/openid-connect";
        Components components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Keycloak 访问令牌 · A Keycloak access token (realm " + api.realm() + ")"))
                .addSecuritySchemes(KEYCLOAK, new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("经 Keycloak 登录 · Log in through Keycloak (client incubator-console, PKCE)")
                        .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                                .authorizationUrl(realm + "/auth")
                                .tokenUrl(realm + "/token")
                                .refreshUrl(realm + "/token")
                                .scopes(new Scopes().addString("openid", "OpenID Connect")))))
                .addSchemas(FIELD_ERROR, fieldError())
                .addSchemas(PROBLEM, problem());
        return new OpenAPI()
                .info(new Info().title(api.title()).description(api.description()).version(api.version()))
                .addServersItem(new Server().url(api.serverUrl()).description("网关 · Gateway"))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(KEYCLOAK));
    }

    /** Lists the domain tags the operations carry, each with its Chinese and English name, in name order. */
    public static GlobalOpenApiCustomizer tags() {
        return openApi -> {
            Set<String> used = new TreeSet<>();
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getTags() != null) {
                        used.addAll(operation.getTags());
                    }
                }));
            }
            Set<String> declared = new LinkedHashSet<>();
            if (openApi.getTags() != null) {
                openApi.getTags().forEach(tag -> declared.add(tag.getName()));
            }
            for (String name : used) {
                if (!declared.contains(name)) {
                    openApi.addTagsItem(new Tag().name(name));
                }
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problem() {
        Schema schema = new ObjectSchema()
                .description("RFC 9457 问题详情 · Problem details (application/problem+json)")
                .addProperty("type", new StringSchema().format("uri").example("urn:incubator:problem:validation"))
                .addProperty("title", new StringSchema().example("请求参数有误"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("requestId", new StringSchema())
                .addProperty("traceId", new StringSchema())
                .addProperty("errors", new ArraySchema()
                        .description("字段错误（仅 400）· Field errors (400 only)")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR)));
        schema.setRequired(java.util.List.of("type", "title", "status"));
        return schema;
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().example("name"))
                .addProperty("code", new StringSchema().example("NotBlank"))
                .addProperty("message", new StringSchema().example("不能为空"));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
