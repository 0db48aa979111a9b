package cn.incubator.grants.custody;

import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Custody agreements and their ledgers, read inside the caller's data scope. */
@Repository
class CustodyRepository {

    private static final String COLUMNS = """
            id, organization_id, organization_name, jurisdiction_code, community_name, hub_name, agreement_number,
            signed_on, purpose, status, balance, created_by, created_at""";

    private final JdbcClient jdbc;

    CustodyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the agreement number is taken */
    boolean insert(CustodyAgreement agreement) {
        return jdbc.sql("INSERT INTO custody_agreement (" + COLUMNS + """
                ) VALUES (:id, :organizationId, :organizationName, :jurisdictionCode, :communityName, :hubName,
                          :agreementNumber, :signedOn, :purpose, :status, :balance, :createdBy, :createdAt)
                ON CONFLICT (agreement_number) DO NOTHING
                """)
                .param("id", agreement.id())
                .param("organizationId", agreement.organizationId())
                .param("organizationName", agreement.organizationName())
                .param("jurisdictionCode", agreement.jurisdictionCode())
                .param("communityName", agreement.communityName())
                .param("hubName", agreement.hubName())
                .param("agreementNumber", agreement.agreementNumber())
                .param("signedOn", agreement.signedOn())
                .param("purpose", agreement.purpose())
                .param("status", agreement.status().name())
                .param("balance", agreement.balance())
                .param("createdBy", agreement.createdBy())
                .param("createdAt", Timestamp.from(agreement.createdAt()))
                .update() == 1;
    }

    Optional<CustodyAgreement> find(UUID id, DataScope scope, boolean lock) {
        Query query = Query.of("SELECT " + COLUMNS + " FROM custody_agreement")
                .where(Where.of(scope.filter("jurisdiction_code", "organization_id")).and("id = :id", "id", id));
        return (lock ? query.then("FOR UPDATE") : query).on(jdbc)
                .query(CustodyRepository::agreement)
                .optional();
    }

    Page<CustodyAgreement> list(DataScope scope, PageRequest page) {
        return Query.of("SELECT " + COLUMNS + " FROM custody_agreement")
                .where(scope.filter("jurisdiction_code", "organization_id"))
                .orderBy("signed_on DESC, organization_name, id")
                .page(page, jdbc, CustodyRepository::agreement);
    }

    void update(CustodyAgreement agreement) {
        jdbc.sql("UPDATE custody_agreement SET status = :status, balance = :balance WHERE id = :id")
                .param("id", agreement.id())
                .param("status", agreement.status().name())
                .param("balance", agreement.balance())
                .update();
    }

    /** Callers hold the agreement's row lock, so sequence numbers never clash. */
    int nextSeq(UUID agreementId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM custody_entry WHERE agreement_id = :a")
                .param("a", agreementId)
                .query(Integer.class)
                .single();
    }

    void insert(CustodyEntry entry) {
        jdbc.sql("""
                INSERT INTO custody_entry (id, agreement_id, seq, kind, amount, purpose, voucher_reference, occurred_on,
                                           balance_after, recorded_by, recorded_at)
                VALUES (:id, :agreement, :seq, :kind, :amount, :purpose, :voucher, :on, :balance, :by, :at)
                """)
                .param("id", entry.id()).param("agreement", entry.agreementId()).param("seq", entry.seq())
                .param("kind", entry.kind().name()).param("amount", entry.amount())
                .param("purpose", entry.purpose()).param("voucher", entry.voucherReference())
                .param("on", entry.occurredOn()).param("balance", entry.balanceAfter())
                .param("by", entry.recordedBy()).param("at", Timestamp.from(entry.recordedAt()))
                .update();
    }

    List<CustodyEntry> entries(UUID agreementId) {
        return jdbc.sql("""
                SELECT id, agreement_id, seq, kind, amount, purpose, voucher_reference, occurred_on, balance_after,
                       recorded_by, recorded_at
                FROM custody_entry WHERE agreement_id = :a ORDER BY seq
                """)
                .param("a", agreementId)
                .query((rs, n) -> new CustodyEntry(rs.getObject("id", UUID.class),
                        rs.getObject("agreement_id", UUID.class), rs.getInt("seq"),
                        CustodyEntry.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"),
                        rs.getString("purpose"), rs.getString("voucher_reference"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getBigDecimal("balance_after"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static CustodyAgreement agreement(ResultSet rs, int n) throws SQLException {
        return new CustodyAgreement(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), rs.getString("jurisdiction_code"), rs.getString("community_name"),
                rs.getString("hub_name"), rs.getString("agreement_number"),
                rs.getObject("signed_on", LocalDate.class), rs.getString("purpose"),
                CustodyStatus.valueOf(rs.getString("status")), rs.getBigDecimal("balance"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
