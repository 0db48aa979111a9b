package cn.incubator.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./start.sh}: the whole platform with demo data, until Ctrl-C; with {@code --node <jurisdiction code>} also
 * extra tier nodes beside the default one, each a set of service processes with their own databases
 * ({@link ExtraNode}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<ExtraNode> nodes;
        try {
            nodes = ExtraNode.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path home = Path.of(System.getProperty("incubator.home", ".")).toAbsolutePath().normalize();
        PlatformConfig config = PlatformConfig.local(home, PlatformConfig.requestedPortOffset(),
                PlatformConfig.requestedRunDirectory(home));
        Platform platform = Platform.prepare(config, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before anything starts: Ctrl-C (or SIGTERM) during a start stops what has been started so far,
        // PostgreSQL included, which runs detached and would otherwise outlive the launcher.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the platform ...");
            platform.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }));
        Map<ExtraNode, List<PlatformConfig.Service>> started;
        try {
            // The extra nodes' services start together with the central ones and are registered once all are up.
            started = platform.startAll(nodes);
        } catch (RuntimeException e) {
            System.err.println("The platform did not start: " + e.getMessage());
            System.err.println("Logs: " + config.runDirectory().resolve("logs"));
            System.exit(1);
            return;
        }
        printWelcome(config, platform, started);
        Control.watch(platform, config.runDirectory().resolve("control"), System.out);
        stopped.await();
    }

    private static void printWelcome(PlatformConfig config, Platform platform,
            Map<ExtraNode, List<PlatformConfig.Service>> nodes) {
        String gateway = config.gatewayUrl();
        System.out.printf("""

                Social-organization incubation platform (社会组织孵化平台) is up in %.0f s.

                  Gateway (all APIs)   %s
                  Swagger UI           %s/swagger-ui.html
                  Keycloak             %s  (admin console: admin / admin)
                  PostgreSQL           localhost:%d  (postgres / postgres; a database per service)
                  Logs                 %s

                Demo log-ins (password "demo" for all): admin, changsha-officer, county-officer, city-operator,
                xingsha-hub, langli-hub, org-admin-demo, expert-demo, instructor-demo, trainer-demo,
                ejin-horo-officer (伊金霍洛旗), yaan-operator (雅安市).

                Try it:
                  TOKEN=$(curl -s -d grant_type=password -d client_id=incubator-cli -d username=county-officer \\
                      -d password=demo %s/realms/incubator/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -s -H "Authorization: Bearer $TOKEN" %s/api/registry/v1/organizations

                Press Ctrl-C to stop.
                """, platform.uptime().toMillis() / 1000.0, gateway, gateway, config.keycloakUrl(),
                config.postgresPort(), config.runDirectory().resolve("logs"), config.keycloakUrl(), gateway);
        nodes.forEach((node, services) -> {
            System.out.printf("  Tier node %s (%s), registered in the node directory:%n", node.name(),
                    node.jurisdiction());
            services.forEach(service -> System.out.printf("    %-24s port %d (gRPC %d), database %s%n",
                    service.route(), service.port(), service.grpcPort(), service.database()));
        });
    }
}
