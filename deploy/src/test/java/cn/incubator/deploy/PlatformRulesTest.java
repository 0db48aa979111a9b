package cn.incubator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The platform's own rules for its manifests, on top of the schema: hardened, probed, budgeted and fenced workloads,
 * the serving JVM profile, secrets only by reference, and environment variables that set properties the applications
 * really read.
 */
class PlatformRulesTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyWorkloadRunsNonRootReadOnlyProbedWithResourcesAndTheServingProfile(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        String servingFlags = String.join(" ", Sources.servingJvmOptions());

        assertThat(rendered.deployments).isNotEmpty();
        for (Deployment deployment : rendered.deployments) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(name).isEqualTo(65532L);
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            for (Container container : pod.getContainers()) {
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).containsExactly("ALL");
                assertThat(path(container.getStartupProbe())).as(name).isEqualTo("/actuator/health/liveness");
                assertThat(path(container.getLivenessProbe())).as(name).isEqualTo("/actuator/health/liveness");
                assertThat(path(container.getReadinessProbe())).as(name).isEqualTo("/actuator/health/readiness");
                assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
                assertThat(env(container)).as(name).containsEntry("JAVA_TOOL_OPTIONS", servingFlags);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyWorkloadHasADisruptionBudgetAndANetworkPolicyBehindADefaultDeny(String overlay) {
        Rendered rendered = Rendered.of(overlay);

        assertThat(rendered.policies).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
        });
        for (Deployment deployment : rendered.deployments) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            String name = deployment.getMetadata().getName();
            assertThat(rendered.budgets).as(name).filteredOn(budget -> selects(budget.getSpec().getSelector(), labels))
                    .hasSize(1);
            assertThat(rendered.policies).as(name)
                    .filteredOn(policy -> !policy.getSpec().getPodSelector().getMatchLabels().isEmpty()
                            && selects(policy.getSpec().getPodSelector(), labels))
                    .hasSize(1);
        }
    }

    /** Who may call whom, port by port: the gateway everything's HTTP; the rest as contracts/ and remote/ say. */
    @Test
    void networkPoliciesAdmitOnlyTheGatewayTheContractsCallersAndTheSameServiceOnOtherNodes() {
        Map<String, Map<String, Set<String>>> expected = new TreeMap<>(Map.of(
                // The contracts' callers, the same service on the other tier nodes (federated reads, handover
                // pulls and event feeds over HTTP, roll-ups over gRPC), and every service reading the registry's
                // node directory.
                "registry-service", Map.of(
                        "http", Set.of("gateway", "registry-service", "incubation-service", "grant-service",
                                "training-service", "party-building-service"),
                        "grpc", Set.of("registry-service", "incubation-service", "grant-service", "training-service")),
                "incubation-service", Map.of(
                        "http", Set.of("gateway", "incubation-service", "party-building-service"),
                        "grpc", Set.of("incubation-service", "grant-service")),
                "grant-service", Map.of("http", Set.of("gateway", "grant-service"), "grpc", Set.of("grant-service")),
                "training-service", Map.of(
                        "http", Set.of("gateway", "incubation-service", "training-service"),
                        "grpc", Set.of("incubation-service", "training-service")),
                "party-building-service", Map.of(
                        "http", Set.of("gateway", "registry-service", "party-building-service"),
                        "grpc", Set.of("incubation-service", "grant-service", "party-building-service"))));

        Map<String, Map<String, Set<String>>> actual = new TreeMap<>();
        for (NetworkPolicy policy : Rendered.of("changsha-city").policies) {
            if (policy.getSpec().getPodSelector().getMatchLabels().isEmpty()) {
                continue;
            }
            Map<String, Set<String>> byPort = new TreeMap<>();
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                for (var port : rule.getPorts()) {
                    Set<String> callers = byPort.computeIfAbsent(port.getPort().getStrVal(), key -> new TreeSet<>());
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertThat(peer.getNamespaceSelector().getMatchLabels())
                                .containsExactly(Map.entry("app.kubernetes.io/part-of", "incubator"));
                        callers.add(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                    }
                }
            }
            actual.put(policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"), byPort);
        }

        assertThat(actual).isEqualTo(expected);
        NetworkPolicy gateway = Rendered.of("gateway").policies.stream()
                .filter(policy -> "gateway".equals(policy.getMetadata().getName())).findFirst().orElseThrow();
        assertThat(gateway.getSpec().getIngress()).singleElement()
                .satisfies(rule -> assertThat(rule.getFrom()).as("open to every client").isNullOrEmpty());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void secretsAreReferencedNeverShipped(String overlay) {
        Rendered rendered = Rendered.of(overlay);

        assertThat(rendered.documents).noneMatch(document -> document.path("kind").asText().equals("Secret"));
        for (Deployment deployment : rendered.deployments) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getName().matches(".*(PASSWORD|SECRET|KEY)$")) {
                        assertThat(variable.getValue()).as(variable.getName()).isNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef().getName()).as(variable.getName())
                                .isNotBlank();
                    }
                }
            }
        }
    }

    /**
     * Each variable set on a container (directly or from a ConfigMap) is Spring's environment-variable form of a
     * property the application reads (its application.yml, the service defaults, NodeProperties, a {@code ${NAME}}
     * placeholder), and Spring's own relaxed binding resolves that property to the variable's value: a misspelt or
     * unbindable name fails here instead of being ignored at run time.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyEnvironmentVariableSetsAPropertyTheApplicationReads(String overlay) {
        Rendered rendered = Rendered.of(overlay);

        for (Deployment deployment : rendered.deployments) {
            String application = deployment.getMetadata().getName();
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, String> environment = new LinkedHashMap<>(env(container));
            container.getEnvFrom().forEach(source -> environment.putAll(
                    rendered.configMap(source.getConfigMapRef().getName()).getData()));

            ApplicationProperties properties = ApplicationProperties.of(application);
            List<String> unknown = new ArrayList<>();
            environment.forEach((name, value) -> {
                if (!properties.accepts(name, value)) {
                    unknown.add(name);
                }
            });
            assertThat(unknown).as(application + ": variables that set no property it reads").isEmpty();
        }
    }

    @Test
    void theCityNodeRunsEveryServiceAndTheStreetNodeItsOwnTwo() {
        assertThat(Rendered.of("changsha-city").names()).containsExactlyInAnyOrder("registry-service",
                "incubation-service", "grant-service", "training-service", "party-building-service");
        assertThat(Rendered.of("xingsha-street").names()).containsExactlyInAnyOrder("registry-service",
                "incubation-service");
        assertThat(Rendered.of("gateway").names()).containsExactly("gateway");

        assertThat(Rendered.of("changsha-city").configMap("incubator-node").getData())
                .containsEntry("INCUBATOR_NODE_JURISDICTION", "430100000000")
                // the public address training prints in certificates' QR codes (incubator.gateway-url)
                .containsKey("INCUBATOR_GATEWAY_URL");
        Map<String, String> street = Rendered.of("xingsha-street").configMap("incubator-node").getData();
        assertThat(street).containsEntry("INCUBATOR_NODE_JURISDICTION", "430121001000");
        // What the street node does not run, it takes from the city node.
        assertThat(street.get("SPRING_GRPC_CLIENT_CHANNELS_PARTYBUILDING_ADDRESS"))
                .contains("party-building-service.incubator-changsha.svc");
    }

    private static String path(Probe probe) {
        return probe == null || probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
    }

    private static Map<String, String> env(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar variable : container.getEnv()) {
            env.put(variable.getName(), variable.getValue() != null ? variable.getValue()
                    : "secret:" + variable.getValueFrom().getSecretKeyRef().getName());
        }
        return env;
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector.getMatchLabels() != null && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    /** One overlay, rendered and read with the strict models. */
    record Rendered(List<ObjectNode> documents, List<Deployment> deployments, List<PodDisruptionBudget> budgets,
                    List<NetworkPolicy> policies, List<ConfigMap> configMaps) {

        static Rendered of(String overlay) {
            List<ObjectNode> documents = Kustomize.overlay(overlay);
            assertThat(StrictSchema.problems(documents)).isEmpty();
            return new Rendered(documents, typed(documents, "Deployment", Deployment.class),
                    typed(documents, "PodDisruptionBudget", PodDisruptionBudget.class),
                    typed(documents, "NetworkPolicy", NetworkPolicy.class),
                    typed(documents, "ConfigMap", ConfigMap.class));
        }

        List<String> names() {
            return deployments.stream().map(deployment -> deployment.getMetadata().getName()).toList();
        }

        /** A generated ConfigMap by its name, with or without kustomize's hash suffix. */
        ConfigMap configMap(String name) {
            return configMaps.stream().filter(map -> map.getMetadata().getName().equals(name)
                            || map.getMetadata().getName().matches(Pattern.quote(name) + "-[a-z0-9]{10}"))
                    .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name));
        }

        private static <T extends HasMetadata> List<T> typed(List<ObjectNode> documents, String kind, Class<T> type) {
            return documents.stream().filter(document -> document.path("kind").asText().equals(kind))
                    .map(document -> StrictSchema.read(document, type).orElseThrow()).toList();
        }
    }

    /** The project's sources the manifests must agree with. */
    static final class Sources {

        static final Path ROOT = Path.of("..");

        /** The serving profile's flags, as the launcher has them (infra/launcher Platform.SERVING_JVM_OPTIONS). */
        static List<String> servingJvmOptions() {
            String platform = read(ROOT.resolve("infra/launcher/src/main/java/cn/incubator/launcher/Platform.java"));
            Matcher list = Pattern.compile("SERVING_JVM_OPTIONS = List\\.of\\(([^;]*)\\);").matcher(platform);
            assertThat(list.find()).as("SERVING_JVM_OPTIONS in Platform.java").isTrue();
            return Pattern.compile("\"([^\"]*)\"").matcher(list.group(1)).results().map(match -> match.group(1))
                    .collect(Collectors.toList());
        }

        static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
