package cn.incubator.platform.demo;

import java.util.Arrays;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Demo figures computed by a service's own code: Java migrations that Flyway runs only with the demo data, that is
 * when {@code classpath:db/demo} is among its locations (the launcher adds it; production does not). A service
 * declares one bean, {@code DemoMigrations.whenDemoData(new DemoRoundsRanking())}.
 */
public final class DemoMigrations {

    private DemoMigrations() {
    }

    public static FlywayConfigurationCustomizer whenDemoData(JavaMigration... migrations) {
        return configuration -> {
            if (Arrays.stream(configuration.getLocations())
                    .anyMatch(location -> location.isClassPath() && location.getPath().equals("db/demo"))) {
                configuration.javaMigrations(migrations);
            }
        };
    }
}
