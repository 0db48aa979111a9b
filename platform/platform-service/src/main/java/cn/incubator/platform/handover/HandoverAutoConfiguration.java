package cn.incubator.platform.handover;

import cn.incubator.platform.config.PlatformServiceAutoConfiguration;
import cn.incubator.platform.node.Node;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * The handover of a subtree's records to a joining node, in every service that declares its {@link HandoverTables}:
 * the job and its public API on the joining node, the export and its internal API on the parent, and the central
 * directory the parent reports its switch to (docs/decisions.md, "Handover").
 *
 * <p>Settings: {@code incubator.handover.page-size} (500), the rows asked of the parent at a time;
 * {@code incubator.handover.retry-every} (5 s), how often a job waiting for the node's activation asks
 * again; {@code incubator.handover.directory-url}, the central registry holding the node directory (by default the
 * base of {@code incubator.rollup.directory.uri}, else {@code incubator.services.registry}).
 */
@AutoConfiguration(after = PlatformServiceAutoConfiguration.class)
@ConditionalOnBean(HandoverTables.class)
public class HandoverAutoConfiguration {

    @Bean
    HandoverJob handoverJob(JdbcClient jdbcClient, PlatformTransactionManager transactionManager,
            HandoverTables tables, Clock clock,
            @Value("${incubator.handover.page-size:" + HandoverJob.PAGE + "}") int pageSize) {
        return new HandoverJob(jdbcClient, new TransactionTemplate(transactionManager), tables, clock, pageSize);
    }

    /** The central registry's directory; the registry, which holds it, declares its own. */
    @Bean
    @ConditionalOnMissingBean
    HandoverDirectory handoverDirectory(@Qualifier("serviceRestClient") RestClient serviceRestClient,
            Environment environment) {
        return new RemoteHandoverDirectory(serviceRestClient, centralRegistry(environment));
    }

    @Bean
    HandoverExport handoverExport(SubtreeFences fences, JdbcClient jdbcClient,
            PlatformTransactionManager transactionManager, HandoverTables tables, HandoverDirectory directory,
            @Value("${incubator.api.name}") String service) {
        return new HandoverExport(fences, jdbcClient, new TransactionTemplate(transactionManager), tables, directory,
                service);
    }

    @Bean
    HandoverFeedController handoverFeedController(HandoverExport export) {
        return new HandoverFeedController(export);
    }

    @Bean
    HandoverRunner handoverRunner(HandoverJob job, Node node,
            @Qualifier("serviceRestClient") RestClient serviceRestClient,
            @Value("${incubator.handover.retry-every:5s}") Duration retryEvery) {
        return new HandoverRunner(job, node, HandoverRunner.remote(serviceRestClient), retryEvery);
    }

    /** Jobs that were waiting for the node's activation when the service stopped go on waiting once it is up. */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent>
            handoverResumer(HandoverRunner runner) {
        return event -> runner.resumeWaitingJobs();
    }

    @Bean
    HandoverController handoverController(HandoverRunner runner) {
        return new HandoverController(runner);
    }

    /** The base URL of the registry holding the central node directory, or {@code null} where none is configured. */
    static URI centralRegistry(Environment environment) {
        String explicit = environment.getProperty("incubator.handover.directory-url");
        if (explicit != null && !explicit.isBlank()) {
            return URI.create(explicit.replaceAll("/+$", ""));
        }
        String directory = environment.getProperty("incubator.rollup.directory.uri");
        if (directory != null && !directory.isBlank()) {
            URI uri = URI.create(directory);
            return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
        }
        String registry = environment.getProperty("incubator.services.registry");
        return registry == null || registry.isBlank() ? null : URI.create(registry.replaceAll("/+$", ""));
    }
}
