package cn.incubator.grants.statistics;

import cn.incubator.grants.award.Yuan;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.sql.Where;
import cn.incubator.platform.text.Display;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What officials want to see of 公益创投 and 资助计划 for a place and period: applied (proposals submitted and the
 * amount they asked for), awarded (awards made and their amounts), disbursed (payments made), and the outcomes the
 * funded organizations reported (活动场次, 服务人次, 志愿者人次, 撬动资金 from approved reports). Each figure counts by
 * the date of its own event, in China time; the place is that of the applying or funded organization.
 */
@Service
public class GrantStatistics {

    private final JdbcClient jdbc;
    private final DataScopes scopes;
    private final StatisticsRollUp rollUps;

    GrantStatistics(JdbcClient jdbc, DataScopes scopes, StatisticsRollUp rollUps) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.rollUps = rollUps;
    }

    /**
     * The figures of {@code within} (default the caller's one subtree) from {@code from} to {@code to} inclusive (either
     * open). The caller must see the whole place, otherwise it is not found; the rows are narrowed to the caller's
     * scope all the same.
     */
    @ReadOnly
    public Figures figures(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to) {
        DataScope scope = scopes.of(user);
        Jurisdiction place = place(scope, within);
        Timestamp start = from == null ? null : Timestamp.from(from.atStartOfDay(Display.ZONE).toInstant());
        Timestamp end = to == null ? null : Timestamp.from(to.plusDays(1).atStartOfDay(Display.ZONE).toInstant());

        Applied applied = Query.of("""
                        SELECT count(*) AS proposals, COALESCE(SUM(p.requested_amount), 0) AS requested
                        FROM proposal p""")
                .where(period(Where.of(scope.filter("p.jurisdiction_code", "p.organization_id"))
                        .and("p.submitted_at IS NOT NULL")
                        .andWithin("p.jurisdiction_code", "within", place), "p.submitted_at", start, end))
                .on(jdbc)
                .query((rs, n) -> new Applied(rs.getLong("proposals"), Yuan.of(rs.getBigDecimal("requested"))))
                .single();
        Awarded awarded = Query.of("""
                        SELECT count(*) AS awards, COALESCE(SUM(a.amount), 0) AS amount FROM award a""")
                .where(period(Where.of(scope.filter("a.jurisdiction_code", "a.organization_id"))
                        .andWithin("a.jurisdiction_code", "within", place), "a.created_at", start, end))
                .on(jdbc)
                .query((rs, n) -> new Awarded(rs.getLong("awards"), Yuan.of(rs.getBigDecimal("amount"))))
                .single();
        Disbursed disbursed = Query.of("""
                        SELECT count(*) AS payments, COALESCE(SUM(pm.amount), 0) AS amount
                        FROM payment pm JOIN award a ON a.id = pm.award_id""")
                .where(period(Where.of(scope.filter("a.jurisdiction_code", "a.organization_id"))
                        .andWithin("a.jurisdiction_code", "within", place), "pm.paid_at", start, end))
                .on(jdbc)
                .query((rs, n) -> new Disbursed(rs.getLong("payments"), Yuan.of(rs.getBigDecimal("amount"))))
                .single();
        // An award's outcomes are those of its latest approved report: a final report's figures include the interim's.
        Outcomes outcomes = Query.of("""
                        SELECT count(DISTINCT r.award_id) AS awards,
                               COALESCE(SUM(r.activities_held), 0) AS activities,
                               COALESCE(SUM(r.person_times_served), 0) AS person_times,
                               COALESCE(SUM(r.volunteer_person_times), 0) AS volunteers,
                               COALESCE(SUM(r.funds_leveraged), 0) AS funds
                        FROM award_report r JOIN award a ON a.id = r.award_id""")
                .where(period(Where.of(scope.filter("a.jurisdiction_code", "a.organization_id"))
                        .andWithin("a.jurisdiction_code", "within", place)
                        .and("r.status = 'APPROVED'")
                        .and("""
                                (r.kind = 'FINAL' OR NOT EXISTS (SELECT 1 FROM award_report f WHERE f.award_id = r.award_id
                                 AND f.kind = 'FINAL' AND f.status = 'APPROVED'""" + (end == null ? "" : " AND f.decided_at < :end")
                                + "))"), "r.decided_at", start, end))
                .on(jdbc)
                .query((rs, n) -> new Outcomes(rs.getLong("awards"), rs.getLong("activities"),
                        rs.getLong("person_times"), rs.getLong("volunteers"), Yuan.of(rs.getBigDecimal("funds"))))
                .single();
        return new Figures(place, from, to, applied, awarded, disbursed, outcomes);
    }

    /**
     * Awards and their amounts of a city, district or street summed over every node that holds awards there (统计汇总):
     * what they commit (a terminated award only what was paid of it) and what was paid; the caller must see the whole
     * place (otherwise not found), without one the caller's own.
     */
    public RollUp<NodeFigures> rollUp(CurrentUser user, Jurisdiction within) {
        return rollUps.forCaller("grants", scopes.of(user), within, total -> new NodeFigures(
                total.getGrants().getAwards(), Yuan.of(amount(total.getGrants().getAwardedAmount())),
                Yuan.of(amount(total.getGrants().getDisbursedAmount()))));
    }

    private static BigDecimal amount(String decimal) {
        return decimal.isEmpty() ? BigDecimal.ZERO : new BigDecimal(decimal);
    }

    private static Jurisdiction place(DataScope scope, Jurisdiction within) {
        if (within == null) {
            if (scope.subtrees().size() != 1) {
                throw new FieldProblemException("jurisdiction", "NotNull");
            }
            return scope.subtrees().get(0);
        }
        if (!scope.covers(within, null)) {
            throw new NotFoundException("jurisdiction", within.code());
        }
        return within;
    }

    private static Where period(Where where, String column, Timestamp start, Timestamp end) {
        return where.andIfPresent(column + " >= :start", "start", start).andIfPresent(column + " < :end", "end", end);
    }

    /** The grant figures of a place and period. */
    public record Figures(Jurisdiction jurisdiction, LocalDate from, LocalDate to, Applied applied, Awarded awarded,
            Disbursed disbursed, Outcomes outcomes) {
    }

    /** 申报: proposals submitted in the period, and the yuan they asked for. */
    public record Applied(long proposals, BigDecimal requested) {
    }

    /** 立项资助: awards made in the period, and their amounts. */
    public record Awarded(long awards, BigDecimal amount) {
    }

    /** 拨付: payments made in the period, and their amounts. */
    public record Disbursed(long payments, BigDecimal amount) {
    }

    /**
     * 项目成效: from the reports approved in the period, each award's latest (a final report's figures include the
     * interim's): activities held, person-times served, volunteer person-times, and funds leveraged (撬动资金).
     */
    public record Outcomes(long awards, long activitiesHeld, long personTimesServed, long volunteerPersonTimes,
            BigDecimal fundsLeveraged) {
    }

    /** A roll-up's grants section: awards, what they commit, what was paid. */
    public record NodeFigures(long awards, BigDecimal awardedAmount, BigDecimal disbursedAmount) {
    }
}
