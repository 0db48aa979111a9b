package cn.incubator.partybuilding.coverage;

import cn.incubator.contracts.platform.v1.PartyCoverage;
import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.partybuilding.access.CaseScopes;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;

/** Builds the coverage report from the cases, units and ratings the caller may see. */
@Service
public class CoverageService {

    private static final ZoneId CHINA = Display.ZONE;

    private final CoverageRepository coverage;
    private final CaseScopes scopes;
    private final StatisticsRollUp rollUps;

    CoverageService(CoverageRepository coverage, CaseScopes scopes, StatisticsRollUp rollUps) {
        this.rollUps = rollUps;
        this.coverage = coverage;
        this.scopes = scopes;
    }

    /**
     * @param within a subtree, or {@code null} for the caller's whole scope
     * @param from   first admission day (China time), inclusive
     * @param to     last admission day, inclusive
     */
    @ReadOnly
    public CoverageReport report(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to, int starYear) {
        CaseScope scope = scopes.of(user);
        CoverageRepository.AdmissionCounts counts = coverage.admitted(scope, within,
                from.atStartOfDay(CHINA).toInstant(), to.plusDays(1).atStartOfDay(CHINA).toInstant());
        return new CoverageReport(within, from, to, counts.admitted(),
                counts.discovered(), counts.averageDays(), counts.maxDays(), counts.withMembers(),
                counts.inJointBranch(), counts.ownBranch(), counts.instructorOnly(), counts.ownBranchPending(),
                counts.overdue(), coverage.units(scope, within), starYear, coverage.stars(scope, within, starYear));
    }

    /**
     * The party coverage of a city, district or street summed over every node that holds cases there (统计汇总); the
     * caller must see the whole place (otherwise not found; an instructor, who sees only their own cases, never does),
     * without one the caller's own. Nodes that do not answer in time are named in {@code missing}.
     */
    public RollUp<PartyFigures> rollUp(CurrentUser user, Jurisdiction within) {
        CaseScope scope = scopes.of(user);
        if (scope.instructor().isPresent()) {
            throw new NotFoundException("jurisdiction", within == null ? "" : within.code());
        }
        return rollUps.forCaller("party-building", scope.scope(), within,
                total -> PartyFigures.of(total.getParty()));
    }

    /**
     * A roll-up's party-building section (党建覆盖汇总).
     *
     * @param organizations         organizations with a party-building case
     * @param withPartyOrganization of those, in a joint branch or with their own branch
     * @param withInstructor        of those, with a current party-building instructor
     * @param coverage              {@code withPartyOrganization} over {@code organizations}, a percentage with one
     *                              decimal, derived from the sums (null with no organization)
     * @param members               party members found in them
     * @param branches              own branches (支部) in the place
     * @param jointBranches         joint branches (联合支部)
     * @param jointCommittees       joint committees (联合党委)
     * @param instructors           instructors with a current assignment
     */
    public record PartyFigures(long organizations, long withPartyOrganization, long withInstructor,
            java.math.BigDecimal coverage, long members, long branches, long jointBranches, long jointCommittees,
            long instructors) {

        static PartyFigures of(PartyCoverage party) {
            java.math.BigDecimal coverage = party.getOrganizations() == 0 ? null
                    : java.math.BigDecimal.valueOf(party.getWithPartyOrganization() * 100L)
                            .divide(java.math.BigDecimal.valueOf(party.getOrganizations()), 1,
                                    java.math.RoundingMode.HALF_UP);
            return new PartyFigures(party.getOrganizations(), party.getWithPartyOrganization(),
                    party.getWithInstructor(), coverage, party.getMembers(), party.getBranches(),
                    party.getJointBranches(), party.getJointCommittees(), party.getInstructors());
        }
    }
}
