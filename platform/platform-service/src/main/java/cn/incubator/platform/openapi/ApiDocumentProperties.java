package cn.incubator.platform.openapi;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service says about itself in its OpenAPI document ({@code incubator.api.*}): its name (the path segment
 * under {@code /api/}), title, description and version, the server its operations are called on (the gateway; by
 * default {@code /}, i.e. wherever the document itself was fetched from, which is the gateway), the Keycloak URL the
 * browser reaches for Swagger UI's log-in, and the domain tag of each feature package ({@code tags.<package>}, e.g.
 * {@code tags.round=申报轮次 · Grant rounds}). The platform's own operations in every service (the replay of parked
 * events) carry the platform's tags ({@link #PLATFORM_TAGS}).
 */
@ConfigurationProperties("incubator.api")
public record ApiDocumentProperties(String name, String title, String description, String version,
        String serverUrl, String keycloakUrl, String realm, Map<String, String> tags) {

    /** The tags of the platform's feature packages that have operations in every service. */
    public static final Map<String, String> PLATFORM_TAGS = Map.of("events", "事件投递 · Event delivery");

    public ApiDocumentProperties {
        serverUrl = serverUrl == null || serverUrl.isBlank() ? "/" : serverUrl;
        realm = realm == null || realm.isBlank() ? "incubator" : realm;
        version = version == null || version.isBlank() ? "v1" : version;
        title = title == null || title.isBlank() ? name : title;
        Map<String, String> all = new java.util.HashMap<>(PLATFORM_TAGS);
        if (tags != null) {
            all.putAll(tags);
        }
        tags = Map.copyOf(all);
    }
}
