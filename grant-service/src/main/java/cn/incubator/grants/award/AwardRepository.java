package cn.incubator.grants.award;

import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Awards, tranches, reports and payments; reads of awards always inside the caller's data scope. */
@Repository
class AwardRepository {

    private static final String AWARD_COLUMNS = """
            a.id, a.programme_id, a.round_id, a.proposal_id, a.organization_id, a.organization_name,
            a.jurisdiction_code, a.project_title, a.plan_code, a.amount, a.status, a.agreement_number,
            a.agreement_terms, a.signed_on, a.interim_report_due_on, a.final_report_due_on, a.termination_reason, a.decided_by, a.created_at, a.updated_at""";
    private static final String REPORT_COLUMNS = """
            id, award_id, kind, status, activities_held, person_times_served, volunteer_person_times,
            funds_leveraged, narrative, return_reason, submitted_by, submitted_at, decided_by, decided_at""";
    private static final String PAYMENT_COLUMNS = """
            id, tranche_id, award_id, programme_id, idempotency_key, amount, voucher_number, paid_by, paid_at""";

    private final JdbcClient jdbc;

    AwardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A programme as awards need it: its place and name. */
    record Programme(UUID id, String jurisdictionCode, String name, String kind) {
    }

    /** Locks the programme row: commitments against its pool are serialized on it. */
    Optional<Programme> lockProgramme(UUID programmeId) {
        return jdbc.sql("SELECT id, jurisdiction_code, name, kind FROM programme WHERE id = :id FOR UPDATE")
                .param("id", programmeId)
                .query((rs, n) -> new Programme(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code"),
                        rs.getString("name"), rs.getString("kind")))
                .optional();
    }

    Optional<Programme> programme(UUID programmeId, DataScope scope) {
        return Query.of("SELECT id, jurisdiction_code, name, kind FROM programme")
                .where(Where.of(scope.filter("jurisdiction_code", null)).and("id = :id", "id", programmeId))
                .on(jdbc)
                .query((rs, n) -> new Programme(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code"),
                        rs.getString("name"), rs.getString("kind")))
                .optional();
    }

    /**
     * The programme's ledger from its rows: committed is what was awarded ({@code programme_commitment.awarded}: a
     * terminated award keeps only what was paid of it, the rest returns to the pool).
     */
    ProgrammeLedger ledger(UUID programmeId) {
        return jdbc.sql("""
                SELECT (SELECT COALESCE(SUM(amount), 0) FROM programme_funding WHERE programme_id = :p) AS pool,
                       (SELECT awarded FROM programme_commitment WHERE programme_id = :p) AS committed,
                       (SELECT COALESCE(SUM(amount), 0) FROM payment WHERE programme_id = :p) AS paid
                """)
                .param("p", programmeId)
                .query((rs, n) -> new ProgrammeLedger(rs.getBigDecimal("pool"), rs.getBigDecimal("committed"),
                        rs.getBigDecimal("paid")))
                .single();
    }

    /** @return false when an award for the proposal exists already (a decision delivered twice) */
    boolean insertIfAbsent(Award award) {
        return jdbc.sql("""
                INSERT INTO award (id, programme_id, round_id, proposal_id, organization_id, organization_name,
                                   jurisdiction_code, project_title, plan_code, amount, status, decided_by,
                                   created_at, updated_at)
                VALUES (:id, :programmeId, :roundId, :proposalId, :organizationId, :organizationName,
                        :jurisdictionCode, :projectTitle, :planCode, :amount, :status, :decidedBy, :at, :at)
                ON CONFLICT (proposal_id) DO NOTHING
                """)
                .param("id", award.id())
                .param("programmeId", award.programmeId())
                .param("roundId", award.roundId())
                .param("proposalId", award.proposalId())
                .param("organizationId", award.organizationId())
                .param("organizationName", award.organizationName())
                .param("jurisdictionCode", award.jurisdictionCode())
                .param("projectTitle", award.projectTitle())
                .param("planCode", award.planCode())
                .param("amount", award.amount())
                .param("status", award.status().name())
                .param("decidedBy", award.decidedBy())
                .param("at", Timestamp.from(award.createdAt()))
                .update() == 1;
    }

