package cn.incubator.incubation.statistics;

import cn.incubator.platform.text.Display;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    StatisticsService(StatisticsRepository statistics, DataScopes scopes) {
        this.statistics = statistics;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    public Pipeline pipeline(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to) {
        DataScope scope = scopes.of(user);
        StatisticsRepository.Period period = statistics.period(within, from.atStartOfDay(CHINA).toInstant(),
                to.plusDays(1).atStartOfDay(CHINA).toInstant(), scope);
        return new Pipeline(within.code(), from, to, statistics.casesByStage(within, scope), period.applications(),
                period.admissions(), period.graduations(), period.averageDaysToAdmission(),
                period.averageDaysInShell(), statistics.occupancy(within, scope));
    }

    /** The incubation pipeline of a subtree and period. Averages in days, null when nothing happened. */
    public record Pipeline(String within, LocalDate from, LocalDate to, Map<String, Long> casesByStage,
            long applications, long admissions, long graduations, BigDecimal averageDaysApplicationToAdmission,
            BigDecimal averageDaysInShellToGraduation, Occupancy workstations) {
    }

    /** Workstations of the bases in the subtree and how many are allocated now. */
    public record Occupancy(long workstations, long occupied) {
    }
}
