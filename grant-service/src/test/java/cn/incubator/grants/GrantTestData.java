package cn.incubator.grants;

import cn.incubator.grants.award.AwardDecision;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programmes and decisions for service tests: the programme rows are inserted with SQL (the programme API belongs to
 * the rounds module) and decisions are published the way a round publishes them when it becomes final.
 */
public final class GrantTestData {

    public static final CurrentUser COUNTY_OFFICER = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000", null);
    public static final CurrentUser XINGSHA_HUB = user("xingsha-hub", Role.HUB_OPERATOR, "430121001000", null);
    public static final CurrentUser LANGLI_HUB = user("langli-hub", Role.HUB_OPERATOR, "430121004000", null);
    public static final UUID XINGSHA_FEDERATION = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001");
    public static final CurrentUser FEDERATION_ADMIN = user("org-admin-demo", Role.ORG_ADMIN, "430121001000",
            XINGSHA_FEDERATION);

    private GrantTestData() {
    }

    public static CurrentUser user(String name, Role role, String jurisdiction, UUID orgId) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                Optional.ofNullable(orgId), Optional.empty());
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
