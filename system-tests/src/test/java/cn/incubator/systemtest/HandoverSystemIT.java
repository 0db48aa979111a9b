package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.launcher.Platform;
import cn.incubator.launcher.PlatformConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import tools.jackson.databind.JsonNode;

/**
 * 数据移交 through the real processes (issue 14): a Xingsha node running the registry and incubation joins (registered
 * as joining), the platform admin starts the registry's handover on it, while the Xingsha hub keeps filing
 * organizations through the gateway. The node's registry is killed part-way through the copy, started again and the
 * job resumed. After the registry's switch the node is still joining (incubation has not switched) and the parent
 * keeps the subtree fenced; incubation's handover then activates it. Every filing answered 201 is found afterwards on
 * the Xingsha node, the others answered 503 with Retry-After, every table of both services matches in count and
 * checksum, and a moved organization's and a moved case's timelines verify on the new node. The county officer's
 * organization search, statistics and case list, answered by the central node, and the county's roll-up still count
 * every Xingsha record (federated to the Xingsha node once it holds them).
 */
@ExtendWith(RunningPlatform.class)
// Last of all system tests (junit-platform.properties), and alone, after the classes run beside the others: afterwards
// Xingsha's registry and incubation records are on the Xingsha node, which the test stops.
@Order(Integer.MAX_VALUE)
@Isolated
class HandoverSystemIT {

    private static final String XINGSHA = "430121001000";
    private static final String COUNTY = "430121000000";
    private static final String NODES = "/api/registry/v1/node-directory/nodes";
    private static final String XINGSHA_LIST = "/api/registry/v1/organizations?size=1";
    private static final String CASES = "/api/incubation/v1/cases";
    /** The demo's incubation cases of Xingsha (星沙街道湘绣互助队, 长沙县星沙街道阳光养老服务中心). */
    private static final List<String> XINGSHA_CASES = List.of("c0000000-0000-4000-8000-000000000001",
            "c0000000-0000-4000-8000-000000000015");

    private record Filed(int status, String id, String retryAfter, String node) {
    }

    @Test
    void aHandoverWhileTheHubFilesLosesNoAnsweredWrite() throws Exception {
        Platform platform = RunningPlatform.platform();
        PlatformConfig.Service central = platform.service("registry-service");
        PlatformConfig.Service centralIncubation = platform.service("incubation-service");
        PlatformConfig.Service node = platform.startNodeService(central, "xingsha", XINGSHA, 40);
        PlatformConfig.Service nodeIncubation = platform.startNodeService(centralIncubation, "xingsha", XINGSHA, 40,
                List.of(node));
        platform.awaitService(node);
        platform.awaitService(nodeIncubation);
        String admin = Api.token("admin");
        String hub = Api.token("xingsha-hub");
        String county = Api.token("county-officer");
        long countyBefore = Api.get("/api/registry/v1/organizations?size=1", county).json().get("total").asLong();
        JsonNode rolledUpBefore = completeRollUp(county);
        long countyRolledUpBefore = rolledUpBefore.get("total").get("organizations").asLong();
        long countyCountedBefore = countyStatistics(county).json().get("total").asLong();
        long countyCasesBefore = Api.get(CASES + "?size=1", county).json().get("total").asLong();
        for (String id : XINGSHA_CASES) {
            assertThat(Api.get(CASES + "/" + id, county).header("Incubator-Node")).isEqualTo("central");
        }

        Api.Response registered = Api.post(NODES, admin, Map.of("name", "xingsha", "jurisdiction", XINGSHA,
                "joining", true, "endpoints", Map.of("registry", Map.of("http", "http://localhost:" + node.port(),
                        "grpc", "localhost:" + node.grpcPort()), "incubation", Map.of("http", "http://localhost:"
                        + nodeIncubation.port(), "grpc", "localhost:" + nodeIncubation.grpcPort()))));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("state").asString()).isEqualTo("JOINING");
        String nodeId = registered.json().get("id").asString();

