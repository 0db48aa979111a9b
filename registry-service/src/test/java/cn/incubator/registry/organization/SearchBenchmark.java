package cn.incubator.registry.organization;

import cn.incubator.registry.field.ServiceField;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.scope.DataScopes;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organization name search at scale (not a test; see registry-service/README.md and benchmarks/README.md).
 *
 * <p>Generates organizations with realistic Chinese names over 100 Hunan districts (a share of them with the place
 * prefixes registered names carry: 衡阳市…, 长沙县星沙街道…) into an embedded PostgreSQL 17 migrated by the service's
 * own migrations, then
 *
 * <ol>
 *   <li>times a realistic mix of two-character queries ({@link Mix}) through {@link OrganizationService#search}
 *       (first page of 20 by name, with the total, as platform-admin of Hunan), with no query left out of the
 *       figures, and the same queries (every {@code bench.ilikeEvery}th) as a sequential {@code ILIKE} scan in the
 *       same run;</li>
 *   <li>checks answers against an oracle: a plain {@code ILIKE '%term%'} query over the same table with the same
 *       jurisdiction filter and order, written here without {@link NameGrams} or the repository, for a fixed list of
 *       place names, the commonest words and longer terms (as platform-admin of Hunan and as officer of 长沙县, the
 *       two search paths), and for every query of the {@code ILIKE} sample. The ids and
 *       their order must be equal; exact totals must be equal, estimated ones ({@code totalEstimated}) within 5%.</li>
 * </ol>
 *
 * <p>It makes no timing assertion, but exits non-zero when the oracle finds a wrong answer. Full run (1,000,000
 * organizations, 1,000 queries, writes benchmarks/results/registry-search.txt):
 * {@code ./mvnw -B -ntp -pl registry-service -am -Pbench verify -DskipTests}; small mode for CI (writes
 * registry-service/target/registry-search.txt):
 * {@code ... -Dbench.organizations=20000 -Dbench.queries=100}.
 */
public final class SearchBenchmark {

    private static final long SEED = 20161215L;
    private static final int FULL_ORGANIZATIONS = 1_000_000;
    private static final int FULL_QUERIES = 1_000;
    private static final String SCOPE = "43%";
    /** Changsha County: a scope of about 1% of the organizations, served by the table's gram index, not the postings. */
    private static final String COUNTY_SCOPE = "430121%";
    private static final int PAGE = 20;
    private static final double ESTIMATE_TOLERANCE = 0.05;

    private static final String[] ADJECTIVES = {"阳光", "爱心", "夕阳红", "春晖", "同心", "和谐", "幸福", "温馨", "彩虹",
        "启明", "晨曦", "善源", "乐创", "星火", "暖阳", "微光", "向日葵", "蒲公英", "萤火虫", "新时代", "红星", "金色", "绿色",
        "青春", "快乐", "百合", "知行", "明德", "仁爱", "惠民", "福寿", "康乐", "雷锋", "邻家", "益路", "馨语", "心桥", "同行",
        "筑梦", "助力"};
    private static final String[] FIELDS = {"养老", "助残", "青少年", "志愿", "文化", "书法", "龙舟", "广场舞", "太极拳", "关爱",
        "儿童", "妇女", "环保", "调解", "法律援助", "心理", "健康", "邻里", "互助", "读书", "摄影", "合唱", "花鼓戏", "篮球",
        "象棋", "围棋", "老年", "社工", "家庭", "禁毒", "助学", "应急救援", "红十字", "戏曲", "舞蹈", "武术", "垂钓", "登山",
        "骑行", "义工", "慈善", "公益", "农技", "电商", "非遗", "剪纸", "刺绣", "茶艺", "湘绣", "民乐", "腰鼓", "秧歌", "书画",
        "诗词", "科普", "助老", "托育", "康复", "助医", "巾帼", "银龄", "乡贤", "网格", "业主", "退役军人", "残疾人", "留守儿童",
        "家风", "孝亲", "睦邻"};
    /** Names of residents' communities (社区) inside a street, as community organizations carry them. */
    private static final String[] COMMUNITIES = {"金茂", "湘龙", "东山", "星城", "泉塘", "天华", "松雅", "凉塘", "白沙", "茶亭",
        "新塘", "桂花", "望仙", "碧桂园", "万家丽", "紫薇", "枫树", "梨江", "杉仙", "湘府", "南湖", "沿江", "东湖", "学府"};
    /** Suffix, its legal form, and its weight in 1,000. */
    private static final Object[][] SUFFIXES = {
        {"协会", LegalForm.SOCIAL_GROUP, 260}, {"促进会", LegalForm.SOCIAL_GROUP, 60}, {"联合会", LegalForm.SOCIAL_GROUP, 40},
        {"研究会", LegalForm.SOCIAL_GROUP, 30}, {"服务中心", LegalForm.SOCIAL_SERVICE_ORGANIZATION, 240},
        {"发展中心", LegalForm.SOCIAL_SERVICE_ORGANIZATION, 50}, {"志愿服务队", LegalForm.COMMUNITY_ORGANIZATION, 160},
        {"服务社", LegalForm.COMMUNITY_ORGANIZATION, 70}, {"俱乐部", LegalForm.COMMUNITY_ORGANIZATION, 70},
        {"基金会", LegalForm.FOUNDATION, 20}};

    /** Words people search for most: the generic parts of names and the commonest fields. */
    static final List<String> COMMON_WORDS = List.of("协会", "服务", "中心", "志愿", "社区", "养老", "助残", "文化");

    /**
     * The oracle's fixed queries: Hunan place names that occur in the generated names (cities, districts, a street),
     * the commonest words, longer terms (the {@code LIKE} recheck), and rare or absent ones.
     */
    static final List<String> ORACLE_TERMS = List.of(
            "长沙", "衡阳", "岳阳", "常德", "株洲", "湘潭", "邵阳", "星沙", "浏阳", "宁乡", "望城", "岳麓", "雨花", "芙蓉", "韶山",
            "协会", "服务", "中心", "志愿", "社区", "养老", "务中", "会长", "市阳",
            "长沙县", "衡阳市", "星沙街道", "阳光养老", "志愿服务队", "长沙县星沙街道",
            "㮾梨", "龙舟", "花鼓戏", "不存在的");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int organizations = Integer.getInteger("bench.organizations", FULL_ORGANIZATIONS);
        int queryCount = Integer.getInteger("bench.queries", FULL_QUERIES);
        int ilikeEvery = Integer.getInteger("bench.ilikeEvery", 4);
        Path output = output(organizations, queryCount);
        String loadBefore = loadAverage();

        String dataDirectory = System.getProperty("bench.dataDirectory", "");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (!dataDirectory.isBlank()) {
            // Keeps the generated data between runs (while tuning); the default is a fresh directory every time.
            builder.setDataDirectory(Path.of(dataDirectory)).setCleanDataDirectory(false);
        }
        StringBuilder report = new StringBuilder();
        int wrong;
        try (EmbeddedPostgres postgres = builder
                // Only the bulk load is affected: data written once and thrown away needs no crash safety.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                // As a production server would be sized: the 1M-row table and its indexes fit in memory.
                .setServerConfig("shared_buffers", "1GB")
                .start();
                HikariDataSource pool = pool(postgres)) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration", "classpath:db/platform")
                    .outOfOrder(true).load().migrate();
            JdbcClient jdbc = JdbcClient.create(pool);

            List<Jurisdiction> districts = districts(100);
            long loadStart = System.nanoTime();
            boolean generated = false;
            if (jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single() != organizations) {
                jdbc.sql("TRUNCATE organization CASCADE").update();
                load(pool, districts, organizations, new Random(SEED));
                generated = true;
            } else {
                // Kept data: the visibility map (index-only scans) and the statistics as after a load.
                jdbc.sql("VACUUM ANALYZE organization").update();
                jdbc.sql("VACUUM ANALYZE organization_gram").update();
            }
            long loadMillis = Duration.ofNanos(System.nanoTime() - loadStart).toMillis();

            List<String> names = new ArrayList<>(organizations);
            List<String> codes = new ArrayList<>(organizations);
            jdbc.sql("SELECT name, jurisdiction_code FROM organization ORDER BY created_at, id").query(rs -> {
                names.add(rs.getString(1));
                codes.add(rs.getString(2));
            });
            Map<String, Integer> bigramCounts = bigramCounts(names);

            OrganizationService service = new OrganizationService(new OrganizationRepository(jdbc),
                    new DataScopes(new Node("benchmark", Jurisdiction.of("430000000000"))), null, Clock.systemUTC(), null,
                    null);
            CurrentUser admin = new CurrentUser("bench", "bench", Set.of(Role.PLATFORM_ADMIN),
                    List.of(Jurisdiction.of("430000000000")), Optional.empty(), Optional.empty());
            CurrentUser countyOfficer = new CurrentUser("bench-county", "bench-county", Set.of(Role.CIVIL_AFFAIRS),
                    List.of(Jurisdiction.of("430121000000")), Optional.empty(), Optional.empty());

            // A generator of its own, so the queries are the same whether the data was generated in this run or kept.
            Mix mix = new Mix(names, codes, new Random(SEED + 1));
            for (int i = 0; i < 200; i++) {
                service.search(admin, OrganizationSearch.byName(mix.next().term()));
            }
            List<Measurement> measurements = new ArrayList<>();
            for (int i = 0; i < queryCount; i++) {
                Query query = mix.next();
                long start = System.nanoTime();
                OrganizationRepository.Page page = service.search(admin, OrganizationSearch.byName(query.term()));
                long nanos = System.nanoTime() - start;
                measurements.add(new Measurement(query, bigramCounts.getOrDefault(query.term(), 0), nanos, page));
            }

            List<Check> checks = new ArrayList<>();
            List<Measurement> compared = new ArrayList<>();
            try (Connection connection = sequentialOnly(pool)) {
                for (int i = 0; i < measurements.size(); i += ilikeEvery) {
                    Measurement m = measurements.get(i);
                    long start = System.nanoTime();
                    Answer truth = oracle(connection, m.query().term(), SCOPE);
                    long ilikeNanos = System.nanoTime() - start;
                    compared.add(m.withIlike(ilikeNanos));
                    checks.add(Check.of(m.query().term(), m.page(), truth, "mix"));
                }
                for (String term : ORACLE_TERMS) {
                    OrganizationRepository.Page page = service.search(admin, OrganizationSearch.byName(term));
                    checks.add(Check.of(term, page, oracle(connection, term, SCOPE), "fixed"));
                }
                for (String term : ORACLE_TERMS) {
                    OrganizationRepository.Page page = service.search(countyOfficer, OrganizationSearch.byName(term));
                    checks.add(Check.of(term, page, oracle(connection, term, COUNTY_SCOPE), "county"));
                }
            }
            wrong = (int) checks.stream().filter(c -> !c.right()).count();

            report.append("Registry organization search benchmark (SearchBenchmark)\n");
            report.append("run: ").append(Instant.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" CPUs, Java ").append(System.getProperty("java.version")).append('\n');
            report.append("database: ").append(jdbc.sql("SELECT version()").query(String.class).single())
                    .append(" (embedded; shared_buffers 1GB, fsync off for the bulk load, otherwise defaults)\n");
            report.append(String.format(Locale.ROOT, "data: %,d organizations over %d Hunan districts, %s; %,d distinct"
                    + " bigrams in the names%n", organizations, districts.size(),
                    generated ? String.format(Locale.ROOT, "generated, loaded and indexed in %,d ms", loadMillis)
                            : "kept from an earlier run (bench.dataDirectory)", bigramCounts.size()));
            report.append(String.format(Locale.ROOT, "names: %s%n", shareWithPlaces(names, codes)));
            report.append(jdbc.sql("""
                    SELECT format('size: organization %s (table and its indexes), organization_gram (postings) %s;'
                                  || ' pages all-visible (index-only scans): %s%% of organization_gram',
                                  pg_size_pretty(pg_total_relation_size('organization')),
                                  pg_size_pretty(pg_total_relation_size('organization_gram')),
                                  (SELECT round(100.0 * relallvisible / GREATEST(relpages, 1)) FROM pg_class
                                   WHERE oid = 'organization_gram'::regclass))""")
                    .query(String.class).single()).append('\n');
            write(report, measurements, compared, checks, ilikeEvery, organizations, queryCount);
            report.append(String.format(Locale.ROOT, "%nmachine load average (1, 5, 15 min) at start: %s, at end: %s"
                    + " (the machine is shared: other builds compete for its CPUs)%n", loadBefore, loadAverage()));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + output.toAbsolutePath());
        if (wrong > 0) {
            System.out.println("FAILED: the oracle found " + wrong + " wrong answer(s)");
            System.exit(1);
        }
    }

    /**
     * {@code bench.output} if given; otherwise the committed results file for the full run only, and the build
     * directory for any smaller one, so a dry or CI run never overwrites the committed figures.
     */
    private static Path output(int organizations, int queries) {
        String given = System.getProperty("bench.output", "");
        if (!given.isBlank()) {
            return Path.of(given);
        }
        Path root = Path.of(System.getProperty("bench.root", ".."));
        return organizations == FULL_ORGANIZATIONS && queries == FULL_QUERIES
                ? root.resolve("benchmarks/results/registry-search.txt")
                : Path.of(System.getProperty("bench.target", "target")).resolve("registry-search.txt");
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    /** The first {@code count} district-level divisions of Hunan that have streets, Changsha County among them. */
    static List<Jurisdiction> districts(int count) {
        Set<Jurisdiction> chosen = new LinkedHashSet<>();
        chosen.add(Jurisdiction.of("430121000000"));
        for (Jurisdiction city : Jurisdiction.of("430000000000").children()) {
            for (Jurisdiction district : city.children()) {
                if (district.tier() == Tier.DISTRICT && !district.children().isEmpty() && chosen.size() < count) {
                    chosen.add(district);
                }
            }
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("Only " + chosen.size() + " districts with streets in Hunan");
        }
        return List.copyOf(chosen);
    }

    /**
     * Generates and copies the organizations in, with the migration's indexes (of the table and of its postings)
     * dropped and its triggers off during the load; then fills the postings in one statement, as the triggers would,
     * rebuilds the indexes (the same definitions, read back from the catalog) and analyzes.
     */
    private static void load(HikariDataSource pool, List<Jurisdiction> districts, int organizations,
            Random random) throws SQLException, IOException {
        Map<Jurisdiction, List<Jurisdiction>> streets = new HashMap<>();
        districts.forEach(d -> streets.put(d, d.children()));
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                    + " WHERE tablename IN ('organization', 'organization_gram') AND indexname NOT LIKE '%\\_pkey'")) {
                while (rs.next()) {
                    indexes.add(rs.getString("indexdef"));
                    statement.addBatch("DROP INDEX " + rs.getString("indexname"));
                }
            }
            statement.executeBatch();
            // No autovacuum racing the load: its snapshot would keep the final VACUUM from marking pages all-visible.
            statement.execute("ALTER TABLE organization SET (autovacuum_enabled = false)");
            statement.execute("ALTER TABLE organization_gram SET (autovacuum_enabled = false)");
            statement.execute("SET session_replication_role = replica");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String columns = "COPY organization (id, name, name_normalized, name_grams, legal_form, jurisdiction_code,"
                    + " category, status, service_fields, maturity, created_at, updated_at) FROM STDIN";
            StringBuilder chunk = new StringBuilder();
            Instant created = Instant.parse("2024-01-01T00:00:00Z");
            for (int i = 0; i < organizations; i++) {
                Jurisdiction district = districts.get(random.nextInt(districts.size()));
                List<Jurisdiction> inDistrict = streets.get(district);
                Jurisdiction street = inDistrict.get(random.nextInt(inDistrict.size()));
                Object[] suffix = suffix(random);
                String name = name(random, district, street, (String) suffix[0]);
                String[] grams = NameGrams.of(name);
                LegalForm form = (LegalForm) suffix[1];
                chunk.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(name).append('\t')
                        .append(NameGrams.normalize(name)).append('\t').append('{').append(String.join(",", grams))
                        .append('}').append('\t').append(form.name()).append('\t')
                        .append(random.nextInt(5) == 0 ? district.code() : street.code()).append('\t')
                        .append(Category.values()[random.nextInt(Category.values().length)].name()).append('\t')
                        .append(form.isFiled() ? "FILED" : random.nextInt(10) == 0 ? "IN_PREPARATION" : "REGISTERED")
                        .append('\t').append('{')
                        .append(ServiceField.values()[random.nextInt(ServiceField.values().length)].name()).append('}')
                        .append('\t').append(Maturity.values()[random.nextInt(Maturity.values().length)].name())
                        .append('\t').append(created.plusSeconds(i * 60L)).append('\t')
                        .append(created.plusSeconds(i * 60L)).append('\n');
                if ((i + 1) % 50_000 == 0 || i == organizations - 1) {
                    copy.copyIn(columns, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                }
            }
            statement.execute("SET session_replication_role = origin");
            // Commits from here on wait for the WAL: VACUUM cannot mark a page all-visible (for index-only scans) while
            // the commit of its rows, or of a later transaction sharing its commit-log group, is unflushed.
            statement.execute("SET synchronous_commit = on");
            statement.execute("INSERT INTO organization_gram (gram, name_normalized, id, jurisdiction_code)"
                    + " SELECT g.gram, o.name_normalized, o.id, o.jurisdiction_code"
                    + " FROM organization o CROSS JOIN LATERAL unnest(o.name_grams) AS g(gram)");
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("VACUUM ANALYZE organization");
            statement.execute("VACUUM ANALYZE organization_gram");
            statement.execute("ALTER TABLE organization RESET (autovacuum_enabled)");
            statement.execute("ALTER TABLE organization_gram RESET (autovacuum_enabled)");
        }
    }

    private static Object[] suffix(Random random) {
        int pick = random.nextInt(1000);
        for (Object[] suffix : SUFFIXES) {
            pick -= (Integer) suffix[2];
            if (pick < 0) {
                return suffix;
            }
        }
        return SUFFIXES[0];
    }

    /**
     * One of the shapes names take in the registers (weights in 100): with city and district (10), city only (10),
     * district (15), district and street (20), street (20), street and community (5), short district and street (5),
     * or no place at all (15).
     */
    static String name(Random random, Jurisdiction district, Jurisdiction street, String suffix) {
        String adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
        String field = FIELDS[random.nextInt(FIELDS.length)];
        String city = district.parent().map(Jurisdiction::name).orElse("");
        int shape = random.nextInt(100);
        if (shape < 10) {
            return city + district.name() + field + suffix;                                 // 衡阳市雁峰区书法协会
        } else if (shape < 20) {
            return city + adjective + field + suffix;                                       // 衡阳市阳光助残服务中心
        } else if (shape < 35) {
            return district.name() + field + suffix;                                        // 长沙县养老协会
        } else if (shape < 55) {
            return district.name() + street.name() + adjective + field + suffix;            // 长沙县星沙街道阳光养老服务中心
        } else if (shape < 75) {
            return shortName(street.name()) + adjective + field + suffix;                   // 星沙阳光养老服务中心
        } else if (shape < 80) {
            return shortName(street.name()) + COMMUNITIES[random.nextInt(COMMUNITIES.length)] + "社区" + field
                    + suffix;                                                               // 星沙金茂社区养老志愿服务队
        } else if (shape < 85) {
            return shortName(district.name()) + shortName(street.name()) + field
                    + FIELDS[random.nextInt(FIELDS.length)] + suffix;                       // 长沙星沙养老助残协会
        }
        return adjective + field + suffix;                                                  // 阳光养老服务中心
    }

    static String shortName(String place) {
        for (String tier : List.of("街道", "镇", "乡", "县", "区", "市")) {
            if (place.endsWith(tier) && place.length() - tier.length() >= 2) {
                return place.substring(0, place.length() - tier.length());
            }
        }
        return place;
    }

    /** How many names carry the name of their city, district or street, for the report. */
    private static String shareWithPlaces(List<String> names, List<String> codes) {
        Map<String, Jurisdiction> divisions = new HashMap<>();
        long city = 0;
        long district = 0;
        long street = 0;
        for (int i = 0; i < names.size(); i++) {
            Jurisdiction recorded = divisions.computeIfAbsent(codes.get(i), Jurisdiction::of);
            Jurisdiction inDistrict = recorded.tier() == Tier.STREET ? recorded.parent().orElseThrow() : recorded;
            String name = names.get(i);
            city += name.contains(shortName(inDistrict.parent().orElseThrow().name())) ? 1 : 0;
            district += name.contains(shortName(inDistrict.name())) ? 1 : 0;
            street += recorded.tier() == Tier.STREET && name.contains(shortName(recorded.name())) ? 1 : 0;
        }
        return String.format(Locale.ROOT, "%.0f%% contain the name of their city (衡阳…), %.0f%% of their district"
                + " (长沙县…), %.0f%% of their street (星沙…); shapes and weights in SearchBenchmark#name",
                100.0 * city / names.size(), 100.0 * district / names.size(), 100.0 * street / names.size());
    }

    /**
     * Number of names containing each two-character term, counted here over the names as stored (code points, as
     * typed), not with {@link NameGrams}: only used to describe the mix.
     */
    private static Map<String, Integer> bigramCounts(List<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String name : names) {
            int[] cp = name.codePoints().toArray();
            seen.clear();
            for (int i = 0; i + 1 < cp.length; i++) {
                String bigram = new String(cp, i, 2);
                if (seen.add(bigram)) {
                    counts.merge(bigram, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The timed queries, two characters each, as people search a register: 25% a common word ({@link #COMMON_WORDS},
     * uniformly), 25% a place name (the first two characters of the city, the district or the street, one of the
     * three uniformly, of a random organization: places weighted by how many organizations they have), 50% a bigram
     * at a random position of a random name (bigrams weighted by how often they occur in the names).
     */
    static final class Mix {
        static final String DESCRIPTION = "25% common words (" + String.join("/", COMMON_WORDS) + ", uniformly), 25%"
                + " place names (first two characters of the city, district or street of a random organization), 50%"
                + " bigrams at a random position of a random name (weighted by occurrence)";

        private final List<String> names;
        private final List<String> codes;
        private final Random random;

        Mix(List<String> names, List<String> codes, Random random) {
            this.names = names;
            this.codes = codes;
            this.random = random;
        }

        Query next() {
            int kind = random.nextInt(4);
            int organization = random.nextInt(names.size());
            if (kind == 0) {
                return new Query(COMMON_WORDS.get(random.nextInt(COMMON_WORDS.size())), "common word");
            } else if (kind == 1) {
                Jurisdiction recorded = Jurisdiction.of(codes.get(organization));
                Jurisdiction district = recorded.tier() == Tier.STREET ? recorded.parent().orElseThrow() : recorded;
                Jurisdiction place = switch (random.nextInt(3)) {
                    case 0 -> district.parent().orElseThrow();
                    case 1 -> district;
                    default -> recorded; // the street, or the district for organizations recorded there
                };
                return new Query(firstTwo(shortName(place.name())), "place name");
            }
            int[] cp = names.get(organization).codePoints().toArray();
            int at = random.nextInt(cp.length - 1);
            return new Query(new String(cp, at, 2), "name bigram");
        }

        private static String firstTwo(String text) {
            int[] cp = text.codePoints().toArray();
            return new String(cp, 0, Math.min(2, cp.length));
        }
    }

    /** A connection on which nothing but sequential scans are planned. */
    private static Connection sequentialOnly(HikariDataSource pool) throws SQLException {
        Connection connection = pool.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET enable_indexscan = off");
            statement.execute("SET enable_bitmapscan = off");
            statement.execute("SET enable_indexonlyscan = off");
        }
        return connection;
    }

    /**
     * The oracle: the first page by name and the number of matches of a plain {@code ILIKE} over the whole table, with
     * the caller's jurisdiction filter and the list's order, in one sequential scan.
     */
    private static Answer oracle(Connection connection, String term, String jurisdictions) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, count(*) OVER () AS total FROM organization
                WHERE name ILIKE ? AND jurisdiction_code LIKE ?
                ORDER BY name_normalized, id LIMIT ?
                """)) {
            statement.setString(1, "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            statement.setString(2, jurisdictions);
            statement.setInt(3, PAGE);
            List<UUID> ids = new ArrayList<>();
            long total = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject("id", UUID.class));
                    total = rs.getLong("total");
                }
            }
            return new Answer(ids, total);
        }
    }

    private static void write(StringBuilder out, List<Measurement> all, List<Measurement> compared, List<Check> checks,
            int ilikeEvery, int organizations, int queryCount) {
        boolean full = organizations == FULL_ORGANIZATIONS && queryCount == FULL_QUERIES;
        out.append(String.format(Locale.ROOT, "queries: %,d two-character queries (seed %d), each the first page of 20"
                + " by name and the total, through OrganizationService.search as platform-admin of Hunan, after 200"
                + " warm-up queries of the same mix%n", all.size(), SEED + 1));
        out.append("mix: ").append(Mix.DESCRIPTION).append('\n');
        out.append(String.format(Locale.ROOT, "match counts: median %,d, p95 %,d, max %,d organizations; %d queries match"
                + " more than %,d; %d totals returned as estimates%n",
                percentile(all, Measurement::matches, 50), percentile(all, Measurement::matches, 95),
                percentile(all, Measurement::matches, 100),
                all.stream().filter(m -> m.matches() > OrganizationRepository.EXACT_TOTAL_LIMIT).count(),
                OrganizationRepository.EXACT_TOTAL_LIMIT, all.stream().filter(m -> m.page().totalEstimated()).count()));

        out.append("\nlatency in ms (p50 = median, p95 = 95th percentile, max = slowest; nearest rank; no query left out)\n");
        out.append("                                      n      p50      p95      max\n");
        out.append(line("search, all queries", all, Measurement::nanos));
        for (String kind : List.of("common word", "place name", "name bigram")) {
            out.append(line("  of which " + kind + "s", all.stream().filter(m -> m.query().kind().equals(kind)).toList(),
                    Measurement::nanos));
        }
        out.append(line("search, ILIKE sample", compared, Measurement::nanos));
        out.append(line("sequential ILIKE, same sample", compared, Measurement::ilikeNanos));
        double ratio = (double) percentile(compared, Measurement::ilikeNanos, 50)
                / Math.max(1, percentile(compared, Measurement::nanos, 50));
        out.append(String.format(Locale.ROOT, "%nmedian speed-up over the sequential ILIKE scan: %.0fx (median of the"
                + " sequential ILIKE / median of the search, both over the same %d queries, every %dth of the mix,"
                + " one run each, same run)%n", ratio, compared.size(), ilikeEvery));
        long p95 = percentile(all, Measurement::nanos, 95);
        long max = percentile(all, Measurement::nanos, 100);
        long over200 = all.stream().filter(m -> m.nanos() > 200_000_000L).count();
        out.append(String.format(Locale.ROOT, "targets (all %,d queries of the mix)%s: p95 <= 30 ms: %s (%.1f ms);"
                + " max <= 200 ms: %s (%.1f ms, %d over); median >= 50x the sequential ILIKE: %s (%.0fx)%n",
                all.size(), full ? "" : " [small mode: informative only]", p95 <= 30_000_000L ? "met" : "MISSED",
                p95 / 1e6, max <= 200_000_000L ? "met" : "MISSED", max / 1e6, over200, ratio >= 50 ? "met" : "MISSED",
                ratio));

        out.append("\nslowest searches:\n");
        all.stream().sorted((a, b) -> Long.compare(b.nanos(), a.nanos())).limit(10).forEach(m -> out.append(
                String.format(Locale.ROOT, "  %s  %-12s %,9d matches  %6.1f ms%s%n", m.query().term(), m.query().kind(),
                        m.matches(), m.nanos() / 1e6, m.page().totalEstimated() ? "  (total estimated)" : "")));

        long wrong = checks.stream().filter(c -> !c.right()).count();
        long estimated = checks.stream().filter(Check::estimated).count();
        out.append(String.format(Locale.ROOT, "%noracle (sequential ILIKE '%%term%%' with the caller's jurisdiction"
                + " filter, ORDER BY name_normalized, id; ids and their order of the first page must be equal, exact"
                + " totals equal, estimated totals within %.0f%%): %d checked: %d fixed terms as platform-admin of Hunan"
                + " (jurisdiction_code LIKE '%s'), the same %d as civil-affairs officer of 长沙县 (LIKE '%s', about 1%%"
                + " of the organizations: the gram-index path), %d from the ILIKE sample of the mix; %d with an"
                + " estimated total; %d wrong%n", ESTIMATE_TOLERANCE * 100, checks.size(),
                checks.stream().filter(c -> c.source().equals("fixed")).count(), SCOPE,
                checks.stream().filter(c -> c.source().equals("county")).count(), COUNTY_SCOPE,
                checks.stream().filter(c -> c.source().equals("mix")).count(), estimated, wrong));
        double worst = checks.stream().filter(Check::estimated)
                .mapToDouble(c -> Math.abs(c.page().total() - c.truth().total()) / (double) Math.max(1, c.truth().total()))
                .max().orElse(0);
        out.append(String.format(Locale.ROOT, "largest error of an estimated total: %.2f%%%n", worst * 100));
        out.append("fixed terms: term, true count (ILIKE), total returned, error\n");
        checks.stream().filter(c -> !c.source().equals("mix") || !c.right()).forEach(c -> out.append(String.format(
                Locale.ROOT, "  %s%s  %,d  %,d%s  %s%n", c.source().equals("mix") ? "[mix] "
                        : c.source().equals("county") ? "[长沙县] " : "", c.term(),
                c.truth().total(), c.page().total(), c.estimated() ? String.format(Locale.ROOT, " (estimated, %+.2f%%)",
                        100.0 * (c.page().total() - c.truth().total()) / Math.max(1, c.truth().total())) : "",
                c.right() ? "ok" : "WRONG: " + c.problem())));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String line(String label, List<Measurement> measurements, ToLongFunction<Measurement> metric) {
        return String.format(Locale.ROOT, "%-34s %6d %8.1f %8.1f %8.1f%n", label, measurements.size(),
                percentile(measurements, metric, 50) / 1e6, percentile(measurements, metric, 95) / 1e6,
                percentile(measurements, metric, 100) / 1e6);
    }

    /** Nearest-rank percentile. */
    private static long percentile(List<Measurement> measurements, ToLongFunction<Measurement> metric, int p) {
        if (measurements.isEmpty()) {
            return 0;
        }
        long[] values = measurements.stream().mapToLong(metric).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    record Query(String term, String kind) {
    }

    private record Answer(List<UUID> ids, long total) {
    }

    /** One answer of the service compared with the oracle's. */
    private record Check(String term, OrganizationRepository.Page page, Answer truth, String source, String problem) {

        static Check of(String term, OrganizationRepository.Page page, Answer truth, String source) {
            List<UUID> ids = page.items().stream().map(Organization::id).toList();
            String problem = null;
            if (!ids.equals(truth.ids())) {
                problem = "first page differs (" + ids.size() + " ids returned, " + truth.ids().size() + " expected)";
            } else if (page.totalEstimated()
                    && Math.abs(page.total() - truth.total()) > ESTIMATE_TOLERANCE * truth.total()) {
                problem = "estimated total off by more than 5%";
            } else if (!page.totalEstimated() && page.total() != truth.total()) {
                problem = "exact total differs";
            }
            return new Check(term, page, truth, source, problem);
        }

        boolean right() {
            return problem == null;
        }

        boolean estimated() {
            return page.totalEstimated();
        }
    }

    private record Measurement(Query query, long matches, long nanos, OrganizationRepository.Page page,
            long ilikeNanos) {

        Measurement(Query query, long matches, long nanos, OrganizationRepository.Page page) {
            this(query, matches, nanos, page, 0);
        }

        Measurement withIlike(long nanos) {
            return new Measurement(query, matches, this.nanos, page, nanos);
        }
    }
}
