package cn.incubator.registry.statistics;

import cn.incubator.contracts.platform.v1.RegistryCounts;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import cn.incubator.registry.field.Labels;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.Maturity;
import cn.incubator.registry.organization.OrganizationStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What government wants to see of the registry: organizations by form, category and status for any jurisdiction and
 * period, by the divisions one tier down, and their density per 10,000 residents.
 */
@Service
public class StatisticsService {

    private static final ZoneId CHINA = Display.ZONE;
    private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    private final StatisticsRepository statistics;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    private final StatisticsRollUp rollUps;

    StatisticsService(StatisticsRepository statistics, DataScopes scopes, AuditTrail audit, Clock clock,
            StatisticsRollUp rollUps) {
        this.statistics = statistics;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.rollUps = rollUps;
    }

    /**
     * The registry figures of a city, district or street summed over every node that holds records there (统计汇总):
     * organizations by legal form, registered ones, the talent pool, and the density over the place's residents.
     * The caller must see the whole place (else it is not found, like any place out of scope); without one, the
     * caller's own. Nodes that do not answer in time are named in {@code missing}, their records left out.
     */
    public RollUp<RegistryFigures> rollUp(CurrentUser user, Jurisdiction within) {
        DataScope scope = scopes.of(user);
        Optional<StatisticsRepository.Population> population = within == null && scope.subtrees().size() == 1
                ? statistics.population(scope.subtrees().get(0))
                : within == null ? Optional.empty() : statistics.population(within);
        return rollUps.forCaller("registry", scope, within,
                total -> RegistryFigures.of(total.getRegistry(), population.orElse(null)));
    }

    /**
     * A roll-up's registry section.
     *
     * @param density registered organizations per 10,000 residents, when the place's residents are recorded
     */
    public record RegistryFigures(long organizations, long socialGroups, long privateNonEnterpriseUnits,
            long foundations, long communityOrganizations, long registeredOrganizations, long talents,
            Density density) {

        static RegistryFigures of(RegistryCounts counts, StatisticsRepository.Population population) {
            return new RegistryFigures(counts.getOrganizations(), counts.getSocialGroups(),
                    counts.getPrivateNonEnterpriseUnits(), counts.getFoundations(), counts.getCommunityOrganizations(),
                    counts.getRegisteredOrganizations(), counts.getTalents(), population == null ? null
                            : Density.of(population.residents(), population.asOfYear(),
                                    counts.getRegisteredOrganizations()));
        }
    }

    public record Count(String key, String label, long count) {
    }

    /**
     * @param registered organizations registered (status REGISTERED) in the place by the period's end, in the caller's
     *                   scope: the density's numerator
     * @param density {@code null} without a population figure for the jurisdiction, or when the caller's scope does
     *                not cover all of it (a partial count over a whole population would understate it)
     */
    public record OrganizationStatistics(Jurisdiction jurisdiction, LocalDate from,
            LocalDate to, long total, List<Count> byLegalForm, List<Count> byCategory, List<Count> byStatus,
            List<Count> byMaturity, List<Count> byJurisdiction, long registered, Density density,
            List<DivisionDensity> densityByJurisdiction) {
    }

    /** The density of one division below the place asked for (each one with residents recorded and wholly in scope). */
    public record DivisionDensity(String key, String label, Density density) {
    }

