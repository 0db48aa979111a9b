package cn.incubator.grants.review;

import cn.incubator.platform.demo.DemoMigrations;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the demo rounds' ranking ({@link DemoRoundsRanking}) to Flyway when the demo data is loaded
 * ({@link DemoMigrations}).
 */
@Configuration(proxyBeanMethods = false)
class DemoData {

    @Bean
    FlywayConfigurationCustomizer demoRoundsRanking() {
        return DemoMigrations.whenDemoData(new DemoRoundsRanking());
    }
}
