package cn.incubator.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A strict schema check of rendered manifests against the Kubernetes API models (fabric8 kubernetes-model 8.0.0,
 * generated from the Kubernetes OpenAPI schemas): the {@code apiVersion}/{@code kind} must be one the models know,
 * every field must exist in the schema at its place, and every value must have the schema's type.
 *
 * <p>fabric8's models keep fields they do not know in an {@code additionalProperties} map ({@code @JsonAnySetter}),
 * so that a client never loses data; here that catch-all is switched off, so an unknown field (a typo such as
 * {@code readinesProbe}, a field at the wrong level) fails with its path. Scalars are not coerced either: a string
 * where the schema has an integer fails.
 */
final class StrictSchema {

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictSchema() {
    }

    /** The problems of one document (empty when it passes), each naming the document and the field's path. */
    static List<String> problems(ObjectNode document) {
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        String name = kind + " " + document.path("metadata").path("name").asText("?");
        Class<? extends HasMetadata> type = KINDS.get(apiVersion + "/" + kind);
        if (type == null) {
            return List.of(name + ": no schema for apiVersion " + apiVersion + " kind " + kind
                    + " (known: " + KINDS.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        try {
            STRICT.treeToValue(document, type);
            return List.of();
        } catch (JsonMappingException e) {
            return List.of(name + ": " + path(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            return List.of(name + ": " + e.getOriginalMessage());
        }
    }

    static List<String> problems(List<ObjectNode> documents) {
        return documents.stream().flatMap(document -> problems(document).stream()).toList();
    }

    /** A typed reading of a document that passed the check. */
    static <T extends HasMetadata> Optional<T> read(ObjectNode document, Class<T> type) {
        try {
            return Optional.of(STRICT.treeToValue(document, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
