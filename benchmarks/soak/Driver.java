import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Open-loop load driver for the platform behind the gateway (benchmarks/soak/run.sh, benchmarks/faults/run.sh).
 * A single-file program (java Driver.java ...), JDK only.
 *
 * <p>Requests are sent at a fixed rate whatever the answers' latency: request i is due at start + i / rate, and its
 * latency is measured from that due time, not from when it was actually sent, so a stall of the platform (or of this
 * driver) shows up in the latency of every request it delayed (no coordinated omission). Each request is one of a
 * fixed mix of reads and writes, as the demo role that would make it; writes record the id they created, and at the
 * end every created record is read back, and every admission's effect in the party-building service (through the
 * outbox) is checked to exist exactly once. Grant rounds (programme, round, proposals, initial review, expert panel
 * and scores, ranking, public notice; finalization refused until the five-day notice has run) run as whole journeys
 * beside the fixed-rate load.
 *
 * <p>Options: --gateway URL --keycloak URL --rate N --duration S (or --until-file F: stop when F exists, S is then
 * the maximum) --out DIR --grant-rounds N --pids name=pid,... --heap-samples N --marks FILE --login-probe S
 * --warmup S --small. Exit status: 0 when nothing failed that should not have (see the report), 1 otherwise.
 */
public class Driver {

    static final String REALM = "/realms/incubator/protocol/openid-connect/token";
    static final String XINGSHA = "430121001000";
    static final String FEDERATION = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";
    static final String SUNSET_CARE = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2001";
    static final String XIANGLONG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2003";
    static final String WANG = "3f0c6b2e-6a41-4c57-9d37-0000000000e1";
    static final String LI = "3f0c6b2e-6a41-4c57-9d37-0000000000e2";
    static final String[] SEARCH_TERMS = {"星沙", "养老", "社区", "志愿", "协会", "服务", "长沙", "文化", "互助", "青年"};
    static final List<String> USERS = List.of("county-officer", "org-admin-demo", "city-operator", "expert-demo", "admin");

