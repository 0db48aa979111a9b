package cn.incubator.training.programme;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.reach.Offered;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training programmes (培训项目): set up by staff where they run, seen like courses by everyone working in the place
 * or below it; partners' co-funding is recorded by officers; brand-project support logs its one-to-one coaching per
 * phase. A partner reads only the programmes it co-funds (any other is 404).
 */
@Service
public class ProgrammeService {

    public static final String SUBJECT = "training-programme";

    private final ProgrammeRepository programmes;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, DataScopes scopes, AuditTrail audit, Clock clock) {
        this.programmes = programmes;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a new programme needs. */
    public record Plan(Jurisdiction jurisdiction, String name, ProgrammeKind kind, String description,
            LocalDate startsOn, LocalDate endsOn) {
    }

    @Transactional
    public Programme create(CurrentUser user, Plan plan) {
        scopes.of(user).requireWritable(plan.jurisdiction(), null);
        Programme programme = new Programme(UUID.randomUUID(), plan.jurisdiction().code(), plan.name(), plan.kind(),
                plan.description(), plan.startsOn(), plan.endsOn(), BigDecimal.ZERO.setScale(2), 0, 0, 0, 0,
                user.username(), now());
        programmes.insert(programme);
        audit.record(user, "programme.created", SUBJECT, programme.id(), programme.jurisdictionCode(), null, programme);
        return programme;
    }

    /** A programme the caller sees (out of sight reads as not found). */
    @ReadOnly
    public Programme get(CurrentUser user, UUID id) {
        return programmes.find(id, visible(user), null).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public List<Programme> list(CurrentUser user, ProgrammeKind kind) {
        return programmes.list(visible(user), kind);
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }

    /** Records a partner's co-funding of a programme, by officers (and the platform) covering its place. */
    @Transactional
    public CoFunding coFund(CurrentUser user, UUID id, String partnerId, String funderName, BigDecimal amount,
            LocalDate committedOn) {
        Programme programme = get(user, id);
        scopes.of(user).requireWritable(programme.jurisdiction(), null);
        CoFunding funding = new CoFunding(UUID.randomUUID(), programme.id(), partnerId, funderName, amount,
                committedOn, user.username(), now());
        programmes.insert(funding);
        audit.record(user, "programme.co-funded", SUBJECT, programme.id(), programme.jurisdictionCode(), null,
                funding);
        return funding;
    }

    @ReadOnly
    public List<CoFunding> coFundings(CurrentUser user, UUID id) {
        return programmes.coFundings(get(user, id).id());
    }

    /** What a coaching session logs. */
    public record CoachingLog(UUID organizationId, String organizationName, String projectTitle, CoachingPhase phase,
            LocalDate heldOn, BigDecimal hours, String coach, String notes) {
    }

    /** Logs one one-to-one coaching session of a brand-project support programme (any other kind is refused, 409). */
    @Transactional
    public Coaching coach(CurrentUser user, UUID id, CoachingLog log) {
        Programme programme = get(user, id);
        scopes.of(user).requireWritable(programme.jurisdiction(), null);
        if (programme.kind() != ProgrammeKind.BRAND_PROJECT_SUPPORT) {
            throw new RuleViolationException("coaching-needs-brand-support");
        }
        if (log.heldOn().isBefore(programme.startsOn())
                || (programme.endsOn() != null && log.heldOn().isAfter(programme.endsOn()))) {
            throw new RuleViolationException("coaching-outside-programme", programme.startsOn(),
                    programme.endsOn() == null ? "" : programme.endsOn());
        }
        Coaching coaching = new Coaching(UUID.randomUUID(), programme.id(), log.organizationId(),
                log.organizationName(), log.projectTitle(), log.phase(), log.heldOn(), log.hours(), log.coach(),
                log.notes(), user.username(), now());
        programmes.insert(coaching);
        audit.record(user, "programme.coaching-logged", SUBJECT, programme.id(), programme.jurisdictionCode(), null,
                coaching);
        return coaching;
    }

    @ReadOnly
    public List<Coaching> coaching(CurrentUser user, UUID id, CoachingPhase phase) {
        return programmes.coaching(get(user, id).id(), phase);
    }

    @ReadOnly
    public Map<CoachingPhase, Long> coachingByPhase(CurrentUser user, UUID id) {
        return programmes.coachingByPhase(get(user, id).id());
    }

    /** The sessions of a programme the caller sees, with person-times. */
    @ReadOnly
    public List<ProgrammeSession> sessions(CurrentUser user, UUID id) {
        return programmes.sessions(get(user, id).id());
    }

    // --- the partner's view: only what it co-funds, within its jurisdiction claim ---

    @ReadOnly
    public List<Programme> coFundedBy(CurrentUser partner, String partnerId) {
        return programmes.coFundedBy(partnerId, partnerScope(partner));
    }

    /** A programme the partner co-funds; any other is 404, as if it did not exist. */
    @ReadOnly
    public Programme coFundedBy(CurrentUser partner, String partnerId, UUID id) {
        return programmes.coFundedBy(partnerId, partnerScope(partner), id)
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public List<ProgrammeSession> sessionsCoFundedBy(CurrentUser partner, String partnerId, UUID id) {
        return programmes.sessions(coFundedBy(partner, partnerId, id).id());
    }

    private ScopeFilter partnerScope(CurrentUser partner) {
        return scopes.of(partner).filter("p.jurisdiction_code", null);
    }

    private ScopeFilter visible(CurrentUser user) {
        return Offered.filter(scopes.of(user), "p.jurisdiction_code");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
