package cn.incubator.grants.bench;

import cn.incubator.contracts.incubation.v1.GetIncubationStandingsRequest;
import cn.incubator.contracts.incubation.v1.IncubationRecordsGrpc;
import cn.incubator.contracts.partybuilding.v1.GetLatestStarRatingsRequest;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import cn.incubator.grants.GrantApplication;
import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeKind;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.review.AllocationRow;
import cn.incubator.grants.review.AllocationService;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundAction;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RubricCriterion;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.grants.support.FakeServices;
import cn.incubator.platform.identity.CurrentUser;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test) of ranking and allocating a round (排序与分配) the way the endpoint
 * {@code POST /api/grants/v1/rounds/{id}/ranking} does it: {@link AllocationService#rank} in grant-service's own
 * Spring Boot context, against an embedded PostgreSQL migrated by the service's Flyway migrations, with party-building
 * and incubation played by {@link FakeServices} on their real gRPC contracts.
 *
 * <p>The baseline is an independent implementation of the same rule over the same database: one SQL query
 * ({@code GROUP BY} per sheet and per proposal, the trimmed mean, a window {@code row_number()} with the documented
 * tie-breaks), a plain allocation loop in Java, and plain JDBC batch writes to the same table. Both sides get the
 * same runs (warm-ups, then timed runs, alternating which goes first), each starting from the same state. After
 * every run the oracle compares what the two wrote (ids, order, scores, limits, amounts to the cent) and checks the
 * pool; any difference ends the benchmark with a non-zero status. There are no timing assertions.
 *
 * <p>Run with {@code ./mvnw -B -ntp -pl grant-service -am -Pbench verify -DskipTests}; {@code -Dbench.proposals=500}
 * for the small mode CI runs. Writes {@code target/grant-ranking.txt} unless {@code -Dbench.output} names another
 * file (relative to the project root).
 */
public final class RankingAllocationBenchmark {

    /** A rubric (评分细则) as venture-philanthropy calls publish it: five criteria, weights adding up to 100. */
    static final List<RubricCriterion> RUBRIC = List.of(
            new RubricCriterion("NEED", "需求分析", new BigDecimal("20"), 20),
            new RubricCriterion("DESIGN", "项目设计", new BigDecimal("30"), 30),
            new RubricCriterion("CAPACITY", "执行能力", new BigDecimal("20"), 20),
            new RubricCriterion("BUDGET", "预算合理性", new BigDecimal("15"), 15),
            new RubricCriterion("IMPACT", "社会效益与可持续性", new BigDecimal("15"), 15));

    /** Ya'an's three plans (三大计划) and their caps per award. */
    static final List<ProgrammeService.NewPlan> PLANS = List.of(
            new ProgrammeService.NewPlan("STARTUP_LOCAL", "本土初创型社会组织", new BigDecimal("10000.00")),
            new ProgrammeService.NewPlan("MATURE_LOCAL", "本土成熟型社会组织", new BigDecimal("30000.00")),
            new ProgrammeService.NewPlan("OUTSIDE", "外来社会组织", new BigDecimal("30000.00")));

    static final List<String> AREAS = List.of("居家养老", "社区文化", "青少年社工", "弱势群体关怀", "社区发展");
    /** Changsha County's streets and towns (the county officer's subtree), where the applicants are. */
    static final List<String> PLACES = List.of("430121001000", "430121002000", "430121003000", "430121004000",
            "430121005000", "430121102000", "430121104000", "430121105000", "430121106000", "430121107000",
            "430121108000", "430121109000", "430121110000", "430121111000", "430121112000", "430121113000",
            "430121114000", "430121116000");
    /** Every expert of the panel scores every proposal: ranking refuses a round while one owes a sheet. */
    static final int PANEL = 5;
    static final int MIN_STARS = 4;
    static final BigDecimal BONUS = new BigDecimal("3.00");
    static final CurrentUser OFFICER = Callers.COUNTY_OFFICER;

    public static void main(String[] args) throws Exception {
        int status;
        try {
            status = run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            status = 2;
        }
        System.exit(status); // gRPC, Tomcat and the database leave non-daemon threads behind
    }

    private static int run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        String loadBefore = loadAverage();
        Instant started = Instant.now();
        System.out.printf(Locale.ROOT, "grant ranking benchmark: %d proposals, %d + %d runs per side, load %s%n",
                settings.proposals, settings.warmups, settings.runs, loadBefore);

        FakeServices fakes = new FakeServices();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                // as ./start.sh runs it: committed data survives a crash
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE grants_bench");
            }
            ConfigurableApplicationContext context = new SpringApplicationBuilder(GrantApplication.class)
                    .web(WebApplicationType.SERVLET)
                    // as arguments: they must win over the service defaults that point at the platform's database
                    .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "grants_bench"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                            "--server.port=0", "--spring.grpc.server.port=0",
                            "--spring.grpc.client.channels.registry.address=" + fakes.address(),
                            "--spring.grpc.client.channels.party-building.address=" + fakes.address(),
                            "--spring.grpc.client.channels.incubation.address=" + fakes.address(),
                            "--incubator.grants.remote-deadline=30s",
                            "--incubator.webhooks.poll-interval=1h",
                            "--logging.level.root=WARN");
            try {
                return measure(settings, context, fakes, loadBefore, started);
            } finally {
                context.close();
            }
        }
    }

    private static int measure(Settings settings, ConfigurableApplicationContext context, FakeServices fakes,
            String loadBefore, Instant started) throws Exception {
        DataSource data = context.getBean(DataSource.class);
        AllocationService allocations = context.getBean(AllocationService.class);
        Callers.on(OFFICER);

        long loadStart = System.nanoTime();
        Setup setup = setUp(context, data, fakes, settings);
        long loadTime = System.nanoTime() - loadStart;
        String postgresVersion = single(data, "SELECT version()");

        Baseline baseline = new Baseline(data, fakes.address().replace("static://", ""));
        CpuClock cpu = new CpuClock(data);
        List<Run> runs = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<Line> serviceLines = null;
        List<Baseline.Ranked> baselineRanked = null;
        for (int run = 1; run <= settings.warmups + settings.runs; run++) {
            boolean serviceFirst = run % 2 == 1;
            Timing serviceTiming = null;
            Timing baselineTiming = null;
            List<Line> baselineLines = null;
            for (boolean service : new boolean[] {serviceFirst, !serviceFirst}) {
                reset(data, setup.roundId);
                List<Integer> postgres = cpu.postgresProcesses();
                long jvmStart = cpu.jvm();
                long postgresStart = cpu.postgres(postgres);
                long start = System.nanoTime();
                List<Line> answered = null;
                if (service) {
                    answered = allocations.rank(OFFICER, setup.roundId).lines().stream().map(Line::of).toList();
                } else {
                    baselineRanked = baseline.rankAndAllocate(setup.roundId);
                }
                Timing timing = new Timing(System.nanoTime() - start, cpu.jvm() - jvmStart,
                        cpu.postgres(postgres) - postgresStart, loadAverage().split(" ")[0]);
                if (service) {
                    serviceTiming = timing;
                    serviceLines = stored(data, setup.roundId);
                    if (!answered.equals(serviceLines)) {
                        mismatches.add("run " + run + ": the service answered other lines than it stored");
                    }
                } else {
                    baselineTiming = timing;
                    baselineLines = stored(data, setup.roundId);
                }
            }
            Run result = new Run(run, run <= settings.warmups, serviceFirst, serviceTiming, baselineTiming);
            runs.add(result);
            System.out.println(result.line());
            mismatches.addAll(compare(run, serviceLines, baselineLines));
            mismatches.addAll(checkPool(run, serviceLines, setup));
            if (serviceLines.size() != settings.proposals) {
                mismatches.add("run " + run + ": the service ranked " + serviceLines.size() + " of "
                        + settings.proposals + " passed proposals");
            }
        }
        String loadAfter = loadAverage();
        Report report = new Report(settings, setup, started, loadTime, postgresVersion, runs, serviceLines,
                TieBreaks.count(baselineRanked), mismatches, loadBefore, loadAfter);
        String text = report.text();
        System.out.print(text);
        Path output = settings.output;
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, text, StandardCharsets.UTF_8);
        System.out.println("written to " + output);
        return mismatches.isEmpty() ? 0 : 1;
    }

    /** One side's call: wall-clock time, CPU time of this JVM and of the database's processes, the load after. */
    record Timing(long wall, long jvmCpu, long postgresCpu, String load) {
        long cpu() {
            return jvmCpu + postgresCpu;
        }

        String text() {
            return String.format(Locale.ROOT, "%8.1f (%6.0f + %5.0f)", wall / 1e6, jvmCpu / 1e6, postgresCpu / 1e6);
        }
    }

    /** Both sides of one run. */
    record Run(int number, boolean warmUp, boolean serviceFirst, Timing service, Timing baseline) {
        String line() {
            return String.format(Locale.ROOT, "%3d%-9s %-8s  %s  %s  %s", number, warmUp ? " warm-up" : "",
                    serviceFirst ? "service" : "baseline", service.text(), baseline.text(), service.load());
        }
    }

    // --- data

    record Setup(UUID roundId, BigDecimal pool, BigDecimal requested, int scoreRows, int budgetLines,
            int prioritized, int copies) {
    }

    /**
     * A Changsha County subsidy round shaped like Ya'an's first (three capped plans, requests averaging about 13,650
     * yuan, a pool of 800,000 with a partial last grant), made through the services up to initial review; the
     * proposals, budget lines, panel and score sheets are then bulk-loaded (COPY), and expert review is started
     * through the service.
     */
    private static Setup setUp(ConfigurableApplicationContext context, DataSource data, FakeServices fakes,
            Settings settings) throws SQLException, IOException {
        ProgrammeService programmes = context.getBean(ProgrammeService.class);
        RoundService rounds = context.getBean(RoundService.class);
        Programme programme = programmes.create(OFFICER, new ProgrammeService.NewProgramme("430121000000",
                "长沙县社会组织资助计划（基准测试）", ProgrammeKind.SUBSIDY_PLAN, "三大计划：本土初创、本土成熟、外来组织",
                List.of(new ProgrammeService.NewFunding(Programme.Source.GOVERNMENT, "长沙县民政局", null,
                        settings.pool, LocalDate.of(2026, 3, 1))), PLANS));
        Round round = rounds.create(OFFICER, programme.id(), new RoundService.NewRound("2026年资助计划第一轮（基准测试）",
                AREAS, Set.of(), null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 30), 0, null, true, 7,
                MIN_STARS, true, BONUS, RUBRIC));
        rounds.act(OFFICER, round.id(), RoundAction.PUBLISH);
        rounds.act(OFFICER, round.id(), RoundAction.CLOSE);
        rounds.act(OFFICER, round.id(), RoundAction.START_INITIAL_REVIEW);

        Generated generated = Generated.of(settings.proposals, new Random(20160530));
        int prioritized = 0;
        for (Generated.Applicant a : generated.applicants) {
            if (a.stars != null) {
                fakes.stars.put(a.organizationId.toString(), a.stars);
            }
            if (a.graduated != null) {
                fakes.graduated.put(a.organizationId.toString(), a.graduated);
            }
            if ((a.stars != null && a.stars >= MIN_STARS) || Boolean.TRUE.equals(a.graduated)) {
                prioritized++;
            }
        }
        try (Connection connection = data.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            StringBuilder proposals = new StringBuilder();
            StringBuilder lines = new StringBuilder();
            StringBuilder scores = new StringBuilder();
            int budgetLines = 0;
            int scoreRows = 0;
            for (Generated.Applicant a : generated.applicants) {
                String submitted = a.submittedAt.atOffset(ZoneOffset.UTC).toString();
                proposals.append(a.proposalId).append('\t').append(round.id()).append('\t').append(a.organizationId)
                        .append('\t').append(a.name).append('\t').append(a.place).append('\t').append(a.title)
                        .append('\t').append("项目概述：").append(a.title).append('\t').append(a.area).append('\t')
                        .append(a.plan).append('\t').append(a.requested.toPlainString()).append("\t40\t5000\t300\t")
                        .append("PASSED\tSOCIAL_SERVICE_ORGANIZATION\tDEVELOPING\tf\t{}\t").append(submitted)
                        .append("\t{}\t资料齐全\tcounty-officer\t2026-06-02T09:00:00Z\torg-admin\t")
                        .append(submitted).append('\n');
                for (int i = 0; i < a.budget.size(); i++) {
                    lines.append(a.proposalId).append('\t').append(i + 1).append('\t')
                            .append(i == 0 ? "ACTIVITY" : i == 1 ? "MATERIALS" : "PERSONNEL").append('\t')
                            .append("预算").append(i + 1).append('\t').append(a.budget.get(i).toPlainString())
                            .append('\n');
                    budgetLines++;
                }
                for (Map.Entry<String, BigDecimal[]> sheet : a.sheets.entrySet()) {
                    for (int c = 0; c < RUBRIC.size(); c++) {
                        scores.append(a.proposalId).append('\t').append(sheet.getKey()).append('\t')
                                .append(RUBRIC.get(c).code()).append('\t').append(sheet.getValue()[c].toPlainString())
                                .append("\t\\N\t").append(sheet.getKey()).append("\t2026-06-20T10:00:00Z\n");
                        scoreRows++;
                    }
                }
            }
            pg.getCopyAPI().copyIn("""
                    COPY proposal (id, round_id, organization_id, organization_name, jurisdiction_code, title, summary,
                        priority_area, plan_code, requested_amount, expected_activities, expected_person_times,
                        expected_volunteers, status, legal_form, maturity, on_abnormal_list, registry_reasons,
                        submitted_at, screening_reasons, screening_comment, screened_by, screened_at, created_by,
                        created_at) FROM STDIN""", new StringReader(proposals.toString()));
            pg.getCopyAPI().copyIn("COPY proposal_budget_line (proposal_id, line_no, category, description, amount)"
                    + " FROM STDIN", new StringReader(lines.toString()));
            pg.getCopyAPI().copyIn("COPY expert_score (proposal_id, talent_id, criterion_code, score, comment,"
                    + " scored_by, scored_at) FROM STDIN", new StringReader(scores.toString()));
            try (PreparedStatement panel = connection.prepareStatement("""
                    INSERT INTO panel_member (round_id, talent_id, name, username, affiliated_organizations, added_by,
                                              added_at)
                    VALUES (?, ?, ?, NULL, '{}', 'county-officer', now())""")) {
                for (int e = 0; e < PANEL; e++) {
                    panel.setObject(1, round.id());
                    panel.setString(2, Generated.expert(e));
                    panel.setString(3, "评审专家" + (e + 1));
                    panel.addBatch();
                }
                panel.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
            rounds.act(OFFICER, round.id(), RoundAction.START_EXPERT_REVIEW);
            BigDecimal requested = generated.applicants.stream().map(a -> a.requested).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            return new Setup(round.id(), settings.pool, requested, scoreRows, budgetLines, prioritized,
                    generated.copies);
        }
    }

    /** Back to expert review with nothing allocated, the state both sides start from in every run. */
    private static void reset(DataSource data, UUID roundId) throws SQLException {
        try (Connection connection = data.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM round_allocation WHERE round_id = ?");
                    PreparedStatement status = connection.prepareStatement(
                            "UPDATE grant_round SET status = 'EXPERT_REVIEW' WHERE id = ?")) {
                delete.setObject(1, roundId);
                delete.executeUpdate();
                status.setObject(1, roundId);
                status.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE round_allocation");
                statement.execute("VACUUM ANALYZE grant_round");
            }
        }
    }

    /** One line of a round's allocation as the oracle compares it. */
    record Line(UUID proposalId, int rank, BigDecimal totalScore, boolean priority, BigDecimal limit,
            BigDecimal recommended, BigDecimal amount) {
        static Line of(AllocationRow row) {
            return new Line(row.proposalId(), row.rank(), row.totalScore(), row.priority(), row.limit(),
                    row.recommended(), row.amount());
        }

        /** Equal to the digit and the scale: 1000.00 and 1000.0 differ. */
        boolean same(Line other) {
            return proposalId.equals(other.proposalId) && rank == other.rank && priority == other.priority
                    && totalScore.equals(other.totalScore) && limit.equals(other.limit)
                    && recommended.equals(other.recommended) && amount.equals(other.amount);
        }
    }

    private static List<Line> stored(DataSource data, UUID roundId) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (Connection connection = data.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT proposal_id, rank, total_score, priority, cap, recommended, amount
                        FROM round_allocation WHERE round_id = ? ORDER BY rank""")) {
            query.setObject(1, roundId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBigDecimal(3),
                            rs.getBoolean(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)));
                }
            }
        }
        return lines;
    }

    private static List<String> compare(int run, List<Line> service, List<Line> baseline) {
        List<String> problems = new ArrayList<>();
        if (service.size() != baseline.size()) {
            problems.add(String.format(Locale.ROOT, "run %d: the service ranked %d proposals, the baseline %d", run,
                    service.size(), baseline.size()));
        }
        int shown = 0;
        for (int i = 0; i < Math.min(service.size(), baseline.size()) && shown < 5; i++) {
            if (!service.get(i).same(baseline.get(i))) {
                problems.add("run " + run + ", place " + (i + 1) + ": service " + service.get(i) + " / baseline "
                        + baseline.get(i));
                shown++;
            }
        }
        return problems;
    }

    private static List<String> checkPool(int run, List<Line> lines, Setup setup) {
        List<String> problems = new ArrayList<>();
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(setup.pool) > 0) {
            problems.add("run " + run + ": allocated " + total.toPlainString() + " of a pool of "
                    + setup.pool.toPlainString());
        }
        for (Line line : lines) {
            if (line.amount().signum() < 0 || line.amount().compareTo(line.limit()) > 0 || line.amount().scale() != 2) {
                problems.add("run " + run + ": amount outside 0..limit or not in fen: " + line);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).rank() != i + 1) {
                problems.add("run " + run + ": ranks not numbered 1.." + lines.size() + " at " + (i + 1));
                break;
            }
        }
        return problems;
    }

    private static String single(DataSource data, String sql) throws SQLException {
        try (Connection connection = data.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** CPU time used by this JVM and by the database's processes, in nanoseconds. */
    static final class CpuClock {
        private static final long TICK_NANOS = 10_000_000L; // USER_HZ = 100 on Linux
        private final DataSource data;
        private final com.sun.management.OperatingSystemMXBean jvm =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        CpuClock(DataSource data) {
            this.data = data;
        }

        /** The server's processes: every backend (the pool's connections) and its background workers. */
        List<Integer> postgresProcesses() throws SQLException {
            List<Integer> pids = new ArrayList<>();
            try (Connection connection = data.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT pid FROM pg_stat_activity")) {
                while (rs.next()) {
                    pids.add(rs.getInt(1));
                }
            }
            return pids;
        }

        long jvm() {
            return jvm.getProcessCpuTime();
        }

        long postgres(List<Integer> postgres) {
            long total = 0;
            for (int pid : postgres) {
                try {
                    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_NANOS;
                } catch (IOException | RuntimeException gone) {
                    // a process that ended (or a system without /proc) adds nothing
                }
            }
            return total;
        }
    }

    // --- settings

    record Settings(int proposals, int warmups, int runs, BigDecimal pool, Path output) {
        static Settings fromSystemProperties() {
            Path root = Path.of(System.getProperty("bench.root", "."));
            String output = System.getProperty("bench.output", "");
            Path target = output.isBlank() ? root.resolve("grant-service/target/grant-ranking.txt")
                    : root.resolve(output);
            return new Settings(Integer.getInteger("bench.proposals", 10_000), Integer.getInteger("bench.warmups", 1),
                    Integer.getInteger("bench.runs", 5), new BigDecimal(System.getProperty("bench.pool", "800000.00"))
                            .setScale(2, RoundingMode.UNNECESSARY), target.toAbsolutePath().normalize());
        }
    }

    /**
     * The generated applicants: one proposal each, a sheet from each of the five experts of the panel, scores in half points around
     * the proposal's quality, and some deliberate copies of the previous proposal so that every tie-break decides
     * somewhere (a lower lowest sheet, a priority bonus exactly made up by scores, a larger request, a later
     * submission, a larger id).
     */
    static final class Generated {
        final List<Applicant> applicants = new ArrayList<>();
        int copies;

        static final class Applicant {
            UUID proposalId;
            UUID organizationId;
            String name;
            String place;
            String title;
            String area;
            String plan;
            BigDecimal requested;
            List<BigDecimal> budget;
            Instant submittedAt;
            Integer stars;
            Boolean graduated;
            Map<String, BigDecimal[]> sheets;
        }

        /** A version-4 id from the seeded generator, so that every run has the same ids (half above 0x8000...). */
        static UUID randomUuid(Random random) {
            return new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                    random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
        }

        static String expert(int e) {
            return String.format(Locale.ROOT, "T-2026-%03d", e + 1);
        }

        static Generated of(int count, Random random) {
            Generated generated = new Generated();
            Instant opening = OffsetDateTime.of(2026, 4, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
            for (int p = 0; p < count; p++) {
                Applicant a = new Applicant();
                a.proposalId = randomUuid(random);
                a.organizationId = randomUuid(random);
                a.place = PLACES.get(random.nextInt(PLACES.size()));
                a.name = "长沙县社区社会组织" + (p + 1) + "号";
                a.area = AREAS.get(random.nextInt(AREAS.size()));
                a.title = a.area + "服务项目" + (p + 1);
                int kind = random.nextInt(10);
                a.plan = kind < 5 ? "STARTUP_LOCAL" : kind < 8 ? "MATURE_LOCAL" : "OUTSIDE";
                int yuan = kind < 5 ? 3_000 + random.nextInt(12_001) : 8_000 + random.nextInt(20_001);
                a.requested = BigDecimal.valueOf(yuan * 100L + (random.nextInt(4) == 0 ? random.nextInt(100) : 0), 2);
                a.submittedAt = opening.plus(random.nextInt(60 * 86_400), java.time.temporal.ChronoUnit.SECONDS)
                        .plusNanos(random.nextInt(1_000_000) * 1_000L);
                int rated = random.nextInt(100);
                a.stars = rated < 12 ? 1 + random.nextInt(5) : null;
                int incubated = random.nextInt(100);
                a.graduated = incubated < 8 ? Boolean.TRUE : incubated < 12 ? Boolean.FALSE : null;
                a.sheets = sheets(random);
                Applicant previous = p == 0 ? null : generated.applicants.get(p - 1);
                if (previous != null && copy(random, a, previous)) {
                    generated.copies++;
                }
                a.budget = budget(a.requested, random);
                generated.applicants.add(a);
            }
            return generated;
        }

        private static Map<String, BigDecimal[]> sheets(Random random) {
            double quality = 0.35 + random.nextDouble() * 0.6;
            Map<String, BigDecimal[]> sheets = new LinkedHashMap<>();
            for (int e = 0; e < PANEL; e++) {
                BigDecimal[] scores = new BigDecimal[RUBRIC.size()];
                double leniency = random.nextGaussian() * 0.06;
                for (int c = 0; c < RUBRIC.size(); c++) {
                    int max = RUBRIC.get(c).maxScore();
                    double raw = (quality + leniency + random.nextGaussian() * 0.08) * max;
                    double halves = Math.max(0, Math.min(2 * max, Math.round(raw * 2)));
                    scores[c] = BigDecimal.valueOf((long) halves * 50, 2);
                }
                sheets.put(expert(e), scores);
            }
            return sheets;
        }

        /** Makes some proposals tie with the previous one down to a given tie-break. */
        private static boolean copy(Random random, Applicant a, Applicant previous) {
            int pick = random.nextInt(1000);
            if (pick >= 40) {
                return false;
            }
            a.sheets = new LinkedHashMap<>();
            previous.sheets.forEach((expert, scores) -> a.sheets.put(expert, scores.clone()));
            a.stars = previous.stars;
            a.graduated = previous.graduated;
            if (pick < 8) {
                // same mean, but the lowest sheet lower still: decided by the lowest single expert score
                String lowest = lowestSheet(a.sheets);
                BigDecimal[] scores = a.sheets.get(lowest);
                for (int c = 0; c < scores.length; c++) {
                    if (scores[c].signum() > 0) {
                        scores[c] = scores[c].subtract(new BigDecimal("0.50"));
                        break;
                    }
                }
            } else if (pick < 16) {
                // the previous one prioritized, this one not but 3 points better on every sheet: equal totals
                boolean room = a.sheets.values().stream().allMatch(s -> s[0].compareTo(new BigDecimal("17")) <= 0);
                if (!room) {
                    return false;
                }
                previous.stars = 5;
                a.stars = null;
                a.graduated = null;
                a.sheets.values().forEach(s -> s[0] = s[0].add(new BigDecimal("3")));
            } else if (pick < 24) {
                a.requested = previous.requested.add(BigDecimal.TEN);
                a.plan = previous.plan;
            } else if (pick < 32) {
                a.requested = previous.requested;
                a.plan = previous.plan;
            } else {
                a.requested = previous.requested;
                a.plan = previous.plan;
                a.submittedAt = previous.submittedAt;
            }
            return true;
        }

        private static String lowestSheet(Map<String, BigDecimal[]> sheets) {
            String lowest = null;
            BigDecimal min = null;
            for (Map.Entry<String, BigDecimal[]> sheet : sheets.entrySet()) {
                BigDecimal weighted = BigDecimal.ZERO;
                for (int c = 0; c < RUBRIC.size(); c++) {
                    weighted = weighted.add(sheet.getValue()[c].multiply(RUBRIC.get(c).weight())
                            .divide(BigDecimal.valueOf(RUBRIC.get(c).maxScore()), 10, RoundingMode.HALF_UP));
                }
                if (min == null || weighted.compareTo(min) < 0) {
                    min = weighted;
                    lowest = sheet.getKey();
                }
            }
            return lowest;
        }

        private static List<BigDecimal> budget(BigDecimal requested, Random random) {
            BigDecimal first = requested.multiply(BigDecimal.valueOf(40 + random.nextInt(30)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            BigDecimal second = requested.subtract(first).multiply(BigDecimal.valueOf(50))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            BigDecimal third = requested.subtract(first).subtract(second);
            return List.of(first, second, third).stream().filter(b -> b.signum() > 0).toList();
        }
    }

    /**
     * The same rule written independently: priority asked of the same two services with plain gRPC stubs, the
     * ranking in one SQL query, the allocation in a plain loop, the lines written with a JDBC batch, the round marked
     * ranked; one transaction.
     */
    static final class Baseline {

        private static final String RANKING = """
                WITH rubric AS (
                    SELECT sum(weight) AS weight, count(*) AS criteria FROM round_criterion WHERE round_id = ?
                ), sheet AS (
                    SELECT s.proposal_id,
                           round(sum(round(s.score * c.weight / c.max_score, 10)) * 100 / rubric.weight, 4) AS score
                    FROM expert_score s
                    JOIN proposal p ON p.id = s.proposal_id
                    LEFT JOIN round_criterion c ON c.round_id = p.round_id AND c.code = s.criterion_code
                    CROSS JOIN rubric
                    WHERE p.round_id = ? AND p.status = 'PASSED'
                    GROUP BY s.proposal_id, s.talent_id, rubric.weight, rubric.criteria
                    HAVING count(c.code) = rubric.criteria AND count(*) = rubric.criteria
                ), scored AS (
                    SELECT proposal_id, min(score) AS lowest,
                           CASE WHEN count(*) >= 5
                                THEN round((sum(score) - max(score) - min(score)) / (count(*) - 2), 4)
                                ELSE round(sum(score) / count(*), 4) END AS expert_score
                    FROM sheet GROUP BY proposal_id
                ), keyed AS (
                    SELECT p.id, p.requested_amount, p.submitted_at, p.organization_id = ANY (?) AS priority,
                           s.lowest, s.expert_score,
                           CASE WHEN p.organization_id = ANY (?) THEN s.expert_score + r.priority_bonus
                                ELSE s.expert_score END AS total,
                           LEAST(p.requested_amount, plan.cap, r.award_cap) AS cap
                    FROM proposal p
                    JOIN grant_round r ON r.id = p.round_id
                    LEFT JOIN scored s ON s.proposal_id = p.id
                    LEFT JOIN programme_plan plan ON plan.programme_id = r.programme_id AND plan.code = p.plan_code
                    WHERE p.round_id = ? AND p.status = 'PASSED'
                )
                SELECT id, requested_amount, submitted_at, priority, lowest, total, cap,
                       row_number() OVER (ORDER BY total DESC, priority DESC, lowest DESC, requested_amount,
                                                   submitted_at, id) AS rank
                FROM keyed ORDER BY rank
                """;

        private final DataSource data;
        private final StarRatingsGrpc.StarRatingsBlockingStub ratings;
        private final IncubationRecordsGrpc.IncubationRecordsBlockingStub records;

        Baseline(DataSource data, String target) {
            this.data = data;
            ManagedChannel channel = ManagedChannelBuilder.forTarget(target).usePlaintext().build();
            this.ratings = StarRatingsGrpc.newBlockingStub(channel);
            this.records = IncubationRecordsGrpc.newBlockingStub(channel);
        }

        record Ranked(UUID proposalId, int rank, BigDecimal requested, Instant submittedAt, boolean priority,
                BigDecimal lowest, BigDecimal total, BigDecimal limit, BigDecimal amount) {
        }

        List<Ranked> rankAndAllocate(UUID roundId) throws SQLException {
            try (Connection connection = data.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    List<Ranked> ranked = rankAndAllocate(connection, roundId);
                    connection.commit();
                    return ranked;
                } catch (RuntimeException | SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }

        private List<Ranked> rankAndAllocate(Connection connection, UUID roundId) throws SQLException {
            UUID programmeId;
            Integer minStars;
            boolean graduates;
            boolean partial;
            try (PreparedStatement round = connection.prepareStatement("""
                    SELECT programme_id, status, priority_min_stars, priority_graduates, partial_last_grant
                    FROM grant_round WHERE id = ? FOR UPDATE""")) {
                round.setObject(1, roundId);
                try (ResultSet rs = round.executeQuery()) {
                    rs.next();
                    if (!Set.of("EXPERT_REVIEW", "RANKED").contains(rs.getString(2))) {
                        throw new IllegalStateException("round not in expert review: " + rs.getString(2));
                    }
                    programmeId = rs.getObject(1, UUID.class);
                    minStars = (Integer) rs.getObject(3);
                    graduates = rs.getBoolean(4);
                    partial = rs.getBoolean(5);
                }
            }
            List<String> applicants = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT organization_id FROM proposal WHERE round_id = ? AND status = 'PASSED'")) {
                query.setObject(1, roundId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        applicants.add(rs.getString(1));
                    }
                }
            }
            Set<UUID> prioritized = new HashSet<>();
            if (minStars != null) {
                ratings.withDeadlineAfter(30, TimeUnit.SECONDS).getLatestStarRatings(GetLatestStarRatingsRequest
                                .newBuilder().addAllOrganizationIds(applicants).build()).getRatingsList().stream()
                        .filter(r -> r.getStars() >= minStars)
                        .forEach(r -> prioritized.add(UUID.fromString(r.getOrganizationId())));
            }
            if (graduates) {
                records.withDeadlineAfter(30, TimeUnit.SECONDS).getIncubationStandings(GetIncubationStandingsRequest
                                .newBuilder().addAllOrganizationIds(applicants).build()).getStandingsList().stream()
                        .filter(s -> s.getGraduated())
                        .forEach(s -> prioritized.add(UUID.fromString(s.getOrganizationId())));
            }
            BigDecimal available;
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT (SELECT COALESCE(sum(amount), 0) FROM programme_funding WHERE programme_id = ?)
                         - (SELECT awarded FROM programme_commitment WHERE programme_id = ?)
                         - (SELECT COALESCE(sum(a.amount), 0) FROM round_allocation a
                            JOIN grant_round r ON r.id = a.round_id
                            WHERE r.programme_id = ? AND r.id <> ? AND r.status NOT IN ('FINAL', 'CANCELLED'))""")) {
                query.setObject(1, programmeId);
                query.setObject(2, programmeId);
                query.setObject(3, programmeId);
                query.setObject(4, roundId);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    available = rs.getBigDecimal(1).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
                }
            }

            List<Ranked> ranked = new ArrayList<>();
            java.sql.Array ids = connection.createArrayOf("uuid", prioritized.toArray());
            try (PreparedStatement query = connection.prepareStatement(RANKING)) {
                query.setObject(1, roundId);
                query.setObject(2, roundId);
                query.setArray(3, ids);
                query.setArray(4, ids);
                query.setObject(5, roundId);
                try (ResultSet rs = query.executeQuery()) {
                    BigDecimal left = available;
                    boolean stopped = false;
                    while (rs.next()) {
                        BigDecimal total = rs.getBigDecimal("total");
                        if (total == null) {
                            throw new IllegalStateException("a passed proposal without a complete sheet");
                        }
                        BigDecimal limit = rs.getBigDecimal("cap");
                        BigDecimal amount = BigDecimal.ZERO.setScale(2);
                        if (!stopped && limit.compareTo(left) <= 0) {
                            amount = limit;
                        } else if (!stopped) {
                            stopped = true;
                            amount = partial ? left : amount;
                        }
                        left = left.subtract(amount);
                        ranked.add(new Ranked(rs.getObject("id", UUID.class), rs.getInt("rank"),
                                rs.getBigDecimal("requested_amount"),
                                rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("priority"),
                                rs.getBigDecimal("lowest"), total, limit, amount));
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM round_allocation WHERE round_id = ?");
                    PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO round_allocation (round_id, proposal_id, rank, total_score, priority, cap,
                                                          recommended, amount)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement status = connection.prepareStatement(
                            "UPDATE grant_round SET status = 'RANKED' WHERE id = ?")) {
                delete.setObject(1, roundId);
                delete.executeUpdate();
                for (Ranked r : ranked) {
                    insert.setObject(1, roundId);
                    insert.setObject(2, r.proposalId());
                    insert.setInt(3, r.rank());
                    insert.setBigDecimal(4, r.total());
                    insert.setBoolean(5, r.priority());
                    insert.setBigDecimal(6, r.limit());
                    insert.setBigDecimal(7, r.amount());
                    insert.setBigDecimal(8, r.amount());
                    insert.addBatch();
                }
                insert.executeBatch();
                status.setObject(1, roundId);
                status.executeUpdate();
            }
            return ranked;
        }
    }

    /** Which key decided the order of each pair of neighbours in the ranking (from the baseline's keys). */
    record TieBreaks(int total, int priority, int lowest, int requested, int submitted, int id) {
        static TieBreaks count(List<Baseline.Ranked> ranked) {
            int[] counts = new int[6];
            for (int i = 1; i < ranked.size(); i++) {
                Baseline.Ranked a = ranked.get(i - 1);
                Baseline.Ranked b = ranked.get(i);
                int level = a.total().compareTo(b.total()) != 0 ? 0 : a.priority() != b.priority() ? 1
                        : a.lowest().compareTo(b.lowest()) != 0 ? 2 : a.requested().compareTo(b.requested()) != 0 ? 3
                        : !a.submittedAt().equals(b.submittedAt()) ? 4 : 5;
                counts[level]++;
            }
            return new TieBreaks(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        }
    }

    record Report(Settings settings, Setup setup, Instant started, long loadNanos, String postgres, List<Run> runs,
            List<Line> lines, TieBreaks ties, List<String> mismatches, String loadBefore, String loadAfter) {

        String text() {
            StringBuilder out = new StringBuilder();
            long funded = lines.stream().filter(l -> l.amount().signum() > 0).count();
            BigDecimal allocated = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2),
                    BigDecimal::add);
            BigDecimal partial = lines.stream().filter(l -> l.amount().signum() > 0
                    && l.amount().compareTo(l.limit()) < 0).map(Line::amount).findFirst().orElse(null);
            List<Run> timed = runs.stream().filter(r -> !r.warmUp()).toList();
            List<Long> serviceWall = timed.stream().map(r -> r.service().wall()).toList();
            List<Long> baselineWall = timed.stream().map(r -> r.baseline().wall()).toList();
            List<Long> serviceCpu = timed.stream().map(r -> r.service().cpu()).toList();
            List<Long> baselineCpu = timed.stream().map(r -> r.baseline().cpu()).toList();

            out.append("grant ranking + allocation benchmark (grant-service RankingAllocationBenchmark)\n");
            out.append(String.format(Locale.ROOT, "run: %s, %d CPUs, Java %s, JVM flags %s%n", started,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(a -> a.startsWith("-X")).toList())));
            out.append("database: ").append(postgres.replaceAll(" on .*", ""))
                    .append(", embedded, default settings but fsync and synchronous_commit on (as ./start.sh runs it),"
                            + " migrated by grant-service's Flyway migrations\n");
            out.append(String.format(Locale.ROOT, """
                    data: a Changsha County subsidy round shaped like Ya'an's first: 3 plans capped at 10,000 / \
                    30,000 / 30,000 yuan, a pool of %s with a partial last grant, priority bonus %s for >= %d party \
                    stars or incubation graduation; %,d passed proposals from %d streets and towns requesting %s \
                    (%s on average; Ya'an: 1,310,000.00 over 96, 13,645.83), %,d budget lines; a sheet per \
                    proposal from each expert of a panel of %d on a %d-criterion rubric (%s) = %,d score rows; %,d organizations \
                    prioritized; %,d proposals copy their neighbour's sheets to force tie-breaks; loaded in %,.0f ms \
                    (not timed)
                    """, yuan(setup.pool), BONUS.toPlainString(), MIN_STARS, settings.proposals,
                    PLACES.size(), yuan(setup.requested), yuan(setup.requested.divide(
                            BigDecimal.valueOf(settings.proposals), 2, RoundingMode.HALF_UP)),
                    setup.budgetLines, PANEL, RUBRIC.size(), String.join(", ", RUBRIC.stream().map(c -> c.name()
                            + " " + c.weight().stripTrailingZeros().toPlainString()).toList()), setup.scoreRows,
                    setup.prioritized, setup.copies, loadNanos / 1e6));
            out.append("""
                    service: AllocationService.rank(county officer, round), the method behind POST \
                    /api/grants/v1/rounds/{id}/ranking, called on the bean of grant-service's own Spring Boot context \
                    (no HTTP, JSON or security filter): the round's transition under its row lock and the programme's \
                    lock, scope checks, the passed proposals, score rows, plans and pool read from PostgreSQL, star \
                    ratings and graduation asked of the fake party-building and incubation over gRPC on loopback, \
                    Ranking and Allocation, the round's allocation lines, status and audit entries written, commit, \
                    then the allocation read back as the endpoint answers it.
                    baseline: an independent implementation of the same rule on the same database: the round row \
                    locked, the applicants read, the same two gRPC questions with plain stubs, one SQL query that \
                    ranks every proposal (GROUP BY sheet and proposal, trimmed mean, priority bonus, LEAST of request \
                    and caps, row_number() over total, priority, lowest sheet, request, submission, id), a plain Java \
                    loop allocating the pool, a JDBC batch of INSERTs into the same round_allocation table, the round \
                    marked RANKED, commit; no audit entries, no read-back.
                    """);
            out.append(String.format(Locale.ROOT, """
                    runs: %d warm-up + %d timed per side, alternating which side goes first, each side starting from \
                    the same state (round in expert review, no allocation lines, tables vacuumed). Times in ms: \
                    wall-clock time of the call on the calling thread, then (CPU time of this JVM, all threads: \
                    caller, gRPC fakes, GC, JIT + CPU time of every PostgreSQL process), from /proc in 10 ms ticks
                    """, settings.warmups, settings.runs));
            out.append(String.format(Locale.ROOT, "%-12s %-8s  %-27s  %-27s  %s%n", "run", "first",
                    "service wall (JVM + PG CPU)", "baseline wall (JVM + PG CPU)", "load (1 min)"));
            runs.forEach(r -> out.append(r.line()).append('\n'));
            out.append(String.format(Locale.ROOT, "%-10s %10s %10s %10s   over the %d timed runs%n", "", "median",
                    "min", "max", timed.size()));
            out.append(row("service wall", serviceWall));
            out.append(row("baseline wall", baselineWall));
            out.append(row("service CPU", serviceCpu));
            out.append(row("baseline CPU", baselineCpu));
            out.append(String.format(Locale.ROOT, """
                    ratio service / baseline, medians: wall %.2f, CPU %.2f   (target for the service: <= 1000 ms wall)
                    """, median(serviceWall) / median(baselineWall), median(serviceCpu) / median(baselineCpu)));
            out.append(String.format(Locale.ROOT, """
                    result: %,d ranked, %,d funded, %s allocated of %s available%s
                    tie-breaks deciding neighbours in the ranking: total %,d, priority %,d, lowest sheet %,d, \
                    request %,d, submission %,d, id %,d
                    """, lines.size(), funded, yuan(allocated), yuan(setup.pool),
                    partial == null ? "" : " (the last funded proposal a partial grant of " + yuan(partial)
                            + ")", ties.total, ties.priority, ties.lowest, ties.requested, ties.submitted, ties.id));
            if (mismatches.isEmpty()) {
                out.append("oracle: after every run the service's and the baseline's lines identical (ids, ranks, "
                        + "total scores, priority, limits, recommended and allocated amounts to the cent), the "
                        + "service's answer identical to what it stored, every proposal ranked, allocations within "
                        + "their limits and in fen, summing to at most the pool\n");
            } else {
                out.append("ORACLE MISMATCH (").append(mismatches.size()).append(" findings):\n");
                mismatches.stream().limit(20).forEach(m -> out.append("  ").append(m).append('\n'));
            }
            out.append("machine load average (1, 5, 15 min) at start: ").append(loadBefore).append(", at end: ")
                    .append(loadAfter).append(" (the machine is shared: other builds compete for its 2 CPUs)\n");
            return out.toString();
        }

        private static String yuan(BigDecimal amount) {
            return String.format(Locale.ROOT, "%,.2f", amount);
        }

        private static String row(String name, List<Long> times) {
            return String.format(Locale.ROOT, "%-13s %7.1f %10.1f %10.1f%n", name, median(times) / 1e6,
                    times.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
                    times.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        }

        private static double median(List<Long> times) {
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }
    }

    private RankingAllocationBenchmark() {
    }

}
