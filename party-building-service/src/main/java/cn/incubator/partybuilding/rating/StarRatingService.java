package cn.incubator.partybuilding.rating;

import cn.incubator.partybuilding.access.CaseScopes;
import cn.incubator.partybuilding.partycase.CaseRecord;
import cn.incubator.partybuilding.partycase.CaseWork;
import cn.incubator.partybuilding.partycase.PartyCaseService;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up (后续服务): yearly star ratings against the configurable checklist, and model selections. */
@Service
public class StarRatingService {

    private static final ZoneId CHINA = Display.ZONE;

    private final RatingRepository ratings;
    private final PartyCaseService cases;
    private final CaseScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    StarRatingService(RatingRepository ratings, PartyCaseService cases, CaseScopes scopes, AuditTrail audit,
            Clock clock) {
        this.ratings = ratings;
        this.cases = cases;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public Checklist checklist() {
        return ratings.activeChecklist();
    }

    /** Replaces the checklist future ratings are scored against; existing ratings keep theirs. */
    @Transactional
    public Checklist replaceChecklist(CurrentUser user, String name, List<Integer> thresholds,
            List<Checklist.Item> items) {
        StarScale scale;
        Checklist checked;
        try {
            scale = new StarScale(thresholds);
        } catch (IllegalArgumentException e) {
            throw new FieldProblemException("starThresholds", "StarThresholds");
        }
        try {
            checked = new Checklist(0, name, items, scale);
        } catch (IllegalArgumentException e) {
            throw new FieldProblemException("items", "ChecklistItems");
        }
        Checklist before = ratings.activeChecklist();
        long id = ratings.replaceChecklist(name.strip(), scale, checked.items(), user.username());
        Checklist after = new Checklist(id, name.strip(), checked.items(), scale);
        audit.record(user, "rating-checklist.replaced", "rating-checklist", id, null, before, after);
        return after;
    }

    /** Rates an organization in follow-up for a year (星级评定), once per year. */
    @Transactional
    public StarRating rate(CurrentUser user, UUID caseId, int year, Map<String, Integer> points) {
        CaseRecord c = cases.writable(user, caseId, CaseWork.RATE_STARS);
        if (year > Year.now(clock.withZone(CHINA)).getValue()) {
            throw new FieldProblemException("year", "RatingYear", year);
        }
        Checklist checklist = ratings.activeChecklist();
        List<Checklist.ScoreProblem> problems = checklist.problems(points);
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems.stream()
                    .map(p -> new FieldProblemException.FieldProblem("points." + p.itemCode(),
                            "Points." + p.problem(), p.itemCode()))
                    .toList());
        }
        if (ratings.rated(c.organizationId(), year)) {
            throw new ConflictException("already-rated", c.organizationName(), year);
        }
        Checklist.Result result = checklist.score(points);
        StarRating rating = new StarRating(UUID.randomUUID(), caseId, c.organizationId(), c.organizationName(),
                c.jurisdictionCode(), year, checklist.name(), result.points(), result.score(), result.maxScore(),
                result.stars(), user.username(), Instant.now(clock));
        ratings.insert(rating, checklist.id());
        audit.record(user, "party-case.star-rated", PartyCaseService.SUBJECT, caseId, c.jurisdictionCode(), null,
                rating);
        return rating;
    }

    @ReadOnly
    public List<StarRating> ratings(CurrentUser user, UUID caseId) {
        cases.get(user, caseId);
        return ratings.forCase(caseId);
    }

    /** For other services (gRPC): the organization's rating for the year, or its latest, within the caller's scope. */
    @ReadOnly
    public StarRating ratingOf(CurrentUser user, UUID organizationId, Integer year) {
        return ratings.forOrganization(organizationId, year, scopes.of(user))
                .orElseThrow(() -> new NotFoundException("star-rating", organizationId));
    }

    /** The latest rating of each organization asked for; those without one or outside the scope are left out. */
    @ReadOnly
    public List<StarRating> latestRatings(CurrentUser user, List<UUID> organizationIds) {
        return ratings.latestFor(organizationIds, scopes.of(user));
    }

    @Transactional
    public ModelSelection select(CurrentUser user, UUID caseId, int year, String title, String awardedBy) {
        CaseRecord c = cases.writable(user, caseId, CaseWork.SELECT_AS_MODEL);
        ModelSelection selection = new ModelSelection(UUID.randomUUID(), caseId, year, title.strip(),
                awardedBy.strip(), user.username(), Instant.now(clock));
        ratings.insertSelection(selection);
        audit.record(user, "party-case.model-selected", PartyCaseService.SUBJECT, caseId, c.jurisdictionCode(), null,
                selection);
        return selection;
    }

    @ReadOnly
    public List<ModelSelection> selections(CurrentUser user, UUID caseId) {
        cases.get(user, caseId);
        return ratings.selections(caseId);
    }
}
