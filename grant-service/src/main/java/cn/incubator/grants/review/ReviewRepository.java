package cn.incubator.grants.review;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Panels, conflicts, scores, allocations and objections. Callers have already checked that the round or proposal
 * is in the caller's scope (through the round and proposal services) before reading or writing here.
 */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- panel and conflicts

    boolean addMember(UUID roundId, PanelMember member) {
        return jdbc.sql("""
                INSERT INTO panel_member (round_id, talent_id, name, username, affiliated_organizations, added_by,
                                          added_at)
                VALUES (:round, :talent, :name, :username, :affiliations, :by, :at) ON CONFLICT DO NOTHING
                """)
                .param("round", roundId).param("talent", member.talentId()).param("name", member.name())
                .param("username", member.username())
                .param("affiliations", member.affiliatedOrganizations().toArray(UUID[]::new))
                .param("by", member.addedBy()).param("at", Timestamp.from(member.addedAt()))
                .update() > 0;
    }

    List<PanelMember> panel(UUID roundId) {
        return jdbc.sql("SELECT * FROM panel_member WHERE round_id = :round ORDER BY added_at, talent_id")
                .param("round", roundId).query(this::mapMember).list();
    }

    Optional<PanelMember> member(UUID roundId, String talentId) {
        return jdbc.sql("SELECT * FROM panel_member WHERE round_id = :round AND talent_id = :talent")
                .param("round", roundId).param("talent", talentId).query(this::mapMember).optional();
    }

    Optional<PanelMember> memberByUsername(UUID roundId, String username) {
        return jdbc.sql("SELECT * FROM panel_member WHERE round_id = :round AND username = :username")
                .param("round", roundId).param("username", username).query(this::mapMember).optional();
    }

    /** Records the committee's decision to rank without a panel expert; false when it was already recorded. */
    boolean excuse(UUID roundId, String talentId, String reason, String by, Instant at) {
        return jdbc.sql("""
                UPDATE panel_member SET excused_reason = :reason, excused_by = :by, excused_at = :at
                WHERE round_id = :round AND talent_id = :talent AND excused_at IS NULL
                """)
                .param("round", roundId).param("talent", talentId).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at)).update() > 0;
    }

    /** The declared conflicts of a round's proposals: proposal → the experts who declared one. */
    Map<UUID, Set<String>> declaredConflicts(UUID roundId) {
        Map<UUID, Set<String>> declared = new HashMap<>();
        jdbc.sql("""
                SELECT c.proposal_id, c.talent_id FROM conflict_declaration c
                JOIN proposal p ON p.id = c.proposal_id WHERE p.round_id = :round
                """).param("round", roundId)
                .query(rs -> {
                    declared.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2));
                });
        return declared;
    }

    boolean declareConflict(UUID proposalId, String talentId, String reason, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO conflict_declaration (proposal_id, talent_id, reason, declared_by, declared_at)
                VALUES (:proposal, :talent, :reason, :by, :at) ON CONFLICT DO NOTHING
                """)
                .param("proposal", proposalId).param("talent", talentId).param("reason", reason)
                .param("by", by).param("at", Timestamp.from(at)).update() > 0;
    }

    boolean conflictDeclared(UUID proposalId, String talentId) {
        return jdbc.sql("SELECT count(*) FROM conflict_declaration WHERE proposal_id = :proposal AND talent_id = :talent")
                .param("proposal", proposalId).param("talent", talentId).query(Long.class).single() > 0;
    }

    // --- scores

    /** Replaces an expert's sheet; {@code enteredBy} is the officer who entered a paper sheet, else {@code null}. */
    void replaceSheet(UUID proposalId, String talentId, Map<String, BigDecimal> scores, Map<String, String> comments,
            String by, Instant at, String enteredBy) {
        deleteSheet(proposalId, talentId);
        scores.forEach((code, score) -> jdbc.sql("""
                        INSERT INTO expert_score (proposal_id, talent_id, criterion_code, score, comment, scored_by,
                                                  scored_at, entered_by)
                        VALUES (:proposal, :talent, :code, :score, :comment, :by, :at, :enteredBy)
                        """)
                .param("proposal", proposalId).param("talent", talentId).param("code", code).param("score", score)
                .param("comment", comments.get(code)).param("by", by).param("at", Timestamp.from(at))
                .param("enteredBy", enteredBy)
                .update());
    }

    void deleteSheet(UUID proposalId, String talentId) {
        jdbc.sql("DELETE FROM expert_score WHERE proposal_id = :proposal AND talent_id = :talent")
                .param("proposal", proposalId).param("talent", talentId).update();
    }

    /** Score sheets of one proposal, by expert; {@code talentId} narrows to one expert's. */
    List<ScoreSheet> sheets(UUID proposalId, String talentId) {
        Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM expert_score WHERE proposal_id = :proposal"
                        + (talentId == null ? "" : " AND talent_id = :talent") + " ORDER BY talent_id, criterion_code")
                .param("proposal", proposalId)
                .params(talentId == null ? Map.of() : Map.of("talent", talentId))
                .query(rs -> {
                    String talent = rs.getString("talent_id");
                    if (!sheets.containsKey(talent)) {
                        sheets.put(talent, new ScoreSheet(talent, new LinkedHashMap<>(), new LinkedHashMap<>(),
                                rs.getString("scored_by"), rs.getTimestamp("scored_at").toInstant(),
                                rs.getString("entered_by")));
                    }
                    ScoreSheet sheet = sheets.get(talent);
                    sheet.scores().put(rs.getString("criterion_code"), rs.getBigDecimal("score"));
                    if (rs.getString("comment") != null) {
                        sheet.comments().put(rs.getString("criterion_code"), rs.getString("comment"));
                    }
                });
        return new ArrayList<>(sheets.values());
    }

    /**
     * Every score row of a round's passed proposals: proposal → expert → criterion → score. The rows are streamed in
     * batches rather than buffered whole by the driver (the caller is in a transaction, which the driver's cursor
     * needs), and each expert id and criterion code is kept once: a round of 10,000 proposals has 250,000 rows.
     */
    Map<UUID, Map<String, Map<String, BigDecimal>>> roundScores(UUID roundId) {
        Map<UUID, Map<String, Map<String, BigDecimal>>> scores = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.sql("""
                SELECT s.proposal_id, s.talent_id, s.criterion_code, s.score FROM expert_score s
                JOIN proposal p ON p.id = s.proposal_id WHERE p.round_id = :round AND p.status = 'PASSED'
                """)
                .param("round", roundId)
                .withFetchSize(5_000)
                .query(rs -> {
                    String talent = names.computeIfAbsent(rs.getString(2), name -> name);
                    String criterion = names.computeIfAbsent(rs.getString(3), name -> name);
                    scores.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(talent, k -> new HashMap<>())
                            .put(criterion, rs.getBigDecimal(4));
                });
        return scores;
    }

    // --- allocation

    /**
     * What the programme's other rounds have committed: awards made (a round being allocated has none yet) and the
     * allocations of other rounds not yet final (see V50 programme_commitment).
     */
    BigDecimal committedByOtherRounds(UUID programmeId, UUID roundId) {
        return jdbc.sql("""
                SELECT c.awarded + COALESCE((SELECT SUM(a.amount) FROM round_allocation a
                                             JOIN grant_round r ON r.id = a.round_id
                                             WHERE r.programme_id = :programme AND r.id <> :round
                                               AND r.status NOT IN ('FINAL', 'CANCELLED')), 0)
                FROM programme_commitment c WHERE c.programme_id = :programme
                """)
                .param("programme", programmeId).param("round", roundId).query(BigDecimal.class).single().setScale(2);
    }

    BigDecimal pool(UUID programmeId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM programme_funding WHERE programme_id = :programme")
                .param("programme", programmeId).query(BigDecimal.class).single().setScale(2);
    }

    /**
     * Replaces the round's lines in one statement: the columns travel as arrays and {@code unnest} makes the rows, so
     * a round of thousands of proposals is one round trip, not one per line. Amounts go as text and are cast, so
     * they arrive exactly as computed.
     */
    void replaceAllocation(UUID roundId, List<AllocationRow> rows) {
        jdbc.sql("DELETE FROM round_allocation WHERE round_id = :round").param("round", roundId).update();
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        UUID[] proposals = new UUID[n];
        Integer[] ranks = new Integer[n];
        String[] scores = new String[n];
        Boolean[] priorities = new Boolean[n];
        String[] caps = new String[n];
        String[] recommended = new String[n];
        String[] amounts = new String[n];
        for (int i = 0; i < n; i++) {
            AllocationRow row = rows.get(i);
            proposals[i] = row.proposalId();
            ranks[i] = row.rank();
            scores[i] = row.totalScore().toPlainString();
            priorities[i] = row.priority();
            caps[i] = row.limit().toPlainString();
            recommended[i] = row.recommended().toPlainString();
            amounts[i] = row.amount().toPlainString();
        }
        jdbc.sql("""
                INSERT INTO round_allocation (round_id, proposal_id, rank, total_score, priority, cap, recommended,
                                              amount)
                SELECT :round, line.proposal, line.rank, line.score, line.priority, line.cap, line.recommended,
                       line.amount
                FROM unnest(CAST(:proposals AS uuid[]), CAST(:ranks AS int[]), CAST(:scores AS numeric[]),
                            CAST(:priorities AS boolean[]), CAST(:caps AS numeric[]), CAST(:recommended AS numeric[]),
                            CAST(:amounts AS numeric[]))
                     AS line (proposal, rank, score, priority, cap, recommended, amount)
                """)
                .param("round", roundId).param("proposals", proposals).param("ranks", ranks)
                .param("scores", scores).param("priorities", priorities).param("caps", caps)
                .param("recommended", recommended).param("amounts", amounts)
                .update();
    }

    void adjust(UUID roundId, UUID proposalId, BigDecimal amount, String reason, String by, Instant at) {
        jdbc.sql("""
                UPDATE round_allocation SET amount = :amount, adjusted_reason = :reason, adjusted_by = :by,
                    adjusted_at = :at
                WHERE round_id = :round AND proposal_id = :proposal
                """)
                .param("round", roundId).param("proposal", proposalId).param("amount", amount)
                .param("reason", reason).param("by", by).param("at", Timestamp.from(at)).update();
    }

    List<AllocationRow> allocation(UUID roundId) {
        return jdbc.sql("""
                SELECT a.*, p.organization_id, p.organization_name, p.jurisdiction_code, p.title, p.plan_code,
                       p.requested_amount
                FROM round_allocation a JOIN proposal p ON p.id = a.proposal_id
                WHERE a.round_id = :round ORDER BY a.rank
                """)
                .param("round", roundId)
                .query((rs, n) -> new AllocationRow(rs.getObject("proposal_id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                        rs.getString("jurisdiction_code"), rs.getString("title"), rs.getString("plan_code"),
                        rs.getBigDecimal("requested_amount"), rs.getInt("rank"), rs.getBigDecimal("total_score"),
                        rs.getBoolean("priority"), rs.getBigDecimal("cap"), rs.getBigDecimal("recommended"),
                        rs.getBigDecimal("amount"), rs.getString("adjusted_reason"), rs.getString("adjusted_by"),
                        rs.getTimestamp("adjusted_at") == null ? null : rs.getTimestamp("adjusted_at").toInstant()))
                .list();
    }

    // --- objections

    void insertObjection(Objection o) {
        jdbc.sql("""
                INSERT INTO notice_objection (id, round_id, proposal_id, objector, content, recorded_by, lodged_at,
                                              status)
                VALUES (:id, :round, :proposal, :objector, :content, :by, :at, :status)
                """)
                .param("id", o.id()).param("round", o.roundId()).param("proposal", o.proposalId())
                .param("objector", o.objector()).param("content", o.content()).param("by", o.recordedBy())
                .param("at", Timestamp.from(o.lodgedAt())).param("status", o.status().name())
                .update();
    }

    void resolveObjection(Objection o) {
        jdbc.sql("""
                UPDATE notice_objection SET status = :status, resolution = :resolution, resolved_by = :by,
                    resolved_at = :at
                WHERE id = :id
                """)
                .param("id", o.id()).param("status", o.status().name()).param("resolution", o.resolution())
                .param("by", o.resolvedBy()).param("at", Timestamp.from(o.resolvedAt())).update();
    }

    List<Objection> objections(UUID roundId) {
        return jdbc.sql("SELECT * FROM notice_objection WHERE round_id = :round ORDER BY lodged_at")
                .param("round", roundId).query(this::mapObjection).list();
    }

    Optional<Objection> objection(UUID id) {
        return jdbc.sql("SELECT * FROM notice_objection WHERE id = :id FOR UPDATE")
                .param("id", id).query(this::mapObjection).optional();
    }

    long openObjections(UUID roundId) {
        return jdbc.sql("SELECT count(*) FROM notice_objection WHERE round_id = :round AND status = 'OPEN'")
                .param("round", roundId).query(Long.class).single();
    }

    private Objection mapObjection(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Objection(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class),
                rs.getObject("proposal_id", UUID.class), rs.getString("objector"), rs.getString("content"),
                rs.getString("recorded_by"), rs.getTimestamp("lodged_at").toInstant(),
                Objection.Status.valueOf(rs.getString("status")), rs.getString("resolution"),
                rs.getString("resolved_by"),
                rs.getTimestamp("resolved_at") == null ? null : rs.getTimestamp("resolved_at").toInstant());
    }

    private PanelMember mapMember(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp excusedAt = rs.getTimestamp("excused_at");
        return new PanelMember(rs.getString("talent_id"), rs.getString("name"), rs.getString("username"),
                Arrays.asList((UUID[]) rs.getArray("affiliated_organizations").getArray()), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant(), excusedAt == null ? null
                        : new PanelMember.Excusal(rs.getString("excused_reason"), rs.getString("excused_by"),
                                excusedAt.toInstant()));
    }
}
