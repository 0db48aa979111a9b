package cn.incubator.deploy;

import cn.incubator.platform.node.NodeProperties;
import cn.incubator.platform.rollup.RollUpProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.grpc.client.autoconfigure.GrpcClientProperties;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The properties one application reads, from the project's own sources: its {@code application.yml}, for the
 * services also the shared service defaults, {@code incubator.node.*} ({@link NodeProperties}) and
 * {@code incubator.rollup.*} ({@link RollUpProperties}), the
 * {@code incubator.services.<route>} addresses of the routes the defaults name, and the environment variables its
 * configuration names in {@code ${NAME:default}} placeholders.
 */
final class ApplicationProperties {

    /** Spring Boot's own properties a manifest may set. */
    private static final List<String> BOOT = List.of("management.endpoint.health.probes.enabled");
    /** Read by the JVM itself. */
    private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private final List<PropertySource<?>> sources;
    private final Set<String> keys;
    private final Set<String> placeholders;

    private ApplicationProperties(List<PropertySource<?>> sources, Set<String> keys, Set<String> placeholders) {
        this.sources = sources;
        this.keys = keys;
        this.placeholders = placeholders;
    }

    /** The properties of a module of the repository ({@code gateway}, {@code registry-service}, ...). */
    static ApplicationProperties of(String module) {
        Path root = PlatformRulesTest.Sources.ROOT;
        List<PropertySource<?>> sources = new ArrayList<>(load(root.resolve(module)
                .resolve("src/main/resources/application.yml")));
        Set<String> keys = new LinkedHashSet<>(BOOT);
        if (!module.equals("gateway")) {
            Path defaults = root.resolve(
                    "platform/platform-service/src/main/resources/incubator-service-defaults.properties");
            sources.addAll(load(defaults));
            for (Class<?> properties : List.of(NodeProperties.class, RollUpProperties.class)) {
                recordKeys(properties.getAnnotation(ConfigurationProperties.class).value(), properties, keys);
            }
        }
        Set<String> placeholders = new LinkedHashSet<>();
        for (PropertySource<?> source : sources) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                keys.add(name);
                Object value = source.getProperty(name);
                PLACEHOLDER.matcher(String.valueOf(value)).results().forEach(match -> placeholders.add(match.group(1)));
                // Where the other services are: a service's routes are the gRPC channels its defaults name.
                var channel = Pattern.compile("spring\\.grpc\\.client\\.channels\\.([a-z-]+)\\.address").matcher(name);
                if (channel.matches()) {
                    keys.add("incubator.services." + channel.group(1));
                }
            }
        }
        return new ApplicationProperties(sources, keys, placeholders);
    }

    /** The keys of a record of configuration properties, nested records' too. */
    private static void recordKeys(String prefix, Class<?> record, Set<String> keys) {
        for (var component : record.getRecordComponents()) {
            String key = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                recordKeys(key, component.getType(), keys);
            } else {
                keys.add(key);
            }
        }
    }

    /**
     * Whether the environment variable {@code name} sets a property this application reads, and Spring resolves that
     * property to {@code value} when the variable is set.
     */
    boolean accepts(String name, String value) {
        if (JVM.contains(name) || placeholders.contains(name)) {
            return true;
        }
        List<String> matching = keys.stream().filter(key -> environmentNames(key).contains(name)).toList();
        if (matching.isEmpty()) {
            return false;
        }
        StandardEnvironment environment = environment(Map.of(name, value));
        for (String key : matching) {
            if (!value.equals(environment.getProperty(key))) {
                return false;
            }
            var channel = Pattern.compile("spring\\.grpc\\.client\\.channels\\.([a-z-]+)\\.address").matcher(key);
            if (channel.matches()) {
                // Bound as spring-grpc binds it: a map whose key (party-building) has a dash.
                GrpcClientProperties grpc = Binder.get(environment)
                        .bindOrCreate("spring.grpc.client", GrpcClientProperties.class);
                if (!value.equals(grpc.getChannels().get(channel.group(1)).getAddress())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Spring Boot's environment-variable forms of a property: upper case, dots to underscores, dashes dropped
     * (the canonical form) or turned into underscores (the legacy form Boot still reads). */
    static Set<String> environmentNames(String key) {
        if (key.contains("[")) {
            return Set.of();
        }
        String upper = key.toUpperCase(Locale.ROOT).replace('.', '_');
        return new LinkedHashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    private StandardEnvironment environment(Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources propertySources = environment.getPropertySources();
        propertySources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        propertySources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        propertySources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(variables)));
        sources.forEach(propertySources::addLast);
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    private static List<PropertySource<?>> load(Path file) {
        try {
            FileSystemResource resource = new FileSystemResource(file);
            return file.toString().endsWith(".properties")
                    ? new PropertiesPropertySourceLoader().load(file.toString(), resource)
                    : new YamlPropertySourceLoader().load(file.toString(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
