package cn.incubator.platform.demo;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Demo figures computed by a service's own code: Java migrations that Flyway runs only with the demo data, that is
 * when {@code classpath:db/demo} is among its locations (the launcher adds it; production does not). A service
 * declares one bean, {@code DemoMigrations.whenDemoData(new DemoRoundsRanking())}; the platform adds its own to every
 * service ({@link #timelineChains}).
 */
public final class DemoMigrations {

    private DemoMigrations() {
    }

    public static FlywayConfigurationCustomizer whenDemoData(JavaMigration... migrations) {
        return configuration -> {
            if (Arrays.stream(configuration.getLocations())
                    .anyMatch(location -> location.isClassPath() && location.getPath().equals("db/demo"))) {
                // added to those another customizer gave (the platform's own, DemoTimelineChains, and the service's)
                configuration.javaMigrations(Stream.concat(Arrays.stream(configuration.getJavaMigrations()),
                        Arrays.stream(migrations)).toArray(JavaMigration[]::new));
            }
        };
    }

    /** The platform's own demo migration, in every service: the demo timelines' hash chains. */
    public static FlywayConfigurationCustomizer timelineChains() {
        return whenDemoData(new DemoTimelineChains());
    }
}