        List<Filed> filed = new CopyOnWriteArrayList<>();
        AtomicBoolean filing = new AtomicBoolean(true);
        Thread client = new Thread(() -> {
            while (filing.get()) {
                Api.Response response = Api.post("/api/registry/v1/organizations", hub, Map.of("name",
                        "星沙移交测试队" + UUID.randomUUID().toString().substring(0, 8), "legalForm",
                        "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA, "category", "COMMUNITY_SERVICE"));
                filed.add(new Filed(response.status(), response.status() == 201
                        ? response.json().get("id").asString() : null, response.header("Retry-After"),
                        String.valueOf(response.header("Incubator-Node"))));
                if (response.status() == 503) {
                    sleep(300);
                }
            }
        }, "handover-client");
        client.start();
        try {
            sleep(1_000);
            // Started on the joining node itself (the gateway routes Xingsha to the parent until the switch).
            String job = start(node, central, "registry", admin);

            // Killed (SIGKILL) part-way through its copy: some tables copied, not all.
            // Asked as fast as the node answers (not every half second): the copy may take only a second or two.
            JsonNode[] status = {handover(node, job, admin)};
            long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!("COPY".equals(status[0].get("step").asString()) && copied(status[0]) > 0)) {
                assertThat(status[0].get("step").asString()).as("the job still before the end of its copy")
                        .isIn("FENCE", "COPY");
                assertThat(System.nanoTime()).as("the copy begun within 2 minutes").isLessThan(giveUp);
                status[0] = handover(node, job, admin);
            }
            kill(node);
            long copiedWhenKilled = copied(status[0]);
            System.out.printf("Handover killed in its copy, %d rows copied so far%n", copiedWhenKilled);
            platform.startNodeService(central, "xingsha", XINGSHA, 40);
            platform.awaitService(node);
            JsonNode afterRestart = handover(node, job, admin);
            assertThat(afterRestart.get("step").asString()).as("the kill stopped the job before its end")
                    .isIn("COPY", "VERIFY", "SWITCH");
            assertThat(afterRestart.get("step").asString()).isNotEqualTo("DONE");
            Api.Response resumed = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port()
                            + "/api/registry/v1/handovers/" + job + "/resume"))
                    .header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(resumed.status()).as(resumed.body()).isEqualTo(202);
            // The registry switched, incubation not yet: the node stays joining, the parent keeps Xingsha fenced and its
            // copies (the job waits at RETIRE for the node's activation).
            Api.await("the registry's handover waiting for the node's activation", Duration.ofMinutes(5), () -> {
                status[0] = handover(node, job, admin);
                return "RETIRE".equals(status[0].get("step").asString());
            });
            assertThat(state(nodeId, admin)).isEqualTo("JOINING");
            int refusedBefore = (int) filed.stream().filter(f -> f.status() == 503).count();
            sleep(2_000);
            assertThat(filed.stream().filter(f -> f.status() == 201 && f.node().equals("xingsha")))
                    .as("no write reaches a node that is still joining").isEmpty();
            assertThat(filed.stream().filter(f -> f.status() == 503).count())
                    .as("the parent still fences Xingsha").isGreaterThan(refusedBefore);

            String incubationJob = start(nodeIncubation, centralIncubation, "incubation", admin);
            JsonNode[] incubationStatus = {null};
            Api.await("incubation's handover done", Duration.ofMinutes(5), () -> {
                incubationStatus[0] = handover(nodeIncubation, incubationJob, admin);
                return "DONE".equals(incubationStatus[0].get("step").asString());
            });
            assertThat(state(nodeId, admin)).isEqualTo("ACTIVE");
            Api.await("the registry's handover done", Duration.ofMinutes(2), () -> {
                status[0] = handover(node, job, admin);
                return "DONE".equals(status[0].get("step").asString());
            });
            // Keep filing until the gateway has read the switched directory (every 3 s) and sends Xingsha to the node.
            Api.await("Xingsha's filings reaching the Xingsha node", Duration.ofSeconds(15), () -> filed.stream()
                    .anyMatch(f -> f.status() == 201 && f.node().equals("xingsha")));
            sleep(1_000);
            filing.set(false);
            client.join(30_000);

