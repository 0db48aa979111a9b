package cn.incubator.partybuilding.coverage;

import cn.incubator.platform.text.Display;
import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.partybuilding.access.CaseScopes;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the coverage report from the cases, units and ratings the caller may see. */
@Service
public class CoverageService {

    private static final ZoneId CHINA = Display.ZONE;

    private final CoverageRepository coverage;
    private final CaseScopes scopes;

    CoverageService(CoverageRepository coverage, CaseScopes scopes) {
        this.coverage = coverage;
        this.scopes = scopes;
    }

    /**
     * @param within a subtree, or {@code null} for the caller's whole scope
     * @param from   first admission day (China time), inclusive
     * @param to     last admission day, inclusive
     */
    @Transactional(readOnly = true)
    public CoverageReport report(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to, int starYear) {
        CaseScope scope = scopes.of(user);
        CoverageRepository.AdmissionCounts counts = coverage.admitted(scope, within,
                from.atStartOfDay(CHINA).toInstant(), to.plusDays(1).atStartOfDay(CHINA).toInstant());
        return new CoverageReport(within, from, to, counts.admitted(),
                counts.discovered(), counts.averageDays(), counts.maxDays(), counts.withMembers(),
                counts.inJointBranch(), counts.ownBranch(), counts.instructorOnly(), counts.ownBranchPending(),
                counts.overdue(), coverage.units(scope, within), starYear, coverage.stars(scope, within, starYear));
    }
}
