package cn.incubator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every overlay renders and passes the strict schema check; manifests with an unknown field or a wrong type fail it. */
class ManifestSchemaTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyRenderedManifestPassesTheStrictSchemaCheck(String overlay) {
        List<ObjectNode> documents = Kustomize.overlay(overlay);

        assertThat(documents).extracting(document -> document.path("kind").asText())
                .contains("Namespace", "ConfigMap", "Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy");
        assertThat(StrictSchema.problems(documents)).isEmpty();
        System.out.printf("deploy/k8s/overlays/%s: %d manifests, strict schema check passed%n", overlay,
                documents.size());
    }

    @Test
    void aRenderedManifestWithAnUnknownFieldFails() {
        List<ObjectNode> documents = Kustomize.render(Path.of("src/test/resources/broken/unknown-field"));

        assertThat(StrictSchema.problems(documents)).singleElement().asString()
                .startsWith("Deployment registry-service: spec.template.spec.containers[0].readinesProbe:")
                .contains("Unrecognized field \"readinesProbe\"");
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        ObjectNode deployment = deployment();
        deployment.with("spec").put("replicas", "two");

        assertThat(StrictSchema.problems(deployment)).singleElement().asString()
                .startsWith("Deployment registry-service: spec.replicas:");
    }

    @Test
    void anUnknownFieldDeepInsideFails() {
        ObjectNode deployment = deployment();
        ((ObjectNode) deployment.at("/spec/template/spec/securityContext")).put("runAsNonRot", true);

        assertThat(StrictSchema.problems(deployment)).singleElement().asString()
                .contains("spec.template.spec.securityContext.runAsNonRot");
    }

    @Test
    void anApiVersionTheSchemasDoNotHaveFails() {
        ObjectNode budget = Kustomize.overlay("xingsha-street").stream()
                .filter(document -> document.path("kind").asText().equals("PodDisruptionBudget"))
                .findFirst().orElseThrow();
        budget.put("apiVersion", "policy/v1beta1");

        assertThat(StrictSchema.problems(budget)).singleElement().asString()
                .contains("no schema for apiVersion policy/v1beta1 kind PodDisruptionBudget");
    }

    @Test
    void theUnchangedDeploymentPasses() {
        assertThat(StrictSchema.problems(deployment())).isEmpty();
    }

    private static ObjectNode deployment() {
        return Kustomize.overlay("xingsha-street").stream()
                .filter(document -> document.path("kind").asText().equals("Deployment")
                        && document.path("metadata").path("name").asText().equals("registry-service"))
                .findFirst().orElseThrow();
    }
}