    /**
     * Counts of organizations created in the period (dates in China, inclusive; open ends mean all time), by legal
     * form, category, status, maturity (筹建型 … 示范型) and the divisions one tier below; the density per 10,000
     * residents of the place and of each division below it whose residents are recorded (a division the caller does
     * not wholly see has none: a partial count over a whole population would understate it).
     */
    @ReadOnly
    public OrganizationStatistics organizations(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to) {
        Jurisdiction where = place(user, within);
        DataScope scope = scopes.of(user);
        Instant start = (from == null ? EARLIEST : from).atStartOfDay(CHINA).toInstant();
        Instant end = to == null ? Instant.now(clock).plusSeconds(1) : to.plusDays(1).atStartOfDay(CHINA).toInstant();
        List<Count> byLegalForm = labelled(statistics.countBy("legal_form", where, start, end, scope),
                key -> Labels.chinese(LegalForm.valueOf(key)));
        List<Count> byCategory = labelled(statistics.countBy("category", where, start, end, scope),
                key -> Labels.chinese(Category.valueOf(key)));
        List<Count> byStatus = labelled(statistics.countBy("status", where, start, end, scope),
                key -> Labels.chinese(OrganizationStatus.valueOf(key)));
        List<Count> byMaturity = labelled(statistics.countBy("maturity", where, start, end, scope),
                key -> Maturity.valueOf(key).label());
        List<Count> byJurisdiction = where.tier() == Tier.COMMUNITY ? List.of()
                : labelled(statistics.countBy(childCode(where.tier()), where, start, end, scope), this::divisionName);
        List<DivisionDensity> densityByJurisdiction = where.tier() == Tier.COMMUNITY ? List.of()
                : densityOfChildren(where, end, scope);
        long total = byStatus.stream().mapToLong(Count::count).sum();
        long registered = statistics.registered(where, end, scope);
        Density density = scope.covers(where, null)
                ? statistics.population(where).map(p -> Density.of(p.residents(), p.asOfYear(), registered))
                        .orElse(null)
                : null;
        return new OrganizationStatistics(where, from, to, total, byLegalForm,
                byCategory, byStatus, byMaturity, byJurisdiction, registered, density, densityByJurisdiction);
    }

    /** The place a statistics request is about: the one asked for, else the caller's own area. */
    public Jurisdiction place(CurrentUser user, Jurisdiction within) {
        return within == null ? scopes.defaultArea(user) : within;
    }

    private List<DivisionDensity> densityOfChildren(Jurisdiction where, Instant end, DataScope scope) {
        String child = childCode(where.tier());
        List<StatisticsRepository.Population> populations = statistics.populationsOfChildren(where, child).stream()
                .filter(p -> scope.covers(Jurisdiction.of(p.jurisdictionCode()), null))
                .toList();
        if (populations.isEmpty()) {
            return List.of();
        }
        Map<String, Long> registered = statistics.registeredBy(child, where, end, scope).stream()
                .collect(Collectors.toMap(StatisticsRepository.Count::key, StatisticsRepository.Count::count));
        return populations.stream()
                .map(p -> new DivisionDensity(p.jurisdictionCode(), divisionName(p.jurisdictionCode()),
                        Density.of(p.residents(), p.asOfYear(), registered.getOrDefault(p.jurisdictionCode(), 0L))))
                .toList();
    }

    /** Records the residents of a jurisdiction (on the caller's scope), replacing an older figure. */
    @Transactional
    public void recordPopulation(CurrentUser user, Jurisdiction jurisdiction, long residents, int asOfYear,
            String source) {
        scopes.of(user).requireWritable(jurisdiction, null);
        StatisticsRepository.Population before = statistics.population(jurisdiction).orElse(null);
        StatisticsRepository.Population after = new StatisticsRepository.Population(jurisdiction.code(), residents,
                asOfYear, source);
        statistics.savePopulation(after, Instant.now(clock));
        audit.record(user, "population.recorded", "jurisdiction-population", jurisdiction.code(), jurisdiction.code(),
                before, after);
    }

    /** The 12-digit code of the division one tier below, as SQL over jurisdiction_code. */
    private static String childCode(Tier tier) {
        Tier child = Tier.values()[tier.ordinal() + 1];
        return "rpad(substr(jurisdiction_code, 1, " + child.prefixLength() + "), 12, '0')";
    }

    private String divisionName(String code) {
        return Jurisdiction.isValid(code) ? Jurisdiction.of(code).name() : code;
    }

    private static List<Count> labelled(List<StatisticsRepository.Count> counts, Function<String, String> label) {
        return counts.stream().map(c -> new Count(c.key(), label.apply(c.key()), c.count())).toList();
    }
}
