package cn.incubator.grants;

import cn.incubator.grants.award.AwardDecision;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.identity.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programmes and decisions for service tests: the programme rows are inserted with SQL (the programme API belongs to
 * the rounds module) and decisions are published the way a round publishes them when it becomes final.
 */
public final class GrantTestData {

    /** The demo callers of {@link Callers}, under the names the award-side tests use. */
    public static final CurrentUser COUNTY_OFFICER = Callers.COUNTY_OFFICER;
    public static final CurrentUser XINGSHA_HUB = Callers.XINGSHA_HUB;
    public static final CurrentUser LANGLI_HUB = Callers.LANGLI_HUB;
    public static final UUID XINGSHA_FEDERATION = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001");
    public static final CurrentUser FEDERATION_ADMIN = Callers.orgAdmin("org-admin-demo", XINGSHA_FEDERATION,
            "430121001000");

    private GrantTestData() {
    }

    /** A programme of Changsha County with one government funding, and one partner funding when given. */
    public static UUID programme(JdbcClient jdbc, String name, String pool, String partnerId, String partnerAmount) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO programme (id, jurisdiction_code, name, kind, created_by, created_at)
                VALUES (:id, '430121000000', :name, 'VENTURE_PHILANTHROPY', 'county-officer', :at)
                """).param("id", id).param("name", name).param("at", OffsetDateTime.now()).update();
        funding(jdbc, id, "GOVERNMENT", "长沙县民政局", null, pool);
        if (partnerId != null) {
            funding(jdbc, id, "PARTNER", "长沙市乐创公益慈善基金会", partnerId, partnerAmount);
        }
        return id;
    }

    private static void funding(JdbcClient jdbc, UUID programme, String source, String funder, String partnerId,
            String amount) {
        jdbc.sql("""
                INSERT INTO programme_funding (id, programme_id, source, funder_name, partner_id, amount, committed_on,
                                               recorded_by, recorded_at)
                VALUES (:id, :p, :source, :funder, :partner, :amount, :on, 'county-officer', :at)
                """)
                .param("id", UUID.randomUUID()).param("p", programme).param("source", source)
                .param("funder", funder).param("partner", partnerId).param("amount", new BigDecimal(amount))
                .param("on", LocalDate.of(2026, 3, 1)).param("at", OffsetDateTime.now()).update();
    }

    public static AwardDecision.Line line(UUID organizationId, String name, String jurisdiction, String title,
            String amount) {
        return new AwardDecision.Line(UUID.randomUUID(), organizationId, name, jurisdiction, title, null,
                new BigDecimal(amount));
    }

    /** Publishes the decision inside a transaction, as the round does when its allocation becomes final. */
    public static void decide(TransactionTemplate transactions, ApplicationEventPublisher events, UUID programme,
            List<AwardDecision.Line> lines) {
        AwardDecision decision = new AwardDecision(programme, UUID.randomUUID(), "county-officer", lines);
        transactions.executeWithoutResult(tx -> events.publishEvent(decision));
    }
}
