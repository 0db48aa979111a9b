package cn.incubator.registry.organization;

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
 * Organization name search at scale (not a test; see registry-service/README.md): 1,000,000 organizations with
 * realistic Chinese names over 100 Hunan districts in an embedded PostgreSQL 17 migrated by the service's own
 * migrations, 1,000 two-character queries drawn uniformly from the distinct bigrams of the names, each answered by
 * {@link OrganizationService#search} (first page of 20 by name, with the total), and the same queries as a sequential
 * {@code ILIKE} scan in the same run.
 *
 * <p>Run with {@code ./mvnw -B -pl registry-service -am -Pbench verify -DskipTests}.
 */
public final class SearchBenchmark {

    private static final long SEED = 20161215L;

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
    /** Suffix, its legal form, and its weight in 1,000. */
    private static final Object[][] SUFFIXES = {
        {"协会", LegalForm.SOCIAL_GROUP, 260}, {"促进会", LegalForm.SOCIAL_GROUP, 60}, {"联合会", LegalForm.SOCIAL_GROUP, 40},
        {"研究会", LegalForm.SOCIAL_GROUP, 30}, {"服务中心", LegalForm.SOCIAL_SERVICE_ORGANIZATION, 240},
        {"发展中心", LegalForm.SOCIAL_SERVICE_ORGANIZATION, 50}, {"志愿服务队", LegalForm.COMMUNITY_ORGANIZATION, 160},
        {"服务社", LegalForm.COMMUNITY_ORGANIZATION, 70}, {"俱乐部", LegalForm.COMMUNITY_ORGANIZATION, 70},
        {"基金会", LegalForm.FOUNDATION, 20}};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int organizations = Integer.getInteger("bench.organizations", 1_000_000);
        int queryCount = Integer.getInteger("bench.queries", 1_000);
        int ilikeEvery = Integer.getInteger("bench.ilikeEvery", 4);
        Path output = Path.of(System.getProperty("bench.output", "benchmarks/results/registry-search.txt"));
        Random random = new Random(SEED);
        StringBuilder report = new StringBuilder();

        String dataDirectory = System.getProperty("bench.dataDirectory", "");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (!dataDirectory.isBlank()) {
            // Keeps the generated data between runs (while tuning); the default is a fresh directory every time.
            builder.setDataDirectory(Path.of(dataDirectory)).setCleanDataDirectory(false);
        }
        try (EmbeddedPostgres postgres = builder
                // Only the bulk load is affected: data written once and thrown away needs no crash safety.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                // As a production server would be sized: the 1M-row table and its indexes (~600 MB) fit in memory.
                .setServerConfig("shared_buffers", "1GB")
                .start();
                HikariDataSource pool = pool(postgres)) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration", "classpath:db/platform")
                    .outOfOrder(true).load().migrate();

            List<Jurisdiction> districts = districts(100);
            long loadStart = System.nanoTime();
            if (JdbcClient.create(pool).sql("SELECT count(*) FROM organization").query(Long.class).single()
                    != organizations) {
                JdbcClient.create(pool).sql("TRUNCATE organization CASCADE").update();
                load(pool, districts, organizations, random);
            }
            long loadMillis = Duration.ofNanos(System.nanoTime() - loadStart).toMillis();
            Map<String, Integer> gramFrequency = new HashMap<>();
            JdbcClient.create(pool).sql("SELECT gram, count(*) FROM organization, unnest(name_grams) AS gram GROUP BY gram")
                    .query(rs -> {
                        gramFrequency.put(rs.getString(1), rs.getInt(2));
                    });

            OrganizationService service = new OrganizationService(new OrganizationRepository(JdbcClient.create(pool)),
                    new DataScopes(new Node("benchmark", Jurisdiction.of("430000000000"))), null, Clock.systemUTC(), null);
            CurrentUser admin = new CurrentUser("bench", "bench", Set.of(Role.PLATFORM_ADMIN),
                    List.of(Jurisdiction.of("430000000000")), Optional.empty(), Optional.empty());

            List<String> distinctGrams = new ArrayList<>(gramFrequency.keySet());
            distinctGrams.sort(null);
            // A generator of its own, so the queries are the same whether the data was generated in this run or kept.
            Random draw = new Random(SEED + 1);
            List<String> warmUp = sample(distinctGrams, 200, draw);
            List<String> queries = sample(distinctGrams, queryCount, draw);

            for (String query : warmUp) {
                service.search(admin, OrganizationSearch.byName(query));
            }
            List<Measurement> measurements = new ArrayList<>();
            int wrongTotals = 0;
            for (String query : queries) {
                long start = System.nanoTime();
                OrganizationRepository.Page page = service.search(admin, OrganizationSearch.byName(query));
                long nanos = System.nanoTime() - start;
                long expected = gramFrequency.get(query);
                if (!page.totalEstimated() && page.total() != expected
                        || page.totalEstimated() && expected <= OrganizationRepository.EXACT_TOTAL_LIMIT
                        || page.items().size() != Math.min(20, expected)) {
                    wrongTotals++;
                }
                measurements.add(new Measurement(query, expected, nanos, page.totalEstimated(), 0));
            }

            // Not among the targets: the terms a uniform draw hardly ever picks, the most frequent bigrams and city names
            // whose matches all sort together.
            List<String> heavy = new ArrayList<>(gramFrequency.keySet());
            heavy.sort((a, b) -> Integer.compare(gramFrequency.get(b), gramFrequency.get(a)));
            List<String> extraQueries = new ArrayList<>(heavy.subList(0, Math.min(5, heavy.size())));
            List.of("长沙", "衡阳", "株洲", "岳阳", "常德").stream().filter(gramFrequency::containsKey)
                    .forEach(extraQueries::add);
            List<Extra> extra = new ArrayList<>();
            for (String query : extraQueries) {
                long start = System.nanoTime();
                OrganizationRepository.Page page = service.search(admin, OrganizationSearch.byName(query));
                extra.add(new Extra(query, gramFrequency.get(query), System.nanoTime() - start, page.total(),
                        page.totalEstimated()));
            }

            List<Measurement> compared = new ArrayList<>();
            try (Connection connection = pool.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET enable_indexscan = off");
                    statement.execute("SET enable_bitmapscan = off");
                    statement.execute("SET enable_indexonlyscan = off");
                }
                for (int i = 0; i < measurements.size(); i += ilikeEvery) {
                    Measurement m = measurements.get(i);
                    compared.add(new Measurement(m.query(), m.matches(), m.nanos(), m.estimated(),
                            ilike(connection, m.query())));
                }
            }

            write(report, organizations, districts.size(), loadMillis, distinctGrams.size(), measurements, compared,
                    wrongTotals, ilikeEvery, pool);
            report.append("\nfrequent and clustered terms (not drawn; not part of the targets):\n");
            extra.forEach(m -> report.append(String.format(Locale.ROOT, "  %s  %,d matches  %.1f ms  total %,d%s%n",
                    m.query(), m.matches(), m.nanos() / 1e6, m.total(), m.estimated() ? " (estimated)" : "")));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + output.toAbsolutePath());
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
     * Generates and copies the organizations in, with the migration's indexes dropped during the load and rebuilt
     * after it (the same definitions, read back from the catalog), then analyzes.
     *
     */
    private static void load(HikariDataSource pool, List<Jurisdiction> districts, int organizations,
            Random random) throws SQLException, IOException {
        Map<Jurisdiction, List<Jurisdiction>> streets = new HashMap<>();
        districts.forEach(d -> streets.put(d, d.children()));
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                    + " WHERE tablename = 'organization' AND indexname <> 'organization_pkey'")) {
                while (rs.next()) {
                    indexes.add(rs.getString("indexdef"));
                    statement.addBatch("DROP INDEX " + rs.getString("indexname"));
                }
            }
            statement.executeBatch();
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
                chunk.append(UUID.randomUUID()).append('\t').append(name).append('\t')
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
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("VACUUM ANALYZE organization");
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

    /** One of the shapes names take in the registers: with district and street, street only, or no place at all. */
    private static String name(Random random, Jurisdiction district, Jurisdiction street, String suffix) {
        String adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
        String field = FIELDS[random.nextInt(FIELDS.length)];
        return switch (random.nextInt(10)) {
            case 0, 1 -> district.name() + field + suffix;
            case 2, 3, 4 -> shortName(street.name()) + adjective + field + suffix;
            case 5, 6 -> district.name() + street.name() + adjective + field + suffix;
            case 7 -> shortName(district.name()) + shortName(street.name()) + field
                    + FIELDS[random.nextInt(FIELDS.length)] + suffix;
            default -> adjective + field + suffix;
        };
    }

    private static String shortName(String place) {
        for (String tier : List.of("街道", "镇", "乡", "县", "区", "市")) {
            if (place.endsWith(tier) && place.length() - tier.length() >= 2) {
                return place.substring(0, place.length() - tier.length());
            }
        }
        return place;
    }

    private static List<String> sample(List<String> population, int count, Random random) {
        List<String> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(population.get(random.nextInt(population.size())));
        }
        return sample;
    }

    /** The same question without the gram index: first page by name and the total, in one sequential scan. */
    private static long ilike(Connection connection, String query) throws SQLException {
        long start = System.nanoTime();
        try (var statement = connection.prepareStatement("""
                SELECT id, name, count(*) OVER () AS total FROM organization
                WHERE name ILIKE ? AND jurisdiction_code LIKE '43%'
                ORDER BY name_normalized, id LIMIT 20
                """)) {
            statement.setString(1, "%" + query + "%");
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getLong("total");
                }
            }
        }
        return System.nanoTime() - start;
    }

    private static void write(StringBuilder out, int organizations, int districts, long loadMillis, int grams,
            List<Measurement> all, List<Measurement> compared, int wrongTotals, int ilikeEvery, HikariDataSource pool)
            throws SQLException {
        long selectiveLimit = organizations / 50;
        List<Measurement> selective = all.stream().filter(m -> m.matches() <= selectiveLimit).toList();
        String version;
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version()")) {
            rs.next();
            version = rs.getString(1);
        }
        out.append("Registry organization search benchmark (SearchBenchmark)\n");
        out.append("run: ").append(Instant.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, Java ").append(System.getProperty("java.version")).append('\n');
        out.append("database: ").append(version).append(" (embedded; shared_buffers 1GB, fsync off for the bulk load, otherwise defaults)\n");
        out.append(String.format(Locale.ROOT, "data: %,d organizations over %d Hunan districts, loaded and indexed in %,d ms;"
                + " %,d distinct bigrams%n", organizations, districts, loadMillis, grams));
        out.append(String.format(Locale.ROOT, "queries: %,d two-character queries drawn uniformly (seed %d) from the"
                + " distinct bigrams, each: first page of 20 by name + total, through OrganizationService.search as"
                + " platform-admin of Hunan%n", all.size(), SEED));
        out.append(String.format(Locale.ROOT, "match counts: median %,d, p95 %,d, max %,d organizations;"
                + " %d queries match <= 2%% (%,d), %d match more than %,d (total estimated)%n",
                percentile(all, Measurement::matches, 50), percentile(all, Measurement::matches, 95),
                percentile(all, Measurement::matches, 100), selective.size(), selectiveLimit,
                all.stream().filter(m -> m.matches() > OrganizationRepository.EXACT_TOTAL_LIMIT).count(),
                OrganizationRepository.EXACT_TOTAL_LIMIT));
        out.append(String.format(Locale.ROOT, "results checked against the generator: %d wrong (exact totals must"
                + " equal the true count; estimates only above %,d)%n%n", wrongTotals,
                OrganizationRepository.EXACT_TOTAL_LIMIT));
        out.append("latency (ms)                       n      p50      p95      max\n");
        out.append(line("gram index, queries <= 2%", selective, Measurement::nanos));
        out.append(line("gram index, all queries", all, Measurement::nanos));
        out.append(line("gram index, ILIKE sample", compared, Measurement::nanos));
        out.append(line("sequential ILIKE, same sample", compared, Measurement::ilikeNanos));
        double ratio = (double) percentile(compared, Measurement::ilikeNanos, 50)
                / percentile(compared, Measurement::nanos, 50);
        out.append(String.format(Locale.ROOT, "%nmedian speed-up over the sequential ILIKE scan (every %dth query,"
                + " same run): %.0fx%n", ilikeEvery, ratio));
        long over200 = all.stream().filter(m -> m.nanos() > 200_000_000L).count();
        out.append(String.format(Locale.ROOT, "targets: p95 <= 30 ms for <= 2%% queries: %s; no query over 200 ms: %s"
                + " (%d over); median >= 50x faster than ILIKE: %s%n",
                percentile(selective, Measurement::nanos, 95) <= 30_000_000L ? "met" : "MISSED",
                over200 == 0 ? "met" : "MISSED", over200, ratio >= 50 ? "met" : "MISSED"));
        out.append("\nslowest gram-index queries:\n");
        all.stream().sorted((a, b) -> Long.compare(b.nanos(), a.nanos())).limit(5).forEach(m -> out.append(
                String.format(Locale.ROOT, "  %s  %,d matches  %.1f ms%s%n", m.query(), m.matches(), m.nanos() / 1e6,
                        m.estimated() ? "  (total estimated)" : "")));
    }

    private static String line(String label, List<Measurement> measurements, ToLongFunction<Measurement> metric) {
        return String.format(Locale.ROOT, "%-30s %6d %8.1f %8.1f %8.1f%n", label, measurements.size(),
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

    private record Extra(String query, long matches, long nanos, long total, boolean estimated) {
    }

    private record Measurement(String query, long matches, long nanos, boolean estimated, long ilikeNanos) {
    }
}