    void update(Award award) {
        Award.Agreement agreement = award.agreement();
        jdbc.sql("""
                UPDATE award SET status = :status, agreement_number = :number, agreement_terms = :terms,
                                 signed_on = :signedOn, interim_report_due_on = :interimDueOn,
                                 final_report_due_on = :finalDueOn, termination_reason = :reason, updated_at = :at
                WHERE id = :id
                """)
                .param("id", award.id())
                .param("status", award.status().name())
                .param("number", agreement == null ? null : agreement.number())
                .param("terms", agreement == null ? null : agreement.terms())
                .param("signedOn", agreement == null ? null : agreement.signedOn())
                .param("interimDueOn", agreement == null ? null : agreement.interimReportDueOn())
                .param("finalDueOn", agreement == null ? null : agreement.finalReportDueOn())
                .param("reason", award.terminationReason())
                .param("at", Timestamp.from(award.updatedAt()))
                .update();
    }

    Optional<Award> find(UUID id, DataScope scope) {
        return find(id, scope, false);
    }

    Optional<Award> findForUpdate(UUID id, DataScope scope) {
        return find(id, scope, true);
    }

    private Optional<Award> find(UUID id, DataScope scope, boolean lock) {
        Query query = Query.of("SELECT " + AWARD_COLUMNS + " FROM award a")
                .where(Where.of(scope.filter("a.jurisdiction_code", "a.organization_id")).and("a.id = :id", "id", id));
        return (lock ? query.then("FOR UPDATE") : query).on(jdbc)
                .query(AwardRepository::award)
                .optional();
    }

    Page<Award> list(UUID programmeId, DataScope scope, PageRequest page) {
        return Query.of("SELECT " + AWARD_COLUMNS + " FROM award a")
                .where(Where.of(scope.filter("a.jurisdiction_code", "a.organization_id"))
                        .andIfPresent("a.programme_id = :p", "p", programmeId))
                .orderBy("a.created_at, a.organization_name, a.id")
                .page(page, jdbc, AwardRepository::award);
    }

    /** The awards of a programme a partner co-funds (the partner API checks the co-funding first). */
    List<Award> ofProgramme(UUID programmeId) {
        return jdbc.sql("SELECT " + AWARD_COLUMNS + " FROM award a WHERE a.programme_id = :p"
                        + " ORDER BY a.created_at, a.organization_name")
                .param("p", programmeId)
                .query(AwardRepository::award)
                .list();
    }

    void insertTranche(Tranche tranche) {
        jdbc.sql("""
                INSERT INTO tranche (id, award_id, seq, amount, depends_on, status)
                VALUES (:id, :awardId, :seq, :amount, :dependsOn, :status)
                """)
                .param("id", tranche.id())
                .param("awardId", tranche.awardId())
                .param("seq", tranche.seq())
                .param("amount", tranche.amount())
                .param("dependsOn", tranche.dependsOn() == null ? null : tranche.dependsOn().name())
                .param("status", tranche.status().name())
                .update();
    }

    void updateTranche(Tranche tranche) {
        jdbc.sql("UPDATE tranche SET status = :status, released_by = :by, released_at = :at WHERE id = :id")
                .param("id", tranche.id())
                .param("status", tranche.status().name())
                .param("by", tranche.releasedBy())
                .param("at", tranche.releasedAt() == null ? null : Timestamp.from(tranche.releasedAt()))
                .update();
    }

    /** Callers have the award in scope (and locked, for a change) first. */
    List<Tranche> tranches(UUID awardId) {
        return jdbc.sql("""
                SELECT id, award_id, seq, amount, depends_on, status, released_by, released_at
                FROM tranche WHERE award_id = :a ORDER BY seq
                """)
                .param("a", awardId)
                .query((rs, n) -> new Tranche(rs.getObject("id", UUID.class), rs.getObject("award_id", UUID.class),
                        rs.getInt("seq"), rs.getBigDecimal("amount"),
                        rs.getString("depends_on") == null ? null : ReportKind.valueOf(rs.getString("depends_on")),
                        TrancheStatus.valueOf(rs.getString("status")), rs.getString("released_by"),
                        instant(rs, "released_at")))
                .list();
    }

