package cn.incubator.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code incubator-service-defaults.properties} as the lowest-precedence property source of every service, so
 * the settings all services share (actuator exposure, Flyway locations, Keycloak issuer, locale, outbox) are written
 * once; a service's own {@code application.yml}, the environment or the command line override any of them.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "incubator-service-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader().load("incubatorServiceDefaults", new ClassPathResource(RESOURCE))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
