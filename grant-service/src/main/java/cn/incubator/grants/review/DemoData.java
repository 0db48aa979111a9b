package cn.incubator.grants.review;

import java.util.Arrays;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the demo rounds' ranking ({@link DemoRoundsRanking}) to Flyway when the demo data is loaded, that is when
 * {@code classpath:db/demo} is among its locations (the launcher adds it; production does not).
 */
@Configuration(proxyBeanMethods = false)
class DemoData {

    @Bean
    FlywayConfigurationCustomizer demoRoundsRanking() {
        return configuration -> {
            if (Arrays.stream(configuration.getLocations())
                    .anyMatch(location -> location.isClassPath() && location.getPath().equals("db/demo"))) {
                configuration.javaMigrations(new DemoRoundsRanking());
            }
        };
    }
}
