package cn.incubator.incubation.statistics;

import cn.incubator.incubation.cases.Stage;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What government wants to see of incubation, by jurisdiction subtree and period: the pipeline by stage, applications,
 * admissions and graduations in the period, average days from application to admission and from admission to
 * graduation, and workstation occupancy. Periods are calendar days in China time.
 */
@Service
public class StatisticsService {

    private static final ZoneId CHINA = Display.ZONE;

    private final StatisticsRepository statistics;
    private final DataScopes scopes;
    private final StatisticsRollUp rollUps;

    StatisticsService(StatisticsRepository statistics, DataScopes scopes, StatisticsRollUp rollUps) {
        this.statistics = statistics;
        this.scopes = scopes;
        this.rollUps = rollUps;
    }

    /**
     * The cases of a city, district or street by current stage, summed over every node that holds cases there
     * (统计汇总); the caller must see the whole place (otherwise not found), without one the caller's own. Nodes that
     * do not answer in time are named in {@code missing}, their cases left out.
     */
    public RollUp<PipelineFigures> rollUp(CurrentUser user, Jurisdiction within) {
        return rollUps.forCaller("incubation", scopes.of(user), within,
                total -> PipelineFigures.of(total.getIncubation().getCasesByStageMap()));
    }

    /** A roll-up's incubation section: cases by current stage (every stage, zero when none) and their total. */
    public record PipelineFigures(long cases, Map<String, Long> casesByStage) {

        static PipelineFigures of(Map<String, Long> byStage) {
            Map<String, Long> stages = new LinkedHashMap<>();
            for (Stage stage : Stage.values()) {
                stages.put(stage.name(), byStage.getOrDefault(stage.name(), 0L));
            }
            return new PipelineFigures(stages.values().stream().mapToLong(Long::longValue).sum(), stages);
        }
    }

    @ReadOnly
    public Pipeline pipeline(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to) {
        DataScope scope = scopes.of(user);
        StatisticsRepository.Period period = statistics.period(within, from.atStartOfDay(CHINA).toInstant(),
                to.plusDays(1).atStartOfDay(CHINA).toInstant(), scope);
        return new Pipeline(within.code(), from, to, statistics.casesByStage(within, scope), period.applications(),
                period.admissions(), period.graduations(), period.averageDaysToAdmission(),
                period.averageDaysInShell(), statistics.occupancy(within, scope), period.secondsToAdmission(),
                period.secondsInShell());
    }

    /**
     * The incubation pipeline of a subtree and period. Averages in days, null when nothing happened; the seconds they
     * average, summed, so that the pipelines of several nodes (跨节点统计) average again exactly, weighted by admissions
     * and graduations.
     */
    public record Pipeline(String within, LocalDate from, LocalDate to, Map<String, Long> casesByStage,
            long applications, long admissions, long graduations, BigDecimal averageDaysApplicationToAdmission,
            BigDecimal averageDaysInShellToGraduation, Occupancy workstations,
            @Schema(description = "入壳用时合计（秒）· The seconds from application to admission summed over the period's "
                    + "admissions: averageDaysApplicationToAdmission is this over admissions, in days (for averaging "
                    + "over several nodes)", example = "2592000")
            BigDecimal secondsApplicationToAdmission,
            @Schema(description = "在壳用时合计（秒）· The seconds from admission to graduation summed over the period's "
                    + "graduations: averageDaysInShellToGraduation is this over graduations, in days (for averaging "
                    + "over several nodes)", example = "31536000")
            BigDecimal secondsInShellToGraduation) {
    }

    /** Workstations of the bases in the subtree and how many are allocated now. */
    public record Occupancy(long workstations, long occupied) {
    }
}