    void insertReport(Report report) {
        jdbc.sql("INSERT INTO award_report (" + REPORT_COLUMNS + """
                ) VALUES (:id, :awardId, :kind, :status, :activities, :personTimes, :volunteers, :funds, :narrative,
                          :returnReason, :submittedBy, :submittedAt, :decidedBy, :decidedAt)
                """)
                .paramSource(reportParams(report))
                .update();
    }

    void updateReport(Report report) {
        jdbc.sql("""
                UPDATE award_report SET status = :status, activities_held = :activities,
                    person_times_served = :personTimes, volunteer_person_times = :volunteers,
                    funds_leveraged = :funds, narrative = :narrative, return_reason = :returnReason,
                    submitted_by = :submittedBy, submitted_at = :submittedAt, decided_by = :decidedBy,
                    decided_at = :decidedAt
                WHERE id = :id
                """)
                .paramSource(reportParams(report))
                .update();
    }

    private static java.util.Map<String, Object> reportParams(Report report) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", report.id());
        params.put("awardId", report.awardId());
        params.put("kind", report.kind().name());
        params.put("status", report.status().name());
        params.put("activities", report.outcomes().activitiesHeld());
        params.put("personTimes", report.outcomes().personTimesServed());
        params.put("volunteers", report.outcomes().volunteerPersonTimes());
        params.put("funds", report.outcomes().fundsLeveraged());
        params.put("narrative", report.narrative());
        params.put("returnReason", report.returnReason());
        params.put("submittedBy", report.submittedBy());
        params.put("submittedAt", Timestamp.from(report.submittedAt()));
        params.put("decidedBy", report.decidedBy());
        params.put("decidedAt", report.decidedAt() == null ? null : Timestamp.from(report.decidedAt()));
        return params;
    }

    List<Report> reports(UUID awardId) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM award_report WHERE award_id = :a ORDER BY submitted_at")
                .param("a", awardId)
                .query(AwardRepository::report)
                .list();
    }

    Optional<Report> report(UUID awardId, ReportKind kind) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM award_report WHERE award_id = :a AND kind = :k")
                .param("a", awardId)
                .param("k", kind.name())
                .query(AwardRepository::report)
                .optional();
    }

    /** The outcomes of a programme's approved reports, added up (a final report's figures include the interim's). */
    Outcomes approvedOutcomes(UUID programmeId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(r.activities_held), 0) AS activities,
                       COALESCE(SUM(r.person_times_served), 0) AS person_times,
                       COALESCE(SUM(r.volunteer_person_times), 0) AS volunteers,
                       COALESCE(SUM(r.funds_leveraged), 0) AS funds
                FROM award_report r JOIN award a ON a.id = r.award_id
                WHERE a.programme_id = :p AND r.status = 'APPROVED'
                  AND (r.kind = 'FINAL' OR NOT EXISTS (SELECT 1 FROM award_report f WHERE f.award_id = r.award_id
                                                        AND f.kind = 'FINAL' AND f.status = 'APPROVED'))
                """)
                .param("p", programmeId)
                .query((rs, n) -> new Outcomes(rs.getInt("activities"), rs.getLong("person_times"),
                        rs.getLong("volunteers"), Yuan.of(rs.getBigDecimal("funds"))))
                .single();
    }

    /**
     * Inserts the payment unless its tranche is paid or its key used already; the unique constraints decide, so two
     * racing requests can never both pay.
     *
     * @return false when nothing was inserted
     */
    boolean insertPaymentIfAbsent(Payment payment) {
        return jdbc.sql("INSERT INTO payment (" + PAYMENT_COLUMNS + """
                ) VALUES (:id, :trancheId, :awardId, :programmeId, :key, :amount, :voucher, :paidBy, :paidAt)
                ON CONFLICT DO NOTHING
                """)
                .param("id", payment.id())
                .param("trancheId", payment.trancheId())
                .param("awardId", payment.awardId())
                .param("programmeId", payment.programmeId())
                .param("key", payment.idempotencyKey())
                .param("amount", payment.amount())
                .param("voucher", payment.voucherNumber())
                .param("paidBy", payment.paidBy())
                .param("paidAt", Timestamp.from(payment.paidAt()))
                .update() == 1;
    }

    Optional<Payment> paymentByKey(String key) {
        return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM payment WHERE idempotency_key = :k")
                .param("k", key)
                .query(AwardRepository::payment)
                .optional();
    }

    List<Payment> payments(UUID awardId) {
        return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM payment WHERE award_id = :a ORDER BY paid_at")
                .param("a", awardId)
                .query(AwardRepository::payment)
                .list();
    }

    List<Payment> paymentsOfProgramme(UUID programmeId) {
        return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM payment WHERE programme_id = :p ORDER BY paid_at")
                .param("p", programmeId)
                .query(AwardRepository::payment)
                .list();
    }

    private static Award award(ResultSet rs, int n) throws SQLException {
        LocalDate signedOn = rs.getObject("signed_on", LocalDate.class);
        String number = rs.getString("agreement_number");
        return new Award(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getObject("round_id", UUID.class), rs.getObject("proposal_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                rs.getString("jurisdiction_code"), rs.getString("project_title"), rs.getString("plan_code"),
                rs.getBigDecimal("amount"), AwardStatus.valueOf(rs.getString("status")),
                number == null ? null : new Award.Agreement(number, rs.getString("agreement_terms"), signedOn,
                        rs.getObject("interim_report_due_on", LocalDate.class),
                        rs.getObject("final_report_due_on", LocalDate.class)),
                rs.getString("termination_reason"), rs.getString("decided_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Report report(ResultSet rs, int n) throws SQLException {
        return new Report(rs.getObject("id", UUID.class), rs.getObject("award_id", UUID.class),
                ReportKind.valueOf(rs.getString("kind")), ReportStatus.valueOf(rs.getString("status")),
                new Outcomes(rs.getInt("activities_held"), rs.getLong("person_times_served"),
                        rs.getLong("volunteer_person_times"), rs.getBigDecimal("funds_leveraged")),
                rs.getString("narrative"), rs.getString("return_reason"), rs.getString("submitted_by"),
                instant(rs, "submitted_at"), rs.getString("decided_by"), instant(rs, "decided_at"));
    }

    private static Payment payment(ResultSet rs, int n) throws SQLException {
        return new Payment(rs.getObject("id", UUID.class), rs.getObject("tranche_id", UUID.class),
                rs.getObject("award_id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getString("idempotency_key"), rs.getBigDecimal("amount"), rs.getString("voucher_number"),
                rs.getString("paid_by"), instant(rs, "paid_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A report of an award to remind the organization of: its kind and due date. */
    record DueReport(Award award, ReportKind kind, LocalDate dueOn) {
    }

    /**
     * The reports of running awards (agreed or in progress) due on or before {@code horizon} that the organization
     * has not submitted (or that were returned to it), and that were not reminded of for that due date yet.
     */
    List<DueReport> dueReports(LocalDate horizon) {
        return jdbc.sql("SELECT " + AWARD_COLUMNS + """
                , k.kind AS due_kind, k.due_on AS due_on
                FROM award a
                CROSS JOIN LATERAL (VALUES ('INTERIM', a.interim_report_due_on),
                                           ('FINAL', a.final_report_due_on)) AS k (kind, due_on)
                WHERE a.status IN ('AGREED', 'IN_PROGRESS') AND k.due_on IS NOT NULL AND k.due_on <= :horizon
                  AND NOT EXISTS (SELECT 1 FROM award_report r WHERE r.award_id = a.id AND r.kind = k.kind
                                  AND r.status <> 'RETURNED')
                  AND NOT EXISTS (SELECT 1 FROM report_reminder m WHERE m.award_id = a.id AND m.kind = k.kind
                                  AND m.due_on = k.due_on)
                ORDER BY k.due_on, a.id, k.kind
                """)
                .param("horizon", horizon)
                .query((rs, n) -> new DueReport(award(rs, n), ReportKind.valueOf(rs.getString("due_kind")),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** @return false when the reminder for that award, report and due date was published already */
    boolean insertReminderIfAbsent(DueReport due, Instant at) {
        return jdbc.sql("""
                INSERT INTO report_reminder (award_id, kind, due_on, published_at) VALUES (:a, :k, :d, :at)
                ON CONFLICT DO NOTHING
                """)
                .param("a", due.award().id())
                .param("k", due.kind().name())
                .param("d", due.dueOn())
                .param("at", Timestamp.from(at))
                .update() == 1;
    }
}