    final String gateway;
    final String keycloak;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).executor(Executors.newFixedThreadPool(4)).build();
    final Random random = new Random(42);
    final Map<String, Stats> stats = new ConcurrentHashMap<>();
    // epoch second -> {sent, ok, non2xx, transport, answered in more than 200 ms, slowest in ms}
    final Map<Long, long[]> timeline = new ConcurrentHashMap<>();
    /**
     * When the heap samples ran ({start, end} in System.nanoTime; end Long.MAX_VALUE while running): each forces a
     * full GC in every process, one after the other. Requests due then, or within 5 s after, are also counted apart
     * (the "outside" line).
     */
    final List<long[]> heapSampling = Collections.synchronizedList(new ArrayList<>());
    final Stats outsideHeapSampling = new Stats();
    final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    final Map<String, Long> tokenTimes = new ConcurrentHashMap<>();
    final AtomicLong tokenRefreshFailures = new AtomicLong();
    final List<String> orgPool = Collections.synchronizedList(new ArrayList<>());
    final ConcurrentLinkedQueue<String> unapplied = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String[]> unadmitted = new ConcurrentLinkedQueue<>(); // {caseId, orgId}
    final Map<String, List<String>> created = new ConcurrentHashMap<>(); // kind -> read-back paths
    final List<String> admittedOrgs = Collections.synchronizedList(new ArrayList<>());
    final List<long[]> logins = Collections.synchronizedList(new ArrayList<>()); // {epochMs, ok}
    final List<String> loginMessages = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong inFlight = new AtomicLong();
    final PrintStream out = System.out;
    String baseId;
    volatile boolean loadRunning = true;

    Driver(String gateway, String keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    // --- statistics ---------------------------------------------------------------------------------------------

    static final class Stats {
        long ok;
        long non2xx;
        long transport;
        long[] latencies = new long[1024]; // microseconds, answered requests only
        int n;
        final Map<Integer, Long> statuses = new TreeMap<>();

        synchronized void reset() {
            ok = 0;
            non2xx = 0;
            transport = 0;
            n = 0;
            statuses.clear();
        }

        synchronized void record(int status, long micros) {
            if (status <= 0) {
                transport++;
                return;
            }
            if (status / 100 == 2) {
                ok++;
            } else {
                non2xx++;
                statuses.merge(status, 1L, Long::sum);
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = micros;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(latencies, n);
            Arrays.sort(copy);
            return copy;
        }
    }

    void record(String kind, int status, long dueNanos, String detail) {
        long micros = (System.nanoTime() - dueNanos) / 1000;
        stats.computeIfAbsent(kind, k -> new Stats()).record(status, micros);
        long second = System.currentTimeMillis() / 1000;
        long[] bucket = timeline.computeIfAbsent(second, s -> new long[6]);
        synchronized (bucket) {
            bucket[0]++;
            bucket[status <= 0 ? 3 : status / 100 == 2 ? 1 : 2]++;
            bucket[4] += micros > 200_000 ? 1 : 0;
            bucket[5] = Math.max(bucket[5], micros / 1000);
        }
        if (!kind.startsWith("grant round") && !kind.equals("setup") && !duringHeapSampling(dueNanos)) {
            outsideHeapSampling.record(status, micros);
        }
        if (status / 100 != 2 && errorSamples.size() < 200) {
            errorSamples.add(String.format("%tT %s %s %s", System.currentTimeMillis(), kind,
                    status <= 0 ? "transport" : String.valueOf(status), detail == null ? "" : oneLine(detail, 240)));
        }
    }

    boolean duringHeapSampling(long dueNanos) {
        synchronized (heapSampling) {
            return heapSampling.stream().anyMatch(w -> dueNanos >= w[0]
                    && (w[1] == Long.MAX_VALUE || dueNanos <= w[1] + 5_000_000_000L));
        }
    }

    static String oneLine(String s, int max) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > max ? t.substring(0, max) : t;
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    record Answer(int status, String body) {
        Object json() {
            return Json.parse(body);
        }

        String id() {
            Object json = json();
            return json instanceof Map<?, ?> map && map.get("id") != null ? String.valueOf(map.get("id")) : null;
        }
    }

    HttpRequest request(String method, String path, String user, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Bearer " + tokens.get(user));
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    /** Synchronous call, counted under kind (null: not counted). */
    Answer call(String kind, String method, String path, String user, String jsonBody) {
        long due = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request(method, path, user, jsonBody),
                    HttpResponse.BodyHandlers.ofString());
            if (kind != null) {
                record(kind, r.statusCode(), due, method + " " + path + " " + r.body());
            }
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            if (kind != null) {
                record(kind, 0, due, method + " " + path + " " + e);
            }
            return new Answer(0, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    /** Asynchronous call at the fixed rate, counted under kind; onOk gets the body of a 2xx. */
    void fire(String kind, long due, String method, String path, String user, String jsonBody,
            java.util.function.Consumer<String> onOk) {
        inFlight.incrementAndGet();
        http.sendAsync(request(method, path, user, jsonBody), HttpResponse.BodyHandlers.ofString())
                .whenComplete((r, e) -> {
                    try {
                        if (e != null) {
                            record(kind, 0, due, method + " " + path + " " + e);
                        } else {
                            record(kind, r.statusCode(), due, method + " " + path + " " + r.body());
                            if (r.statusCode() / 100 == 2 && onOk != null) {
                                onOk.accept(r.body());
                            }
                        }
                    } catch (RuntimeException x) {
                        errorSamples.add("driver: " + x);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
    }

    // --- tokens -------------------------------------------------------------------------------------------------

    String login(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=incubator-cli&username=" + user + "&password=demo";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(keycloak + REALM))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token endpoint answered " + r.statusCode() + ": " + oneLine(r.body(), 200));
        }
        return String.valueOf(((Map<?, ?>) Json.parse(r.body())).get("access_token"));
    }

    /** What a stretch of fixed-rate load did: requests sent, the largest lag behind the schedule, the time taken. */
    record Load(long sent, long lateMaxNanos, long nanos) {
    }

    /**
     * Sends the mix at a fixed rate for {@code duration} seconds, or until the file {@code until} appears; prints the
     * progress every 30 s when asked.
     */
    Load drive(double rate, long duration, Path until, boolean progress) {
        long period = (long) (1e9 / rate);
        long t0 = System.nanoTime();
        long lastReport = t0;
        long sent = 0;
        long lateMax = 0;
        for (long i = 0; ; i++) {
            long due = t0 + i * period;
            long now = System.nanoTime();
            if (due - t0 >= duration * 1_000_000_000L) {
                break;
            }
            if (until != null && i % (long) rate == 0 && Files.exists(until)) {
                break;
            }
            if (due > now) {
                LockSupport.parkNanos(due - now);
            } else {
                lateMax = Math.max(lateMax, now - due);
            }
            next(due);
            sent++;
            if (progress && System.nanoTime() - lastReport > 30_000_000_000L) {
                lastReport = System.nanoTime();
                long errs = stats.values().stream().mapToLong(s -> s.non2xx + s.transport).sum();
                out.printf("  %4d s: %d sent, %d errors so far, %d in flight%n", (lastReport - t0) / 1_000_000_000L,
                        sent, errs, inFlight.get());
            }
        }
        return new Load(sent, lateMax, System.nanoTime() - t0);
    }

    /** Waits up to 20 s for the requests still in flight to be answered. */
    void awaitInFlight() {
        for (int i = 0; i < 200 && inFlight.get() > 0; i++) {
            sleep(100);
        }
    }

    void refreshTokens(long maxAgeMillis) {
        for (String user : USERS) {
            Long at = tokenTimes.get(user);
            if (at != null && System.currentTimeMillis() - at < maxAgeMillis) {
                continue;
            }
            try {
                tokens.put(user, login(user));
                tokenTimes.put(user, System.currentTimeMillis());
            } catch (IOException e) {
                // Keep the token we have: it is still valid for a while (refreshed long before it expires).
                tokenRefreshFailures.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // --- the mix ------------------------------------------------------------------------------------------------

    /** One request of the mix, due at {@code due}. */
    void next(long due) {
        int p = random.nextInt(100);
        if (p < 30) {
            String term = SEARCH_TERMS[random.nextInt(SEARCH_TERMS.length)];
            fire("search organizations", due, "GET", "/api/registry/v1/organizations?name=" + enc(term) + "&size=20",
                    "county-officer", null, null);
        } else if (p < 44) {
            String id;
            synchronized (orgPool) {
                id = orgPool.get(random.nextInt(orgPool.size()));
            }
            fire("read organization", due, "GET", "/api/registry/v1/organizations/" + id, "county-officer", null, null);
        } else if (p < 52) {
            fire("read incubation", due, "GET", "/api/incubation/v1/bases/" + baseId, "county-officer", null, null);
        } else if (p < 60) {
            fire("read grants", due, "GET", "/api/grants/v1/programmes", "county-officer", null, null);
        } else if (p < 69) {
            fire("read training courses", due, "GET", "/api/training/v1/courses?size=20", "county-officer", null, null);
        } else if (p < 79) {
            fire("read party-building", due, "GET", "/api/party-building/v1/cases?size=20", "county-officer", null,
                    null);
        } else if (p < 84) {
            createOrganization(due);
        } else if (p < 88) {
            String body = "{\"organizationId\":\"" + FEDERATION + "\",\"kind\":\"FUNDS\",\"title\":\"压测需求"
                    + suffix() + "\",\"field\":\"RURAL_REVITALIZATION\",\"amountYuan\":" + (1000 + random.nextInt(9000))
                    + "}";
            fire("create need", due, "POST", "/api/registry/v1/needs", "org-admin-demo", body,
                    b -> remember("need", "/api/registry/v1/needs/" + Json.id(b), "org-admin-demo"));
        } else if (p < 92) {
            LocalDate day = LocalDate.of(2032, 1, 5).plusDays(random.nextInt(700));
            int hour = 8 + random.nextInt(10);
            String body = "{\"organizationId\":\"" + FEDERATION + "\",\"title\":\"压测活动" + suffix()
                    + "\",\"startsAt\":\"" + day + "T" + two(hour) + ":00:00+08:00\",\"endsAt\":\"" + day + "T"
                    + two(hour + 1) + ":00:00+08:00\",\"place\":\"星沙街道活动室" + random.nextInt(500)
                    + "\",\"jurisdiction\":\"" + XINGSHA + "\",\"expectedAttendees\":30,\"volunteers\":3,"
                    + "\"contactName\":\"张敏\",\"contactPhone\":\"13812345678\"}";
            fire("create weekly activity", due, "POST", "/api/registry/v1/weekly/activities", "org-admin-demo", body,
                    b -> remember("weekly activity", "/api/registry/v1/weekly/activities/"
                            + ((Map<?, ?>) ((Map<?, ?>) Json.parse(b)).get("activity")).get("id"), "org-admin-demo"));
        } else if (p < 96) {
            String org = unapplied.poll();
            if (org == null) {
                createOrganization(due);
                return;
            }
            String body = "{\"track\":\"RESIDENT\",\"baseId\":\"" + baseId + "\",\"organizationId\":\"" + org + "\"}";
            fire("apply for incubation", due, "POST", "/api/incubation/v1/cases", "county-officer", body, b -> {
                String caseId = Json.id(b);
                remember("incubation case", "/api/incubation/v1/cases/" + caseId, "county-officer");
                unadmitted.add(new String[] {caseId, org});
            });
        } else {
            String[] pending = unadmitted.poll();
            if (pending == null) {
                fire("read incubation", due, "GET", "/api/incubation/v1/bases/" + baseId, "county-officer", null, null);
                return;
            }
            fire("admit (event to party-building)", due, "POST", "/api/incubation/v1/cases/" + pending[0]
                    + "/transitions", "county-officer", "{\"action\":\"ADMIT_RESIDENT\"}", b -> admittedOrgs.add(pending[1]));
        }
    }

    void createOrganization(long due) {
        String body = "{\"name\":\"星沙街道" + words() + "压测服务队\",\"legalForm\":\"COMMUNITY_ORGANIZATION\","
                + "\"jurisdiction\":\"" + XINGSHA + "\",\"category\":\"COMMUNITY_SERVICE\",\"registeredOn\":\"2024-06-01\"}";
        fire("create organization", due, "POST", "/api/registry/v1/organizations", "county-officer", body, b -> {
            String id = Json.id(b);
            remember("organization", "/api/registry/v1/organizations/" + id, "county-officer");
            unapplied.add(id);
            orgPool.add(id);
        });
    }

    void remember(String kind, String path, String user) {
        created.computeIfAbsent(kind + "\t" + user, k -> Collections.synchronizedList(new ArrayList<>())).add(path);
    }

    String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Four random characters (of the first 3,500 of the CJK block): the part that tells one soak-made organization
     * name from another. Hexadecimal suffixes did that badly: 16 digits make only 256 bigrams, so at 12,000 names
     * each "rare" bigram of a name was shared by about 300 others, and the name check read 1,500 candidates per
     * registration, a registry no district has (docs/decisions.md, stop 33).
     */
    static String words() {
        StringBuilder words = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            words.appendCodePoint(0x4E00 + random.nextInt(3500));
        }
        return words.toString();
    }

    static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // --- grant round journey ------------------------------------------------------------------------------------

    /**
     * One round as GrantRoundSystemIT runs it, up to its public notice; returns null when it is on notice and its early
     * finalization was refused, else what failed.
     */
    String grantRound() {
        String k = "grant round (journey steps)";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Answer programme = call(k, "POST", "/api/grants/v1/programmes", "county-officer",
                "{\"jurisdiction\":\"430121000000\",\"name\":\"压测公益创投" + suffix() + "\",\"kind\":\"VENTURE_PHILANTHROPY\","
                        + "\"fundings\":[{\"source\":\"GOVERNMENT\",\"funderName\":\"长沙县民政局\",\"amount\":\"50000.00\","
                        + "\"committedOn\":\"" + today + "\"}]}");
        if (programme.status() != 201) {
            return "programme: " + programme.status();
        }
        Answer round = call(k, "POST", "/api/grants/v1/programmes/" + programme.id() + "/rounds", "county-officer",
                "{\"title\":\"压测轮次\",\"opensOn\":\"" + today.minusDays(1) + "\",\"closesOn\":\"" + today.plusDays(5)
                        + "\",\"noticeDays\":5,\"rubric\":[{\"code\":\"NEED\",\"name\":\"需求分析\",\"weight\":40,"
                        + "\"maxScore\":40},{\"code\":\"DESIGN\",\"name\":\"项目设计\",\"weight\":60,\"maxScore\":60}]}");
        if (round.status() != 201) {
            return "round: " + round.status() + " " + oneLine(round.body(), 200);
        }
        String r = round.id();
        String rounds = "/api/grants/v1/rounds/" + r;
        if (!ok(call(k, "POST", rounds + "/actions", "county-officer", "{\"action\":\"PUBLISH\"}"))) {
            return "publish";
        }
        List<String> proposals = new ArrayList<>();
        String[][] who = {{"org-admin-demo", null}, {"county-officer", SUNSET_CARE}, {"county-officer", XIANGLONG}};
        for (String[] w : who) {
            String body = "{\"title\":\"社区项目" + suffix() + "\",\"summary\":\"为社区居民提供服务\",\"priorityArea\":\"社区发展\","
                    + "\"budget\":[{\"category\":\"ACTIVITY\",\"description\":\"活动费\",\"amount\":\"" + (5000 + random.nextInt(5000))
                    + "\"}],\"expectedOutcomes\":{\"activities\":10,\"personTimes\":800,\"volunteers\":60}"
                    + (w[1] == null ? "" : ",\"organizationId\":\"" + w[1] + "\"") + "}";
            Answer draft = call(k, "POST", rounds + "/proposals", w[0], body);
            if (draft.status() != 201) {
                return "proposal: " + draft.status() + " " + oneLine(draft.body(), 200);
            }
            String id = draft.id();
            if (!ok(call(k, "POST", "/api/grants/v1/proposals/" + id + "/submission", w[0], "{}"))) {
                return "submission";
            }
            proposals.add(id);
        }
        // Closed before its published date (提前截止), which needs a reason.
        if (!ok(call(k, "POST", rounds + "/actions", "county-officer",
                "{\"action\":\"CLOSE\",\"reason\":\"压测：申报已齐，提前截止\"}"))
                || !ok(call(k, "POST", rounds + "/actions", "county-officer", "{\"action\":\"START_INITIAL_REVIEW\"}"))) {
            return "close / initial review";
        }
        for (String p : proposals) {
            if (!ok(call(k, "POST", "/api/grants/v1/proposals/" + p + "/initial-review", "county-officer",
                    "{\"passed\":true,\"comment\":\"资料齐全\"}"))) {
                return "screening";
            }
        }
        for (String talent : List.of(WANG, LI)) {
            if (!ok(call(k, "POST", rounds + "/panel", "county-officer", "{\"talentId\":\"" + talent + "\"}"))) {
                return "panel";
            }
        }
        if (!ok(call(k, "POST", rounds + "/actions", "county-officer", "{\"action\":\"START_EXPERT_REVIEW\"}"))) {
            return "expert review";
        }
        call(k, "GET", "/api/grants/v1/reviews/assignments", "expert-demo", null);
        for (String p : proposals) {
            int need = 20 + random.nextInt(20);
            int design = 30 + random.nextInt(30);
            if (!ok(call(k, "POST", "/api/grants/v1/proposals/" + p + "/scores", "expert-demo",
                    "{\"scores\":{\"NEED\":" + need + ",\"DESIGN\":" + design + "}}"))
                    || !ok(call(k, "POST", "/api/grants/v1/proposals/" + p + "/scores", "county-officer",
                    "{\"talentId\":\"" + LI + "\",\"scores\":{\"NEED\":" + (need - 1) + ",\"DESIGN\":" + design + "}}"))) {
                return "scores";
            }
        }
        if (!ok(call(k, "POST", rounds + "/ranking", "county-officer", "{}"))
                || !ok(call(k, "POST", rounds + "/actions", "county-officer", "{\"action\":\"PUBLISH_NOTICE\"}"))) {
            return "ranking / notice";
        }
        // A public notice (公示) lasts five days at least, which no soak waits for: finalization must be refused as
        // early (409 notice-not-over), and the round must be on notice. The refusal is the expected answer, checked
        // here, so it is not counted among the journey's requests (whose non-2xx answers are errors).
        Answer fin = call(null, "POST", rounds + "/finalization", "county-officer", "{}");
        if (fin.status() != 409 || !fin.body().contains("notice-not-over")) {
            return "finalization before the notice ended: " + fin.status() + " " + oneLine(fin.body(), 200);
        }
        Answer after = call(k, "GET", rounds, "county-officer", null);
        Object status = after.json() instanceof Map<?, ?> m ? m.get("status") : null;
        return "PUBLIC_NOTICE".equals(status) ? null : "status " + status;
    }

    static Answer retried(java.util.function.Supplier<Answer> call) {
        long deadline = System.currentTimeMillis() + 180_000;
        Answer a = call.get();
        while (!ok(a) && (a.status() == 0 || a.status() >= 500) && System.currentTimeMillis() < deadline) {
            sleep(2000);
            a = call.get();
        }
        return a;
    }

    static boolean ok(Answer a) {
        return a.status() / 100 == 2;
    }

    // --- heap ---------------------------------------------------------------------------------------------------

    /**
     * A process's memory bean, through the attach API's local management agent (started once, at set-up): each heap
     * sample is then two JMX calls from this JVM, not two tool JVMs (jcmd, jstat) started on the same 2 cores.
     */
    static MemoryMXBean memoryOf(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        try {
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            return ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        } finally {
            vm.detach();
        }
    }

    /** Heap used after a full GC (MemoryMXBean.gc(), i.e. System.gc(): a full collection with ParallelGC), MiB. */
    static double heapAfterGc(MemoryMXBean memory) {
        try {
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    // --- main ---------------------------------------------------------------------------------------------------

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + a);
            }
            o.put(a.substring(2), i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
        }
        Driver d = new Driver(o.getOrDefault("gateway", "http://localhost:8080"),
                o.getOrDefault("keycloak", "http://localhost:8180"));
        System.exit(d.run(o) ? 0 : 1);
    }

    boolean run(Map<String, String> o) throws Exception {
        double rate = Double.parseDouble(o.getOrDefault("rate", "200"));
        long duration = Long.parseLong(o.getOrDefault("duration", "600"));
        Path until = o.containsKey("until-file") ? Path.of(o.get("until-file")) : null;
        Path outDir = Path.of(o.getOrDefault("out", "."));
        Files.createDirectories(outDir);
        int grantRounds = Integer.parseInt(o.getOrDefault("grant-rounds", "1"));
        int heapSamples = Integer.parseInt(o.getOrDefault("heap-samples", "3"));
        long loginProbe = Long.parseLong(o.getOrDefault("login-probe", "0"));
        long maxTokenAge = Long.parseLong(o.getOrDefault("token-refresh", "240")) * 1000;
        Map<String, Long> pids = new LinkedHashMap<>();
        if (o.containsKey("pids")) {
            for (String pair : o.get("pids").split(",")) {
                String[] kv = pair.split("=");
                pids.put(kv[0], Long.parseLong(kv[1]));
            }
        }

        // Tokens (refreshed in the background long before they expire), a base to apply to, organizations to read.
        refreshTokens(0);
        if (tokens.size() != USERS.size()) {
            out.println("FAIL: could not get tokens for " + USERS + " from " + keycloak);
            return false;
        }
        var scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "driver-background");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> refreshTokens(maxTokenAge), 5, 5, TimeUnit.SECONDS);
        if (loginProbe > 0) {
            scheduler.scheduleWithFixedDelay(() -> {
                long at = System.currentTimeMillis();
                try {
                    login("changsha-officer");
                    logins.add(new long[] {at, 1});
                } catch (IOException e) {
                    logins.add(new long[] {at, 0});
                    if (loginMessages.size() < 3 || !loginMessages.get(loginMessages.size() - 1).contains(e.getClass().getSimpleName())) {
                        loginMessages.add(String.format("%tT %s", at, oneLine(String.valueOf(e), 200)));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, 1, loginProbe, TimeUnit.SECONDS);
        }
        // A platform that has just started may answer slowly at first (JIT, pools): the set-up tries for 3 minutes.
        Answer base = retried(() -> call(null, "POST", "/api/incubation/v1/bases", "city-operator",
                "{\"name\":\"压测孵化基地" + suffix() + "\",\"jurisdiction\":\"430121000000\",\"operatorName\":\"湖南乐创公益慈善发展中心\"}"));
        if (base.status() != 201) {
            out.println("FAIL: could not create a base: " + base.status() + " " + oneLine(base.body(), 300));
            return false;
        }
        baseId = base.id();
        remember("incubation base", "/api/incubation/v1/bases/" + baseId, "county-officer");
        call("setup", "POST", "/api/incubation/v1/bases/" + baseId + "/zones", "city-operator",
                "{\"kind\":\"RESIDENT\",\"name\":\"入驻区\",\"workstations\":1,\"codePrefix\":\"S\"}");
        Answer orgs = retried(() -> call(null, "GET", "/api/registry/v1/organizations?size=100", "county-officer", null));
        if (orgs.json() instanceof Map<?, ?> page && page.get("items") instanceof List<?> items) {
            for (Object item : items) {
                orgPool.add(String.valueOf(((Map<?, ?>) item).get("id")));
            }
        }
        if (orgPool.isEmpty()) {
            out.println("FAIL: no organizations to read: " + orgs.status() + " " + oneLine(orgs.body(), 300));
            return false;
        }

        // Warm-up (--warmup S), not measured: the same mix, the first half of the time at half the rate and the second
        // at the full rate, from this same JVM, so that the platform's and this driver's own JIT compilers have compiled
        // their hot code and every pool has grown before anything is measured (a driver started afresh for the
        // measured run began with a cold JIT of its own). Its figures are printed, then dropped; what it created is
        // read back at the end with the rest.
        long warmup = Long.parseLong(o.getOrDefault("warmup", "0"));
        if (warmup > 0) {
            out.printf("warm-up (not measured): %.0f requests/s for %d s, then %.0f requests/s for %d s%n", rate / 2,
                    warmup - warmup / 2, rate, warmup / 2);
            drive(rate / 2, warmup - warmup / 2, null, false);
            drive(rate, warmup / 2, null, false);
            awaitInFlight();
            long ok = stats.values().stream().mapToLong(x -> x.ok).sum();
            long non2xx = stats.values().stream().mapToLong(x -> x.non2xx).sum();
            long transport = stats.values().stream().mapToLong(x -> x.transport).sum();
            long lastError = timeline.entrySet().stream().filter(e -> e.getValue()[2] + e.getValue()[3] > 0)
                    .mapToLong(Map.Entry::getKey).max().orElse(0);
            out.printf("warm-up done: %d requests, %d answered 2xx, %d non-2xx, %d transport errors%s%n",
                    ok + non2xx + transport, ok, non2xx, transport, lastError == 0 ? ""
                            : String.format(" (the last at %tT)", lastError * 1000));
            stats.clear();
            timeline.clear();
            errorSamples.clear();
            outsideHeapSampling.reset();
        }

        // Heap samples (full GC first) at the start, spread over the run, and at the end of the load.
        List<String> heapTimes = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Double>> heap = new LinkedHashMap<>();
        pids.keySet().forEach(name -> heap.put(name, Collections.synchronizedList(new ArrayList<>())));
        long started = System.currentTimeMillis();
        Map<String, MemoryMXBean> memories = new LinkedHashMap<>();
        if (heapSamples > 0) {
            for (Map.Entry<String, Long> e : pids.entrySet()) {
                memories.put(e.getKey(), memoryOf(e.getValue()));
            }
        }
        Runnable sampleHeap = () -> {
            heapTimes.add(String.valueOf((System.currentTimeMillis() - started) / 1000));
            long[] window = {System.nanoTime(), Long.MAX_VALUE};
            heapSampling.add(window);
            memories.forEach((name, memory) -> heap.get(name).add(heapAfterGc(memory)));
            window[1] = System.nanoTime();
        };

        // Grant rounds, spread over the run.
        List<String> roundResults = Collections.synchronizedList(new ArrayList<>());
        Thread journeys = new Thread(() -> {
            for (int i = 0; i < grantRounds && loadRunning; i++) {
                long at = started + (duration * 1000 * (i + 1)) / (grantRounds + 1);
                while (loadRunning && System.currentTimeMillis() < at) {
                    sleep(200);
                }
                if (!loadRunning) {
                    break;
                }
                long t0 = System.nanoTime();
                String failure = grantRound();
                roundResults.add(failure == null ? String.format("FINAL in %.1f s", (System.nanoTime() - t0) / 1e9)
                        : "FAILED at " + failure);
            }
        }, "grant-rounds");
        journeys.setDaemon(true);
        journeys.start();
        List<Long> heapDue = new ArrayList<>();
        if (heapSamples > 0 && !pids.isEmpty()) {
            long warm = Math.min(60, Math.max(2, duration / 10));
            for (int i = 0; i < heapSamples - 1; i++) {
                heapDue.add(started + 1000 * (warm + (duration - warm) * i / Math.max(1, heapSamples - 1)));
            }
            Thread sampler = new Thread(() -> {
                for (long at : heapDue) {
                    while (loadRunning && System.currentTimeMillis() < at) {
                        sleep(200);
                    }
                    if (!loadRunning) {
                        return;
                    }
                    sampleHeap.run();
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        // The fixed-rate load.
        out.printf("load: %.0f requests/s for %s%n", rate, until == null ? duration + " s" : "until " + until
                + " appears (at most " + duration + " s)");
        if (o.containsKey("started-file")) {
            Files.writeString(Path.of(o.get("started-file")), "load started\n");
        }
        Load load = drive(rate, duration, until, true);
        long sent = load.sent();
        long lateMax = load.lateMaxNanos();
        long loadNanos = load.nanos();
        awaitInFlight();
        if (heapSamples > 0 && !pids.isEmpty()) {
            sampleHeap.run();
        }
        loadRunning = false;
        journeys.join(300_000);

        // Read back every record a 2xx said was created, and check each admission's effect exactly once.
        long readBack = 0;
        long missing = 0;
        List<String> missingSamples = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : new TreeMap<>(created).entrySet()) {
            String user = e.getKey().split("\t")[1];
            for (String path : List.copyOf(e.getValue())) {
                Answer a = call(null, "GET", path, user, null);
                if (a.status() == 200) {
                    readBack++;
                } else {
                    missing++;
                    if (missingSamples.size() < 10) {
                        missingSamples.add(a.status() + " " + path);
                    }
                }
            }
        }
        Map<String, Long> createdByKind = new TreeMap<>();
        created.forEach((key, list) -> createdByKind.merge(key.split("\t")[0], (long) list.size(), Long::sum));
        long eventWait = Long.parseLong(o.getOrDefault("event-wait", "240"));
        List<String> admitted = List.copyOf(admittedOrgs);
        Map<String, Integer> partyCases = new LinkedHashMap<>();
        long waitStart = System.currentTimeMillis();
        while (true) {
            for (String org : admitted) {
                if (partyCases.getOrDefault(org, 0) == 1) {
                    continue;
                }
                Answer a = call(null, "GET", "/api/party-building/v1/cases?organizationId=" + org + "&size=10",
                        "county-officer", null);
                partyCases.put(org, a.json() instanceof Map<?, ?> page && page.get("items") instanceof List<?> list
                        ? list.size() : -1);
            }
            boolean done = partyCases.values().stream().allMatch(n -> n == 1);
            if (done || System.currentTimeMillis() - waitStart > eventWait * 1000) {
                break;
            }
            sleep(3000);
        }
        long eventSeconds = (System.currentTimeMillis() - waitStart) / 1000;
        long exactlyOnce = partyCases.values().stream().filter(n -> n == 1).count();
        long lost = partyCases.values().stream().filter(n -> n == 0).count();
        long doubled = partyCases.values().stream().filter(n -> n > 1).count();

        // --- report ---
        boolean pass = true;
        double seconds = loadNanos / 1e9;
        out.println();
        out.printf("requests at the fixed rate: %d in %.0f s = %.1f requests/s (target %.0f); the driver fell behind "
                + "its schedule by at most %.0f ms%n", sent, seconds, sent / seconds, rate, lateMax / 1e6);
        out.println("latency is measured from each request's due time (no coordinated omission), in ms");
        out.printf("%-34s %8s %7s %7s %9s %8s %8s %8s %8s%n", "kind", "requests", "2xx", "non2xx", "transport",
                "p50", "p95", "p99", "max");
        Stats all = new Stats();
        for (Map.Entry<String, Stats> e : new TreeMap<>(stats).entrySet()) {
            Stats s = e.getValue();
            long[] l = s.sorted();
            out.printf("%-34s %8d %7d %7d %9d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), s.ok + s.non2xx + s.transport,
                    s.ok, s.non2xx, s.transport, percentile(l, 50) / 1e3, percentile(l, 95) / 1e3,
                    percentile(l, 99) / 1e3, l.length == 0 ? 0 : l[l.length - 1] / 1e3);
            if (!s.statuses.isEmpty()) {
                out.printf("%-34s statuses: %s%n", "", s.statuses);
            }
            if (!e.getKey().startsWith("grant round") && !e.getKey().equals("setup")) {
                synchronized (s) {
                    for (int i = 0; i < s.n; i++) {
                        all.record(200, s.latencies[i]);
                    }
                    all.non2xx += s.non2xx;
                    all.transport += s.transport;
                }
            }
        }
        long[] l = all.sorted();
        out.printf("%-34s %8d %7d %7d %9d %8.1f %8.1f %8.1f %8.1f%n", "ALL (fixed-rate mix)",
                all.ok + all.non2xx + all.transport, all.ok, all.non2xx, all.transport, percentile(l, 50) / 1e3,
                percentile(l, 95) / 1e3, percentile(l, 99) / 1e3, l.length == 0 ? 0 : l[l.length - 1] / 1e3);
        if (!heapSampling.isEmpty()) {
            long[] o2 = outsideHeapSampling.sorted();
            out.printf("%-34s %8d %7d %7d %9d %8.1f %8.1f %8.1f %8.1f%n", "ALL but near a heap sample (*)",
                    outsideHeapSampling.ok + outsideHeapSampling.non2xx + outsideHeapSampling.transport,
                    outsideHeapSampling.ok, outsideHeapSampling.non2xx, outsideHeapSampling.transport,
                    percentile(o2, 50) / 1e3, percentile(o2, 95) / 1e3, percentile(o2, 99) / 1e3,
                    o2.length == 0 ? 0 : o2[o2.length - 1] / 1e3);
            double sampling;
            synchronized (heapSampling) {
                sampling = heapSampling.stream().filter(w -> w[1] != Long.MAX_VALUE)
                        .mapToLong(w -> w[1] - w[0]).sum() / 1e9;
            }
            out.printf("(*) the same requests without those due while the heap samples ran (a forced full GC in "
                    + "each process, one after the other, through JMX: %.1f s in all) or in the 5 s after; the targets "
                    + "below are judged on the whole mix%n", sampling);
        }
        long totalErrors = stats.values().stream().mapToLong(s -> s.non2xx + s.transport).sum();
        out.println();
        out.println("grant rounds: " + (roundResults.isEmpty() ? "none run" : roundResults));
        if (roundResults.size() < grantRounds || roundResults.stream().anyMatch(s -> !s.startsWith("FINAL"))) {
            if (!o.containsKey("marks")) {
                pass = false;
            }
        }
        out.printf("created (2xx) and read back afterwards: %d of %d %s%s%n", readBack, readBack + missing,
                createdByKind, missing == 0 ? "" : " MISSING: " + missingSamples);
        if (missing > 0) {
            pass = false;
        }
        out.printf("admissions answered 2xx: %d; their party-building case (outbox event) found exactly once: %d, "
                + "missing: %d, doubled: %d (checked for %d s)%n", admitted.size(), exactlyOnce, lost, doubled,
                eventSeconds);
        if (exactlyOnce != admitted.size()) {
            pass = false;
        }
        out.println("token refreshes that failed (the old token was kept): " + tokenRefreshFailures.get());
        double heapGrowthLimit = Double.parseDouble(o.getOrDefault("heap-growth-limit", "10"));
        boolean heapGrew = false;
        if (!heap.isEmpty()) {
            out.println();
            out.println("heap used after a forced full GC (MemoryMXBean gc() then heap used, through JMX), MiB, at second "
                    + heapTimes + " of the load; slope by least squares over the samples");
            out.printf("%-24s %s %14s %10s%n", "part", "samples", "slope MiB/h", "growth");
            for (Map.Entry<String, List<Double>> e : heap.entrySet()) {
                List<Double> v = e.getValue();
                double slope = slope(heapTimes, v) * 3600;
                double growth = v.isEmpty() ? 0 : v.get(v.size() - 1) - v.get(0);
                StringBuilder sb = new StringBuilder();
                v.forEach(x -> sb.append(String.format("%7.1f", x)));
                out.printf("%-24s %s %14.1f %+9.1f%n", e.getKey(), sb, slope, growth);
                heapGrew |= growth > heapGrowthLimit || v.contains(-1.0);
            }
        }
        if (o.containsKey("p99-target")) {
            double target = Double.parseDouble(o.get("p99-target"));
            double p99 = percentile(l, 99) / 1e3;
            out.println();
            out.printf("target 0 errors: %s (%d non-2xx + transport)%n", totalErrors == 0 ? "met" : "NOT MET",
                    totalErrors);
            out.printf("target p99 <= %.0f ms (fixed-rate mix): %s (%.1f ms)%n", target, p99 <= target ? "met"
                    : "NOT MET", p99);
            out.printf("target rate %.0f requests/s held: %s (%.1f)%n", rate, sent / seconds >= rate * 0.99 ? "met"
                    : "NOT MET", sent / seconds);
            if (!heap.isEmpty()) {
                out.printf("target no heap growth after GC (each part < %.0f MiB from first to last sample): %s%n",
                        heapGrowthLimit, heapGrew ? "NOT MET" : "met");
            }
        }
        if (o.containsKey("marks")) {
            out.println();
            out.printf("%s every write answered 2xx is there afterwards (%d of %d read back)%n",
                    missing == 0 ? "PASS" : "FAIL", readBack, readBack + missing);
            out.printf("%s every admission answered 2xx opened its party-building case exactly once through the outbox "
                    + "(%d of %d; missing %d, doubled %d)%n", exactlyOnce == admitted.size() ? "PASS" : "FAIL",
                    exactlyOnce, admitted.size(), lost, doubled);
            pass &= faults(Path.of(o.get("marks")), Long.parseLong(o.getOrDefault("recovery-limit", "60")));
        } else if (totalErrors > 0) {
            pass = false;
        }
        if (!errorSamples.isEmpty()) {
            out.println();
            out.println("first errors (of " + totalErrors + "):");
            errorSamples.stream().limit(o.containsKey("marks") ? 25 : 15).forEach(s -> out.println("  " + s));
        }
        writeTimeline(outDir.resolve("timeline.csv"));
        out.println();
        out.println(pass ? "driver: PASS" : "driver: FAIL");
        return pass;
    }

    static double slope(List<String> xs, List<Double> ys) {
        int n = Math.min(xs.size(), ys.size());
        if (n < 2) {
            return 0;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Double.parseDouble(xs.get(i));
            my += ys.get(i);
        }
        mx /= n;
        my /= n;
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            double dx = Double.parseDouble(xs.get(i)) - mx;
            num += dx * (ys.get(i) - my);
            den += dx * dx;
        }
        return den == 0 ? 0 : num / den;
    }

    void writeTimeline(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("epoch_second,requests,ok,non2xx,transport,over_200ms,max_ms\n");
        new TreeMap<>(timeline).forEach((s, b) -> sb.append(s).append(',').append(b[0]).append(',').append(b[1])
                .append(',').append(b[2]).append(',').append(b[3]).append(',').append(b[4]).append(',').append(b[5])
                .append('\n'));
        Files.writeString(file, sb.toString());
    }

    /**
     * Fault windows from the marks file ("epochMillis fault start|end" per line, written by benchmarks/faults/run.sh):
     * errors in each window and after it (until the last error: the recovery time), errors outside every window,
     * and for a Keycloak outage the log-in probe and no error at all.
     */
    boolean faults(Path marks, long recoveryLimit) throws IOException {
        boolean pass = true;
        Map<String, long[]> windows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(marks)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 3) {
                continue;
            }
            long[] w = windows.computeIfAbsent(f[1], k -> new long[] {0, 0});
            w[f[2].equals("start") ? 0 : 1] = Long.parseLong(f[0]);
        }
        TreeMap<Long, long[]> seconds = new TreeMap<>(timeline);
        long grace = recoveryLimit * 1000;
        out.println();
        out.println("faults (errors = non-2xx + transport errors of the fixed-rate load and the journeys):");
        long outside = 0;
        for (Map.Entry<Long, long[]> s : seconds.entrySet()) {
            long ms = s.getKey() * 1000;
            boolean inside = windows.values().stream().anyMatch(w -> ms >= w[0] - 1000 && ms <= w[1] + grace);
            if (!inside) {
                outside += s.getValue()[2] + s.getValue()[3];
            }
        }
        for (Map.Entry<String, long[]> e : windows.entrySet()) {
            long start = e.getValue()[0];
            long end = e.getValue()[1];
            // A window's recovery time ends where the next fault begins: an error of the second in which the next
            // fault started (seconds are counted by when the answer came) belongs to that fault, not to this one.
            long next = windows.values().stream().mapToLong(w -> w[0]).filter(t -> t > start).min()
                    .orElse(Long.MAX_VALUE);
            long last = Math.min((end + grace) / 1000, next == Long.MAX_VALUE ? Long.MAX_VALUE : next / 1000 - 1);
            long requests = 0;
            long errors = 0;
            long lastError = 0;
            long firstError = 0;
            for (Map.Entry<Long, long[]> s : seconds.subMap(start / 1000, true, last, true).entrySet()) {
                requests += s.getValue()[0];
                long err = s.getValue()[2] + s.getValue()[3];
                if (err > 0) {
                    errors += err;
                    lastError = s.getKey() * 1000 + 999;
                    firstError = firstError == 0 ? s.getKey() * 1000 : firstError;
                }
            }
            long recovery = lastError == 0 ? 0 : Math.max(0, lastError - end);
            boolean keycloak = e.getKey().startsWith("keycloak");
            out.printf("  %-26s %5.0f s down; requests meanwhile and until %d s after: %d, errors: %d%s; "
                    + "recovered %.1f s after it was back%n", e.getKey(), (end - start) / 1000.0, recoveryLimit,
                    requests, errors, firstError == 0 ? "" : String.format(" (first %.0f s after the fault began)",
                    (firstError - start) / 1000.0), recovery / 1000.0);
            if (keycloak) {
                long during = logins.stream().filter(x -> x[0] > start + 2000 && x[0] < end - 1000).count();
                long duringOk = logins.stream().filter(x -> x[0] > start + 2000 && x[0] < end - 1000 && x[1] == 1).count();
                long firstOkAfter = logins.stream().filter(x -> x[0] >= end && x[1] == 1).mapToLong(x -> x[0]).min()
                        .orElse(-1);
                out.printf("  %-26s new log-ins while down: %d tried, %d succeeded; first log-in that worked after "
                        + "it was back: %s%n", "", during, duringOk,
                        firstOkAfter < 0 ? "none" : String.format("%.1f s after", (firstOkAfter - end) / 1000.0));
                loginMessages.forEach(m -> out.printf("  %-26s   log-in error seen: %s%n", "", m));
                boolean ok = errors == 0 && during > 0 && duringOk == 0 && firstOkAfter >= 0;
                out.printf("%s keycloak outage: tokens issued before kept working (errors %d), new log-ins refused while "
                        + "down, log-ins work again after%n", ok ? "PASS" : "FAIL", errors);
                pass &= ok;
            } else {
                boolean ok = lastError == 0 || lastError <= end + grace - 5000;
                out.printf("%s %s: requests succeed again %.1f s after it was back (limit %d s)%n", ok ? "PASS" : "FAIL",
                        e.getKey(), recovery / 1000.0, recoveryLimit);
                pass &= ok;
            }
        }
        out.printf("%s no errors outside the fault windows (found %d)%n", outside == 0 ? "PASS" : "FAIL", outside);
        return pass && outside == 0;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A small JSON reader: objects as maps, arrays as lists, numbers as doubles/longs as text. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                Json j = new Json(text);
                j.ws();
                return j.value();
            } catch (RuntimeException e) {
                return null;
            }
        }

        static String id(String body) {
            Object o = parse(body);
            return o instanceof Map<?, ?> m ? String.valueOf(m.get("id")) : null;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // :
                    ws();
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    ws();
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String t = s.substring(start, i);
            return switch (t) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> t;
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
