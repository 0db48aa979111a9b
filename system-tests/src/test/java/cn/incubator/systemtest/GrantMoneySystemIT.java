package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Money of a grant through the gateway with real tokens, on the demo programme 长沙县2026年社区公益创投 (co-funded by
 * the demo foundation): agreement and tranches, a release refused before its report is approved, a duplicate payment
 * paid once, the ledger balanced; the partner's view of its programme only; a signed webhook delivery; partner
 * provisioning; then the demo's fund custody (资金代管), Xingsha's micro-venture activities and a community project
 * taken on through the marketplace.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrantMoneySystemIT {

    private static final String PROGRAMME = "6d1e0000-0000-4000-8000-000000000001";
    /** 长沙县2026年社会组织公益创投 (demo rounds), co-funded by the demo foundation, with its open call. */
    private static final String COUNTY_VENTURE_2026 = "c5000000-2026-4000-8000-000000000001";
    private static final String OTHER_PROGRAMME = "6d1e0000-0000-4000-8000-000000000002";
    private static final String AWARD = "/api/grants/v1/awards/6d1e0000-0000-4000-8002-000000000001";

    private static HttpServer receiver;
    private static final BlockingQueue<Map.Entry<String, Map<String, List<String>>>> RECEIVED =
            new LinkedBlockingQueue<>();
    private static String webhookId;
    private static String webhookSecret;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/incubator-hooks", exchange -> {
            RECEIVED.add(Map.entry(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    Map.copyOf(exchange.getRequestHeaders())));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    static String partnerToken() {
        return Api.tokenFrom(Map.of("grant_type", "client_credentials", "client_id", "partner-demo-foundation",
                "client_secret", "partner-demo-secret"), "incubator");
    }

    @Test
    @Order(1)
    void thePartnerRegistersAWebhookAndGetsItsSecretOnce() {
        Api.Response registered = Api.post("/partner/v1/webhooks", partnerToken(),
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/incubator-hooks"));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        webhookId = registered.json().get("webhook").get("id").asString();
        webhookSecret = registered.json().get("secret").asString();
        assertThat(webhookSecret).startsWith("whsec_");
        Api.Response listed = Api.get("/partner/v1/webhooks", partnerToken());
        assertThat(listed.body()).contains(webhookId).doesNotContain(webhookSecret);
    }

    @Test
    @Order(2)
    void aScheduleThatDoesNotAddUpIsRefusedFieldByFieldAndNothingIsSigned() {
        Api.Response refused = Api.post(AWARD + "/agreement", Api.token("xingsha-hub"), agreement("18333.33",
                "11000.00", "7333.33"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("tranches");
        // Without report due dates: the final one is always required, the interim one since a tranche waits for it.
        Map<String, Object> undated = new java.util.HashMap<>(agreement("18333.33", "11000.00", "7333.34"));
        undated.remove("interimReportDueOn");
        undated.remove("finalReportDueOn");
        Api.Response noDates = Api.post(AWARD + "/agreement", Api.token("xingsha-hub"), undated);
        assertThat(noDates.status()).as(noDates.body()).isEqualTo(400);
        assertThat(noDates.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("interimReportDueOn", "finalReportDueOn");
        assertThat(Api.get(AWARD, Api.token("xingsha-hub")).json().get("status").asString()).isEqualTo("AWARDED");
    }

    @Test
    @Order(3)
    void aTrancheWaitsForItsReportAndADuplicatePaymentIsPaidOnce() {
        String hub = Api.token("xingsha-hub");
        Api.Response signed = Api.post(AWARD + "/agreement", hub, agreement("18333.33", "11000.00", "7333.34"));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("status").asString()).isEqualTo("AGREED");

        Api.Response early = Api.post(AWARD + "/tranches/2/release", hub, Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("type").asString()).isEqualTo("urn:incubator:problem:tranche-awaits-report");

        assertThat(Api.post(AWARD + "/tranches/1/release", hub, Map.of()).status()).isEqualTo(200);
        Api.Response keyless = Api.post(AWARD + "/tranches/1/payment", hub, Map.of());
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(keyless.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");

        String key = "pay-" + UUID.randomUUID();
        Api.Response paid = pay(hub, 1, key);
        Api.Response again = pay(hub, 1, key);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(paid.json().get("id").asString());
        assertThat(again.json().get("paidAt").asString()).isEqualTo(paid.json().get("paidAt").asString());
        Api.Response secondKey = pay(hub, 1, "pay-" + UUID.randomUUID());
        assertThat(secondKey.status()).isEqualTo(409);
        assertThat(Api.get(AWARD + "/payments", hub).items()).hasSize(1);

        Api.Response report = Api.post(AWARD + "/reports", Api.token("org-admin-demo"), Map.of("kind", "INTERIM",
                "activitiesHeld", 20, "personTimesServed", 2600, "volunteerPersonTimes", 150,
                "fundsLeveraged", 5000.00, "narrative", "上半年开展邻里守望活动 20 场"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(Api.post(AWARD + "/reports/INTERIM/approval", hub, Map.of()).status()).isEqualTo(200);
        assertThat(Api.post(AWARD + "/tranches/2/release", hub, Map.of()).status()).isEqualTo(200);
        assertThat(Api.get(AWARD, Api.token("langli-hub")).status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void theLedgerBalances() {
        JsonNode ledger = Api.get("/api/grants/v1/programmes/" + PROGRAMME + "/ledger", Api.token("county-officer"))
                .json();

        assertThat(ledger.get("pool").decimalValue()).isEqualByComparingTo("400000.00");
        assertThat(ledger.get("committed").decimalValue()).isEqualByComparingTo("73333.34");
        assertThat(ledger.get("paid").decimalValue()).isEqualByComparingTo("18333.33");
        assertThat(ledger.get("committed").decimalValue().add(ledger.get("available").decimalValue()))
                .isEqualByComparingTo(ledger.get("pool").decimalValue());
        assertThat(ledger.get("paid").decimalValue().add(ledger.get("unpaid").decimalValue()))
                .isEqualByComparingTo(ledger.get("committed").decimalValue());
    }

    @Test
    @Order(5)
    void thePartnerSeesItsProgrammeAndNothingOfAnother() {
        String partner = partnerToken();

        Api.Response programmes = Api.get("/partner/v1/programmes", partner);
        assertThat(programmes.status()).isEqualTo(200);
        assertThat(programmes.json().findValuesAsString("id")).contains(PROGRAMME).doesNotContain(OTHER_PROGRAMME);
        assertThat(Api.get("/partner/v1/programmes/" + PROGRAMME + "/awards", partner).items()).hasSize(2);
        JsonNode disbursements = Api.get("/partner/v1/programmes/" + PROGRAMME + "/disbursements", partner).items();
        assertThat(disbursements).hasSize(1);
        assertThat(disbursements.get(0).get("amount").decimalValue()).isEqualByComparingTo("18333.33");
        JsonNode outcomes = Api.get("/partner/v1/programmes/" + PROGRAMME + "/outcomes", partner).json();
        assertThat(outcomes.get("outcomes").get("personTimesServed").asLong()).isEqualTo(2600);
        assertThat(Api.get("/partner/v1/programmes/" + COUNTY_VENTURE_2026 + "/rounds", partner).json()
                .findValuesAsString("title")).containsExactly("长沙县第三届社会组织公益创投大赛");
        for (String path : List.of("", "/rounds", "/awards", "/disbursements", "/outcomes")) {
            Api.Response other = Api.get("/partner/v1/programmes/" + OTHER_PROGRAMME + path, partner);
            assertThat(other.status()).as(path).isEqualTo(404);
            assertThat(other.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.get("/partner/v1/programmes", Api.token("county-officer")).status()).isEqualTo(403);
        for (String path : List.of("/rounds", "/awards", "/programmes/" + PROGRAMME + "/ledger")) {
            Api.Response refused = Api.get("/api/grants/v1" + path, partner);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    @Order(6)
    void theReportApprovalReachedThePartnerSignedAndIsInItsDeliveryLog() throws Exception {
        Map.Entry<String, Map<String, List<String>>> delivery = null;
        for (var next = RECEIVED.poll(30, TimeUnit.SECONDS); next != null; next = RECEIVED.poll(5, TimeUnit.SECONDS)) {
            if (next.getKey().contains("\"report.approved\"")) {
                delivery = next;
                break;
            }
        }
        assertThat(delivery).as("a report.approved delivery").isNotNull();
        String signature = header(delivery.getValue(), "X-Incubator-Signature");
        assertThat(signature).isEqualTo("sha256=" + hmac(webhookSecret, delivery.getKey()));
        assertThat(header(delivery.getValue(), "X-Incubator-Event-Id")).isNotBlank();
        assertThat(header(delivery.getValue(), "X-Incubator-Timestamp")).isNotBlank();

        // the receiver answers before the dispatcher records the outcome, so the log may trail the delivery a moment
        String partner = partnerToken();
        Api.await("the delivery logged as delivered", java.time.Duration.ofSeconds(15), () -> Api.get(
                "/partner/v1/webhooks/" + webhookId + "/deliveries", partner).json().findValuesAsString("status")
                .contains("DELIVERED"));
        assertThat(Api.get("/partner/v1/webhooks/" + UUID.randomUUID() + "/deliveries", partnerToken()).status())
                .isEqualTo(404);
    }

    @Test
    @Order(7)
    void thePlatformAdminProvisionsAPartnerWhoseClientSeesOnlyItsOwnProgrammes() {
        String partnerId = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> request = Map.of("partnerId", partnerId, "name", "南都公益基金会（测试）",
                "jurisdiction", "430100000000");
        assertThat(Api.post("/api/grants/v1/partners", Api.token("xingsha-hub"), request).status()).isEqualTo(403);

        Api.Response provisioned = Api.post("/api/grants/v1/partners", Api.token("admin"), request);
        assertThat(provisioned.status()).as(provisioned.body()).isEqualTo(201);
        String clientId = provisioned.json().get("clientId").asString();
        String secret = provisioned.json().get("clientSecret").asString();
        assertThat(Api.post("/api/grants/v1/partners", Api.token("admin"), request).status()).isEqualTo(409);

        String token = Api.tokenFrom(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret), "incubator");
        JsonNode me = Api.get("/partner/v1/me", token).json();
        assertThat(me.get("partnerId").asString()).isEqualTo(partnerId);
        assertThat(me.get("scopes").toString()).contains("partner.programmes.read");
        assertThat(Api.get("/partner/v1/programmes", token).items()).isEmpty();
        assertThat(Api.get("/partner/v1/programmes/" + PROGRAMME, token).status()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void theLangliHubHoldsTheDragonBoatMoneyAndCannotOverspendIt() {
        String custody = "/api/grants/v1/custody-agreements/6d1e0000-0000-4000-8004-000000000001";
        String langli = Api.token("langli-hub");
        assertThat(Api.get(custody, langli).json().get("balance").decimalValue()).isEqualByComparingTo("190000.00");
        assertThat(Api.get(custody, Api.token("xingsha-hub")).status()).isEqualTo(404);

        Api.Response overspent = Api.post(custody + "/entries", langli, Map.of("kind", "SPENDING",
                "amount", new BigDecimal("190000.01"), "purpose", "超额支出", "voucherReference", "㮾梨支-2026-099",
                "occurredOn", "2026-05-20"));
        assertThat(overspent.status()).isEqualTo(409);
        assertThat(overspent.contentType()).startsWith("application/problem+json");
        Api.Response spent = Api.post(custody + "/entries", langli, Map.of("kind", "SPENDING",
                "amount", new BigDecimal("60000.00"), "purpose", "龙舟维修及桨具购置", "voucherReference", "㮾梨支-2026-001",
                "occurredOn", "2026-05-20"));
        assertThat(spent.status()).as(spent.body()).isEqualTo(201);
        assertThat(spent.json().get("balanceAfter").decimalValue()).isEqualByComparingTo("130000.00");
        assertThat(Api.get(custody + "/entries", langli).items()).hasSize(2);
    }

    @Test
    @Order(9)
    void xingshasMicroVentureAddsUpItsActivitiesAndTheOrganizationReportsOneMore() {
        String totals = "/api/grants/v1/programmes/6d1e0000-0000-4000-8000-000000000003/activity-totals";
        JsonNode before = Api.get(totals, Api.token("xingsha-hub")).json();
        assertThat(before.get("projects").asInt()).isEqualTo(8);
        assertThat(before.get("activities").asInt()).isEqualTo(40);
        assertThat(before.get("personTimes").asLong()).isGreaterThanOrEqualTo(5000);
        assertThat(before.get("volunteerPersonTimes").asLong()).isGreaterThanOrEqualTo(300);

        Api.Response logged = Api.post("/api/grants/v1/awards/6d1e0000-0000-4000-8006-000000000001/activities",
                Api.token("org-admin-demo"), Map.of("heldOn", "2026-06-01", "title", "邻里守望·银龄关爱 端午慰问",
                        "personTimes", 86, "volunteerPersonTimes", 9));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(Api.post("/api/grants/v1/awards/6d1e0000-0000-4000-8006-000000000002/activities",
                Api.token("org-admin-demo"), Map.of("heldOn", "2026-06-01", "title", "别家的项目",
                        "personTimes", 1, "volunteerPersonTimes", 0)).status()).isEqualTo(404);
        assertThat(Api.get(totals, Api.token("xingsha-hub")).json().get("activities").asInt()).isEqualTo(41);
        assertThat(Api.get(totals, Api.token("langli-hub")).status()).isEqualTo(404);
    }

    @Test
    @Order(10)
    void aCommunityProjectIsPostedTakenOnDeliveredAndTracedOnItsTimeline() {
        String hub = Api.token("xingsha-hub");
        String org = Api.token("org-admin-demo");
        Api.Response posted = Api.post("/api/grants/v1/community-projects", hub, Map.of("jurisdiction", "430121001000",
                "title", "独居老人定期探访", "description", "星城社区 40 户独居老人每周探访与紧急联络",
                "budget", new BigDecimal("20000.00"), "posterKind", "COMMUNITY", "posterName", "星沙街道星城社区居民委员会"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String project = "/api/grants/v1/community-projects/" + posted.json().get("id").asString();
        assertThat(Api.get(project, Api.token("langli-hub")).status()).isEqualTo(404);

        Api.Response offer = Api.post(project + "/offers", org, Map.of("organizationName", "长沙县星沙街道社区社会组织联合会",
                "proposal", "组织楼栋志愿者每周两次上门探访", "price", new BigDecimal("18000.00")));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        assertThat(Api.post(project + "/choice", org, Map.of("offerId", offer.json().get("id").asString())).status())
                .isEqualTo(403);
        assertThat(Api.post(project + "/choice", hub, Map.of("offerId", offer.json().get("id").asString())).status())
                .isEqualTo(200);
        assertThat(Api.post(project + "/completion", hub, Map.of()).status()).isEqualTo(409);
        assertThat(Api.post(project + "/steps", org, Map.of("description", "完成 40 户建档",
                "occurredOn", "2026-06-03")).status()).isEqualTo(201);
        assertThat(Api.post(project + "/completion", hub, Map.of()).json().get("status").asString()).isEqualTo("DONE");

        assertThat(Api.get(project + "/timeline", org).json().findValuesAsString("action")).containsExactly(
                "project.posted", "project.offered", "project.offer-chosen", "project.step-logged",
                "project.completed");
    }

    private static Api.Response pay(String token, int seq, String key) {
        return Api.send(HttpRequest.newBuilder(URI.create(Api.gateway() + AWARD + "/tranches/" + seq + "/payment"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"voucherNumber\":\"记-2026-041\"}")));
    }

    /**
     * The agreement, its reports due months from today: no report-due reminder (站内信) comes of it while the tests
     * run.
     */
    private static Map<String, Object> agreement(String... tranches) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return Map.of("number", "CSX-GYCT-2026-001", "terms", "专款专用，凭证归档，接受民政和财政监督。",
                "signedOn", "2026-04-10", "interimReportDueOn", today.plusMonths(3).toString(),
                "finalReportDueOn", today.plusMonths(9).toString(), "tranches", List.of(
                        Map.of("amount", new BigDecimal(tranches[0])),
                        Map.of("amount", new BigDecimal(tranches[1]), "dependsOn", "INTERIM"),
                        Map.of("amount", new BigDecimal(tranches[2]), "dependsOn", "FINAL")));
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The money fields of grants, subsidy plans, awards, tranches, payments, custody and needs budgets. */
    private static final Set<String> MONEY = Set.of("amount", "amountYuan", "available", "awardAmount", "awardCap",
            "balance", "balanceAfter", "budget", "cap", "committed", "committedByOtherRounds", "contributed",
            "contribution", "fundsLeveraged", "linkedValueYuan", "paid", "pool", "price", "recommended",
            "requested", "requestedAmount", "resourceValue", "room", "unpaid", "valueYuan");
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("\"(\\w+)\":(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)");

    @Test
    @Order(11)
    void everyAmountOfMoneyHasTwoDecimalsAndEveryDecimalAtLeastTwo() {
        String officer = Api.token("county-officer");
        List<String> reads = new java.util.ArrayList<>(List.of(AWARD, AWARD + "/payments", AWARD + "/tranches",
                "/api/grants/v1/programmes/" + PROGRAMME + "/ledger",
                "/api/grants/v1/custody-agreements/6d1e0000-0000-4000-8004-000000000001",
                "/api/grants/v1/custody-agreements/6d1e0000-0000-4000-8004-000000000001/entries",
                "/api/registry/v1/resource-links/totals?jurisdiction=430100&from=2023-01-01&to=2023-12-31"));
        for (String service : List.of("grants", "registry")) {
            for (OpenApi.Operation operation : OpenApi.operations(service)) {
                if (operation.isRead() && operation.pathParameters().isEmpty() && operation.requiredQuery().isEmpty()) {
                    reads.add(operation.path());
                }
            }
        }
        Set<String> moneyKeys = new java.util.TreeSet<>();
        List<String> wrong = new java.util.ArrayList<>();
        int amounts = 0;
        for (String path : reads) {
            Api.Response response = Api.get(path, officer);
            if (response.status() != 200 || !response.contentType().contains("json")) {
                continue;
            }
            java.util.regex.Matcher number = NUMBER.matcher(response.body());
            while (number.find()) {
                String key = number.group(1);
                String value = number.group(2);
                if (MONEY.contains(key)) {
                    amounts++;
                    moneyKeys.add(key);
                    if (!value.matches("-?\\d+\\.\\d{2}")) {
                        wrong.add(path + " " + key + "=" + value);
                    }
                } else if (value.contains(".") && !value.matches("-?\\d+\\.\\d{2,}")) {
                    wrong.add(path + " " + key + "=" + value);
                }
            }
        }
        System.out.println("Money format: " + reads.size() + " reads, " + amounts + " amounts in " + moneyKeys);
        assertThat(wrong).as("amounts without two decimals").isEmpty();
        assertThat(amounts).isGreaterThan(20);
        assertThat(moneyKeys).contains("amount", "balance", "pool", "committed", "linkedValueYuan");
    }
}