            for (JsonNode done : List.of(status[0], incubationStatus[0])) {
                for (JsonNode table : done.get("tables")) {
                    assertThat(table.get("targetCount").asLong()).as(table.toString())
                            .isEqualTo(table.get("sourceCount").asLong());
                    assertThat(table.get("targetChecksum").asString()).as(table.toString())
                            .isEqualTo(table.get("sourceChecksum").asString());
                }
            }
            assertThat(rows(incubationStatus[0], "incubation_case")).as("the demo's Xingsha cases (at least) moved")
                    .isGreaterThanOrEqualTo(XINGSHA_CASES.size());
            // Refused only briefly, by the fence (503 subtree-fenced, also while the killed job was down) or, in the
            // seconds before the gateway reads the switch, by the parent (503 subtree-moved): each with Retry-After.
            assertThat(filed).as("every write landed or was asked to retry").allSatisfy(f -> {
                assertThat(f.status()).as(f.toString()).isIn(201, 503);
                if (f.status() == 503) {
                    assertThat(f.retryAfter()).isNotBlank();
                }
            });
            assertThat(filed).as("writes refused while the killed job held the fence")
                    .anyMatch(f -> f.status() == 503);
            List<String> answered = filed.stream().filter(f -> f.status() == 201).map(Filed::id).toList();
            assertThat(answered).isNotEmpty();
            for (String id : answered) {
                Api.Response found = Api.get("/api/registry/v1/organizations/" + id, hub);
                assertThat(found.status()).as("filing " + id + " answered 201 survives").isEqualTo(200);
                assertThat(found.header("Incubator-Node")).isEqualTo("xingsha");
            }
            Api.Response verification = Api.get("/api/registry/v1/organizations/" + answered.get(0)
                    + "/timeline/verification", hub);
            assertThat(verification.status()).as(verification.body()).isEqualTo(200);
            assertThat(verification.json().get("intact").asBoolean()).isTrue();
            long onNode = Api.get(XINGSHA_LIST, hub).json().get("total").asLong();
            assertThat(onNode).isEqualTo(status[0].get("tables").get(0).get("sourceCount").asLong()
                    + filed.stream().filter(f -> f.status() == 201 && f.node().equals("xingsha")).count());
            for (String id : XINGSHA_CASES) {
                Api.Response moved = Api.get(CASES + "/" + id, county);
                assertThat(moved.status()).as(moved.body()).isEqualTo(200);
                assertThat(moved.header("Incubator-Node")).as("case " + id + " found on the node").isEqualTo("xingsha");
            }
            Api.Response caseChain = Api.get(CASES + "/" + XINGSHA_CASES.get(1) + "/timeline/verification", county);
            assertThat(caseChain.status()).as(caseChain.body()).isEqualTo(200);
            assertThat(caseChain.json().get("intact").asBoolean()).isTrue();
            Api.Response countyCases = Api.get(CASES + "?size=1", county);
            assertThat(countyCases.header("Incubator-Partial")).isNull();
            assertThat(countyCases.json().get("total").asLong()).as("the county's case list does not shrink")
                    .isEqualTo(countyCasesBefore);
            Api.Response countyAfter = Api.get("/api/registry/v1/organizations?size=1", county);
            assertThat(countyAfter.header("Incubator-Node")).isEqualTo("central");
            assertThat(countyAfter.json().get("total").asLong()).as("views do not shrink")
                    .isEqualTo(countyBefore + answered.size());
            // The node's JVM was started again a minute ago: its first gRPC answers may miss the roll-up's deadline
            // (then it is named missing, as it should be), until it is warm.
            JsonNode rolledUp = completeRollUp(county);
            assertThat(rolledUp.get("total").get("organizations").asLong())
                    .as("the county's statistics do not shrink: before %s, after %s", rolledUpBefore, rolledUp)
                    .isEqualTo(countyRolledUpBefore + answered.size());
            Api.Response counted = countyStatistics(county);
            assertThat(counted.header("Incubator-Partial")).isNull();
            assertThat(counted.json().get("total").asLong()).as("the county's statistics, federated")
                    .isEqualTo(countyCountedBefore + answered.size());
            long fenced = filed.stream().filter(f -> f.status() == 503).count();
            System.out.printf("Handover: %d filings answered 201, %d fenced (503); fence window %s to %s%n",
                    answered.size(), fenced, status[0].get("fencedAt"), status[0].get("unfencedAt"));
        } finally {
            filing.set(false);
            client.join(30_000);
            Api.delete(NODES + "/" + nodeId, admin);
            platform.stopService(nodeIncubation.name());
            platform.stopService(node.name());
        }
    }

    /** Starts the handover of Xingsha on the joining node's {@code service} from the central one; the job's id. */
    private static String start(PlatformConfig.Service node, PlatformConfig.Service parent, String service,
            String admin) throws Exception {
        // Asked of the joining node itself (the gateway routes Xingsha to the parent until the switch).
        Api.Response started = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port()
                        + "/api/" + service + "/v1/handovers"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Map.of("jurisdiction",
                        XINGSHA, "node", "xingsha", "parent", "http://localhost:" + parent.port())))));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().get("id").asString();
    }

    /** The node's state in the directory (接入中 JOINING, 运行中 ACTIVE, ...). */
    private static String state(String nodeId, String admin) {
        for (JsonNode node : Api.get("/api/registry/v1/node-directory", admin).json().get("nodes")) {
            if (node.get("id").asString().equals(nodeId)) {
                return node.get("state").asString();
            }
        }
        throw new AssertionError("node " + nodeId + " not in the directory");
    }

    /** The job's status, asked of the node's service that runs it. */
    private static JsonNode handover(PlatformConfig.Service node, String job, String token) {
        Api.Response response = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port()
                + "/api/" + node.route() + "/v1/handovers/" + job)).header("Authorization", "Bearer " + token));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static long rows(JsonNode status, String name) {
        for (JsonNode table : status.get("tables")) {
            if (table.get("table").asString().equals(name)) {
                return table.get("sourceCount").asLong();
            }
        }
        throw new AssertionError("no table " + name + " in " + status);
    }

    private static long copied(JsonNode status) {
        long rows = 0;
        for (JsonNode table : status.get("tables")) {
            rows += table.get("rowsCopied").asLong();
        }
        return rows;
    }

    /** The county's registry figures summed over every node holding Changsha County's records (统计汇总). */
    private static JsonNode countyRollUp(String token) {
        Api.Response response = Api.get("/api/registry/v1/statistics/roll-up?jurisdiction=" + COUNTY, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The county's roll-up once every node answers it (a node may miss the deadline while its JVM is cold). */
    private static JsonNode completeRollUp(String token) {
        JsonNode[] rolled = {null};
        Api.await("the county's roll-up answered by every node", Duration.ofSeconds(30), () -> {
            rolled[0] = countyRollUp(token);
            return rolled[0].get("missing").isEmpty();
        });
        return rolled[0];
    }

    /** The county's organization statistics (by form, category, status, street) through the central node. */
    private static Api.Response countyStatistics(String token) {
        Api.Response response = Api.get("/api/registry/v1/statistics/organizations?jurisdiction=" + COUNTY, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** Kills the node's process outright (SIGKILL: no shutdown hook, the job stops between two pages). */
    private static void kill(PlatformConfig.Service node) throws Exception {
        ProcessHandle process = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains("--server.port=" + node.port() + " ")
                        || line.endsWith("--server.port=" + node.port())).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no process listens as " + node.name()));
        process.destroyForcibly();
        process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
