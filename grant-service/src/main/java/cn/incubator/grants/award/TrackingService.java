package cn.incubator.grants.award;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project tracking (项目跟踪) of awards: coaching and supervision visits and activities while the project runs, and
 * its final evaluation, each on the award's timeline.
 */
@Service
public class TrackingService {

    private final AwardService awards;
    private final AwardRepository awardRows;
    private final TrackingRepository tracking;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    TrackingService(AwardService awards, AwardRepository awardRows, TrackingRepository tracking, DataScopes scopes,
            AuditTrail audit, Clock clock) {
        this.awards = awards;
        this.awardRows = awardRows;
        this.tracking = tracking;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Tracking.Visit logVisit(CurrentUser user, UUID awardId, Tracking.VisitKind kind, LocalDate visitedOn,
            String visitor, String findings) {
        Award award = awards.lockWritable(user, awardId);
        award.status().after(AwardStatus.Action.LOG_PROGRESS);
        Tracking.Visit visit = new Tracking.Visit(UUID.randomUUID(), awardId, kind, visitedOn, visitor, findings,
                user.username(), now());
        tracking.insert(visit);
        audit.record(user, "award.visit-logged", AwardService.SUBJECT, awardId, award.jurisdictionCode(), null,
                visit);
        return visit;
    }

    @ReadOnly
    public List<Tracking.Visit> visits(CurrentUser user, UUID awardId) {
        return tracking.visits(awards.get(user, awardId).id());
    }

    /** One final evaluation per award, after its final report is approved. */
    @Transactional
    public Tracking.Evaluation evaluate(CurrentUser user, UUID awardId, String evaluatorName, boolean thirdParty,
            int score, String conclusion, LocalDate evaluatedOn) {
        if (score < 0 || score > 100) {
            throw new FieldProblemException("score", "Evaluation.score");
        }
        Award award = awards.lockWritable(user, awardId);
        award.status().after(AwardStatus.Action.EVALUATE);
        Tracking.Evaluation evaluation = new Tracking.Evaluation(awardId, evaluatorName, thirdParty, score,
                conclusion, evaluatedOn, user.username(), now());
        if (!tracking.insertIfAbsent(evaluation)) {
            throw new ConflictException("evaluation-recorded");
        }
        audit.record(user, "award.evaluated", AwardService.SUBJECT, awardId, award.jurisdictionCode(), null,
                evaluation);
        return evaluation;
    }

    @ReadOnly
    public Optional<Tracking.Evaluation> evaluation(CurrentUser user, UUID awardId) {
        return tracking.evaluation(awards.get(user, awardId).id());
    }

    /** The organization (or its hub) logs an activity of a running project. */
    @Transactional
    public Tracking.Activity logActivity(CurrentUser user, UUID awardId, LocalDate heldOn, String title,
            int personTimes, int volunteerPersonTimes) {
        Award award = awards.lockWritable(user, awardId);
        award.status().after(AwardStatus.Action.LOG_PROGRESS);
        Tracking.Activity activity = new Tracking.Activity(UUID.randomUUID(), awardId, heldOn, title, personTimes,
                volunteerPersonTimes, user.username(), now());
        tracking.insert(activity);
        audit.record(user, "award.activity-logged", AwardService.SUBJECT, awardId, award.jurisdictionCode(), null,
                activity);
        return activity;
    }

    @ReadOnly
    public List<Tracking.Activity> activities(CurrentUser user, UUID awardId) {
        return tracking.activities(awards.get(user, awardId).id());
    }

    /** Activity totals of a programme, over the awards in the caller's scope. */
    @ReadOnly
    public Tracking.ActivityTotals activityTotals(CurrentUser user, UUID programmeId) {
        var scope = scopes.of(user);
        if (awardRows.programme(programmeId, scope).isEmpty() && awardRows.list(programmeId, scope, PageRequest.first(1)).items().isEmpty()) {
            throw new NotFoundException("programme", programmeId);
        }
        return tracking.totals(programmeId, scope);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
