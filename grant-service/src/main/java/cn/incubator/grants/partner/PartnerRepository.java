package cn.incubator.grants.partner;

import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programmes a partner co-funds: those with a funding row carrying its partner_id. */
@Repository
class PartnerRepository {

    private static final String SELECT = """
            SELECT p.id, p.name, p.kind, p.jurisdiction_code,
                   (SELECT SUM(f.amount) FROM programme_funding f
                    WHERE f.programme_id = p.id AND f.partner_id = :partner) AS contributed
            FROM programme p
            """;
    private static final String CO_FUNDED =
            "EXISTS (SELECT 1 FROM programme_funding f WHERE f.programme_id = p.id AND f.partner_id = :partner)";

    private final JdbcClient jdbc;

    PartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param contributed what this partner put into the programme's pool */
    record CoFundedProgramme(UUID id, String name, String kind, @JsonIgnore String jurisdictionCode, BigDecimal contributed) {
        /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
        @JsonProperty("jurisdiction")
        public Jurisdiction jurisdiction() {
            return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
        }
    }

    Page<CoFundedProgramme> programmes(String partnerId, DataScope scope, PageRequest page) {
        return Query.of(SELECT)
                .where(coFunded(partnerId, scope))
                .orderBy("p.created_at, p.name, p.id")
                .page(page, jdbc, PartnerRepository::programme);
    }

    Optional<CoFundedProgramme> programme(String partnerId, UUID programmeId, DataScope scope) {
        return Query.of(SELECT)
                .where(coFunded(partnerId, scope).and("p.id = :id", "id", programmeId))
                .on(jdbc)
                .query(PartnerRepository::programme)
                .optional();
    }

    private static CoFundedProgramme programme(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CoFundedProgramme(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
                rs.getString("jurisdiction_code"), rs.getBigDecimal("contributed"));
    }

    private static Where coFunded(String partnerId, DataScope scope) {
        return Where.of(scope.filter("p.jurisdiction_code", null)).and(CO_FUNDED, "partner", partnerId);
    }
}
