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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service benchmark's data: organizations of Changsha County (430121) recorded through the public API, as the
 * county officer, so that name searches run against a realistic register (the demo data holds under a hundred there).
 * COUNT organizations on top of the demo data, each with a fixed id ({@code PUT /api/registry/v1/organizations/{id}},
 * idempotent), so a second run records nothing new; it is skipped altogether when the last one is there already.
 * With COUNT 0 it only prints the county's total.
 *
 * <pre>java SeedOrganizations.java GATEWAY_URL KEYCLOAK_URL COUNT DIVISIONS_TSV [PARALLEL]</pre>
 *
 * DIVISIONS_TSV: "code TAB name" lines of the county's streets, towns, communities and villages (from the platform's
 * division table). Names are made of a place (street or town, community or village), a theme and a form, the way real
 * ones are (星沙街道开元路社区银龄志愿服务队, 长沙县黄花镇应急救援服务中心); registered ones get a well-formed credit
 * code. Prints how many it recorded.
 */
public class SeedOrganizations {

    private static final String[] THEMES = {
        "养老", "助残", "青少年", "儿童关爱", "妇女发展", "乡村振兴", "应急救援", "文化体育", "书画", "龙舟", "环境保护",
        "禁毒宣传", "心理健康", "邻里互助", "法律援助", "社区治理", "科普", "健康促进", "银龄", "家庭教育", "非遗传承",
        "广场舞", "太极拳", "垃圾分类", "志愿者", "慈善", "社会工作", "平安建设", "红白理事", "读书", "民俗文化", "花鼓戏",
        "残疾人康复", "留守儿童", "退役军人", "新乡贤", "婚姻家庭", "就业创业", "老年大学", "摄影"};
    private static final String[] COMMUNITY_FORMS = {
        "志愿服务队", "互助会", "协会", "服务队", "文艺队", "合唱团", "读书会", "服务站", "调解委员会", "爱心驿站"};
    private static final String[] GROUP_FORMS = {"协会", "研究会", "促进会", "联合会", "志愿者协会"};
    private static final String[] SERVICE_FORMS = {"服务中心", "社会工作服务中心", "发展中心", "服务社", "培训学校"};
    private static final String[] CATEGORIES = {
        "PUBLIC_WELFARE", "CULTURE_SPORTS", "MEDIATION_RIGHTS", "CIVIC_EDUCATION", "COMMUNITY_SERVICE", "SOCIAL_AFFAIRS"};
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    record Place(String code, String name) {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String keycloak = args[1];
        int count = Integer.parseInt(args[2]);
        List<Place> streets = new ArrayList<>();
        List<Place> communities = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length < 2 || !cells[0].startsWith("430121") || cells[0].equals("430121000000")) {
                continue;
            }
            if (cells[0].endsWith("000")) {
                streets.add(new Place(cells[0], cells[1]));
            } else {
                communities.add(new Place(cells[0], cells[1].replace("居委会", "").replace("村委会", "村")));
            }
        }
        int parallel = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Token token = new Token(http, keycloak);

        long present = countyTotal(http, gateway, token.get());
        if (count == 0 || present >= count && recorded(http, gateway, token.get(), id(count - 1))) {
            System.out.println("seed: the county holds " + present + " organizations, " + count
                    + " of them recorded by this benchmark");
            return;
        }
        AtomicInteger created = new AtomicInteger();
        AtomicInteger existing = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<?>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                String body = organization(index, streets, communities);
                UUID id = id(index);
                for (int attempt = 1; ; attempt++) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create(gateway + "/api/registry/v1/organizations/" + id))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + token.get())
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 201) {
                        created.incrementAndGet();
                        return null;
                    }
                    if (response.statusCode() == 200) {
                        existing.incrementAndGet();
                        return null;
                    }
                    if (attempt >= 3) {
                        throw new IllegalStateException("PUT organization " + index + " answered "
                                + response.statusCode() + ": " + response.body() + "\n" + body);
                    }
                    Thread.sleep(500L * attempt);
                }
            }));
        }
        pool.shutdown();
        for (Future<?> future : futures) {
            future.get();
        }
        System.out.printf("seed: %d organizations recorded, %d were there already, in %.0f s; county total now %d%n",
                created.get(), existing.get(), (System.nanoTime() - started) / 1e9,
                countyTotal(http, gateway, token.get()));
    }

    static UUID id(int index) {
        return UUID.nameUUIDFromBytes(("services-benchmark-organization-" + index).getBytes(StandardCharsets.UTF_8));
    }

    static boolean recorded(HttpClient http, String gateway, String token, UUID id) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/registry/v1/organizations/" + id))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200;
    }

    /** How many organizations the county officer sees in the whole county. */
    static long countyTotal(HttpClient http, String gateway, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(gateway + "/api/registry/v1/organizations?size=1&jurisdiction=430121000000"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
        }
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(response.body());
        return total.find() ? Long.parseLong(total.group(1)) : 0;
    }

    /** The request body of organization {@code index}: the same for the same index on every run. */
    static String organization(int index, List<Place> streets, List<Place> communities) {
        Random random = new Random(7919L * index + 17);
        String theme = pick(random, THEMES);
        String category = pick(random, CATEGORIES);
        int kind = random.nextInt(100);
        String name;
        String legalForm;
        Place place;
        char type = 0;
        if (kind < 60) {
            place = communities.get(random.nextInt(communities.size()));
            Place street = streetOf(place, streets);
            legalForm = "COMMUNITY_ORGANIZATION";
            name = (random.nextBoolean() ? street.name() : "") + place.name() + theme + pick(random, COMMUNITY_FORMS);
        } else {
            place = streets.get(random.nextInt(streets.size()));
            if (kind < 80) {
                legalForm = "SOCIAL_GROUP";
                type = '1';
                name = "长沙县" + (random.nextInt(3) > 0 ? place.name() : "") + theme + pick(random, GROUP_FORMS);
            } else if (kind < 98) {
                legalForm = "SOCIAL_SERVICE_ORGANIZATION";
                type = '2';
                name = "长沙县" + place.name() + theme + pick(random, SERVICE_FORMS);
            } else {
                legalForm = "FOUNDATION";
                type = '3';
                place = new Place("430121000000", "长沙县");
                name = "长沙县" + theme + "公益基金会";
            }
        }
        boolean recorded = random.nextInt(10) > 0; // one in ten still in preparation
        LocalDate registeredOn = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
        StringBuilder json = new StringBuilder("{");
        field(json, "name", name);
        field(json, "legalForm", legalForm);
        field(json, "jurisdiction", place.code());
        field(json, "category", category);
        if (recorded) {
            if (type != 0) {
                field(json, "creditCode", creditCode("5" + type + "430121MJX" + String.format("%06d", index)));
            }
            field(json, "registeredOn", registeredOn.toString());
        }
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    private static Place streetOf(Place community, List<Place> streets) {
        String prefix = community.code().substring(0, 9);
        return streets.stream().filter(s -> s.code().startsWith(prefix)).findFirst().orElse(community);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"").append(value.replace("\"", "")).append("\",");
    }

    static String creditCode(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The county officer's access token (password grant of incubator-cli), fetched again a minute before it expires. */
    static final class Token {
        private final HttpClient http;
        private final String keycloak;
        private String value;
        private long renewAt;

        Token(HttpClient http, String keycloak) {
            this.http = http;
            this.keycloak = keycloak;
        }

        synchronized String get() throws Exception {
            if (value == null || System.nanoTime() > renewAt) {
                String form = Map.of("grant_type", "password", "client_id", "incubator-cli", "username", "county-officer",
                                "password", "demo").entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .reduce((a, b) -> a + "&" + b).orElseThrow();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(keycloak + "/realms/incubator/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
                Matcher expires = Pattern.compile("\"expires_in\":(\\d+)").matcher(response.body());
                if (response.statusCode() != 200 || !token.find()) {
                    throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
                }
                value = token.group(1);
                long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 300;
                renewAt = System.nanoTime() + Math.max(10, seconds - 60) * 1_000_000_000L;
            }
            return value;
        }
    }
}
