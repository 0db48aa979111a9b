package cn.incubator.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Renders a kustomization with {@code kubectl kustomize} (kustomize is built into kubectl), as {@code kubectl apply -k}
 * would, and reads the documents it prints.
 *
 * <p>Without kubectl on the PATH the checks are skipped with a message on a developer's machine, and fail where they
 * must run: under CI ({@code CI} set, as {@code .ci/run} runs) or with {@code -Dincubator.k8s.require-kubectl=true}.
 */
final class Kustomize {

    static final Path K8S = Path.of("k8s");
    static final List<String> OVERLAYS = List.of("gateway", "changsha-city", "xingsha-street");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    /** The documents of {@code deploy/k8s/overlays/<overlay>}, rendered (once per test run; each caller gets a copy). */
    static List<ObjectNode> overlay(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> render(K8S.resolve("overlays").resolve(name))).stream()
                .map(ObjectNode::deepCopy).toList();
    }

    static List<ObjectNode> render(Path kustomization) {
        String kubectl = kubectl();
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl, "kustomize", kustomization.toString())
                        .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + kustomization + " took over 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + kustomization + " failed: "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return documents(Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The YAML documents of a multi-document stream, each a mapping. */
    static List<ObjectNode> documents(String yaml) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            var values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                JsonNode document = values.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!(document instanceof ObjectNode object)) {
                    throw new IllegalStateException("a document that is not a mapping: " + document);
                }
                documents.add(object);
            }
        }
        return documents;
    }

    private static String kubectl() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "kubectl is not on the PATH: the Kubernetes manifests cannot be rendered";
        boolean required = System.getenv("CI") != null || Boolean.getBoolean("incubator.k8s.require-kubectl");
        if (required) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message + " (skipped; required under CI or with -Dincubator.k8s.require-kubectl=true)");
        return null;
    }
}
