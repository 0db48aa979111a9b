package cn.incubator.partybuilding.rating;

import cn.incubator.platform.demo.DemoMigrations;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the demo star ratings ({@link DemoStarRatings}) to Flyway when the demo data is loaded
 * ({@link DemoMigrations}).
 */
@Configuration(proxyBeanMethods = false)
class DemoData {

    @Bean
    FlywayConfigurationCustomizer demoStarRatings() {
        return DemoMigrations.whenDemoData(new DemoStarRatings());
    }
}
