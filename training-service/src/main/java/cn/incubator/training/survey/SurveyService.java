package cn.incubator.training.survey;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.Course;
import cn.incubator.training.course.CourseArea;
import cn.incubator.training.course.CourseService;
import cn.incubator.training.reach.Offered;
import cn.incubator.training.remote.Registry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs surveys (需求调查问卷) drive the course system: base and hub staff define questionnaires and send surveys to the
 * organizations of a district or street; each organization answers once, through its own admin; the answers add up by
 * topic and course area with response rates per street against the organizations the registry counts there; and a
 * course plan is drafted from the top needs and accepted into the catalogue. Questionnaires and surveys are seen by
 * everyone working in their place or below ({@link Offered}); responses, results and rates by the organizations'
 * jurisdiction and id ({@link DataScope#filter}), so a hub sees its own street's part of a county survey.
 */
@Service
public class SurveyService {

    public static final String SUBJECT = "survey";
    public static final String QUESTIONNAIRE = "questionnaire";
    /** The actor on the timeline of a survey closed because its close time passed. */
    public static final String AUTO_CLOSE = "survey-auto-close";
    /** How many surveys one run of the auto-close closes at most (the next run takes the rest). */
    static final int AUTO_CLOSE_BATCH = 200;
    private static final ScopeFilter EVERYTHING = new ScopeFilter("TRUE", Map.of());
    /** How many areas a drafted plan ranks at most. */
    static final int PLAN_SIZE = CourseArea.values().length;

    private final SurveyRepository surveys;
    private final CourseService courses;
    private final Registry registry;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, CourseService courses, Registry registry, DataScopes scopes,
            AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.courses = courses;
        this.registry = registry;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    // --- questionnaires

    @Transactional
    public Questionnaire define(CurrentUser user, Jurisdiction jurisdiction, String title, String description,
            List<Questionnaire.Question> questions) {
        scopes.of(user).requireWritable(jurisdiction, null);
        List<FieldProblem> problems = QuestionnaireCheck.problems(questions);
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        Questionnaire questionnaire = new Questionnaire(UUID.randomUUID(), jurisdiction.code(), title, description,
                List.copyOf(questions), user.username(), now());
        surveys.insert(questionnaire);
        audit.record(user, "questionnaire.defined", QUESTIONNAIRE, questionnaire.id(), jurisdiction.code(), null,
                questionnaire);
        return questionnaire;
    }

    @ReadOnly
    public Questionnaire questionnaire(CurrentUser user, UUID id) {
        return surveys.findQuestionnaire(id, Offered.filter(scopes.of(user), "jurisdiction_code"))
                .orElseThrow(() -> new NotFoundException(QUESTIONNAIRE, id));
    }

    @ReadOnly
    public List<Questionnaire> questionnaires(CurrentUser user) {
        return surveys.listQuestionnaires(Offered.filter(scopes.of(user), "jurisdiction_code"));
    }

    // --- surveys

    @Transactional
    public Survey create(CurrentUser user, UUID questionnaireId, Jurisdiction jurisdiction, String title,
            Instant opensAt, Instant closesAt) {
        scopes.of(user).requireWritable(jurisdiction, null);
        if (jurisdiction.tier() != Tier.DISTRICT && jurisdiction.tier() != Tier.STREET) {
            throw new FieldProblemException("jurisdiction", "Survey.jurisdiction.tier", jurisdiction.name());
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new FieldProblemException("closesAt", "Survey.closesAt.order");
        }
        Questionnaire questionnaire = questionnaire(user, questionnaireId);
        if (!questionnaire.jurisdiction().contains(jurisdiction)) {
            throw new RuleViolationException("survey-outside-questionnaire", questionnaire.jurisdiction().fullName());
        }
        Instant now = now();
        Survey survey = new Survey(UUID.randomUUID(), questionnaire.id(), questionnaire.title(), jurisdiction.code(),
                title, opensAt.truncatedTo(ChronoUnit.MICROS), closesAt.truncatedTo(ChronoUnit.MICROS),
                SurveyStatus.DRAFT, 0, user.username(), now, now);
        surveys.insert(survey);
        audit.record(user, "survey.created", SUBJECT, survey.id(), survey.jurisdictionCode(), null, survey);
        return survey;
    }

    @ReadOnly
    public Survey get(CurrentUser user, UUID id) {
        return find(user, id, false);
    }

    @ReadOnly
    public List<Survey> list(CurrentUser user, SurveyStatus status) {
        DataScope scope = scopes.of(user);
        return surveys.listSurveys(Offered.filter(scope, "s.jurisdiction_code"), responsesOf(scope), status);
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }

    /** Opens the survey for answers; its close time must still be ahead. */
    @Transactional
    public Survey open(CurrentUser user, UUID id) {
        Survey survey = lockToManage(user, id);
        if (!survey.closesAt().isAfter(now())) {
            throw new RuleViolationException("survey-closes-in-past", survey.closesAt());
        }
        return move(user.username(), survey, SurveyStatus.Action.OPEN, "survey.opened");
    }

    @Transactional
    public Survey close(CurrentUser user, UUID id) {
        return move(user.username(), lockToManage(user, id), SurveyStatus.Action.CLOSE, "survey.closed");
    }

    /**
     * Closes the open surveys whose close time has passed, as staff closing them would (the same transition and
     * {@code survey.closed} on the timeline, by {@link #AUTO_CLOSE}); answers the surveys it closed. Run by
     * {@link SurveyAutoClose} on every instance: the surveys are taken under their row locks, skipping those another
     * run or a manual close holds, so each is closed once; a survey already closed is not taken again.
     */
    @Transactional
    public List<Survey> closePastCloseTime() {
        List<Survey> closed = new ArrayList<>();
        for (UUID id : surveys.lockOpenPastClose(now(), AUTO_CLOSE_BATCH)) {
            Survey survey = surveys.findSurvey(id, EVERYTHING, EVERYTHING, false)
                    .orElseThrow(() -> new NotFoundException(SUBJECT, id));
            closed.add(move(AUTO_CLOSE, survey, SurveyStatus.Action.CLOSE, "survey.closed"));
        }
        return closed;
    }

    // --- responses

    /**
     * The caller's organization answers the survey, once: checked field by field against the questionnaire first (400
     * naming every bad answer), then stored with all its answers in one transaction; a second response is 409.
     */
    @Transactional
    public SurveyResponse answer(CurrentUser user, UUID id, List<Answer> answers) {
        UUID organization = user.orgId().orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden"));
        DataScope scope = scopes.of(user);
        if (scope.isEmpty()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        Survey survey = find(user, id, false);
        Jurisdiction where = scope.subtrees().get(0);
        if (!survey.jurisdiction().contains(where)) {
            throw new RuleViolationException("organization-outside-survey", survey.jurisdiction().fullName());
        }
        survey.status().after(SurveyStatus.Action.ANSWER);
        Instant now = now();
        if (now.isBefore(survey.opensAt())) {
            throw new RuleViolationException("survey-not-yet-open", survey.opensAt());
        }
        if (!now.isBefore(survey.closesAt())) {
            throw new RuleViolationException("survey-closed", survey.closesAt());
        }
        List<FieldProblem> problems = AnswerCheck.problems(questionnaireOf(survey), answers);
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        SurveyResponse response = new SurveyResponse(UUID.randomUUID(), survey.id(), organization, where.code(),
                user.username(), now, List.copyOf(answers));
        if (!surveys.insert(response)) {
            throw new ConflictException("already-answered");
        }
        audit.record(user, "survey.answered", SUBJECT, survey.id(), survey.jurisdictionCode(), null,
                Map.of("responseId", response.id(), "organizationId", organization));
        return response;
    }

    /** The responses the caller may see: its own organization's, or those of the organizations where staff work. */
    @ReadOnly
    public List<SurveyResponse> responses(CurrentUser user, UUID id) {
        Survey survey = get(user, id);
        return surveys.responses(survey.id(), responsesOf(scopes.of(user)));
    }

    // --- results and plans

    /** The answers the caller may see, added up, with the response rates of the streets in the caller's scope. */
    @ReadOnly
    public Results results(CurrentUser user, UUID id) {
        Survey survey = get(user, id);
        DataScope scope = scopes.of(user);
        ScopeFilter responses = responsesOf(scope);
        SurveyResults.Figures figures = SurveyResults.aggregate(questionnaireOf(survey),
                surveys.rows(survey.id(), responses));
        return new Results(survey.id(), survey.status(), figures.respondents(), figures.questions(), figures.topics(),
                figures.areas(), rates(scope, survey, responses));
    }

    /** The course plan drafted from the top needs in the caller's scope (at most {@code top} areas). */
    @ReadOnly
    public List<CoursePlan.Item> proposePlan(CurrentUser user, UUID id, int top) {
        Survey survey = get(user, id);
        Questionnaire questionnaire = questionnaireOf(survey);
        return CoursePlan.propose(questionnaire,
                SurveyResults.aggregate(questionnaire, surveys.rows(survey.id(), responsesOf(scopes.of(user)))), top);
    }

    /** A course of the plan as staff accept it: the area and how the course is given. */
    public record AcceptedCourse(CourseArea area, String title, BigDecimal hours, List<Audience> audience,
            int completionPercent) {
    }

    /**
     * Accepts the plan of a closed survey for a place (the survey's or one inside it, where the caller works): each
     * accepted area must be among the needs of the answers given there, and becomes a course of the place's catalogue;
     * the plan's items then carry their courses. Once per survey and place.
     */
    @Transactional
    public List<CoursePlan.Item> acceptPlan(CurrentUser user, UUID id, Jurisdiction place,
            List<AcceptedCourse> accepted) {
        DataScope scope = scopes.of(user);
        Survey survey = lock(user, id);
        scope.requireWritable(place, null);
        if (!survey.jurisdiction().contains(place)) {
            throw new RuleViolationException("plan-outside-survey", survey.jurisdiction().fullName());
        }
        survey.status().after(SurveyStatus.Action.ACCEPT_PLAN);
        if (surveys.planAccepted(survey.id(), place.code())) {
            throw new ConflictException("plan-already-accepted", place.fullName());
        }
        Questionnaire questionnaire = questionnaireOf(survey);
        ScopeFilter there = responsesOf(scope).and("r.organization_jurisdiction LIKE :scope_plan_place",
                Map.of("scope_plan_place", place.significantPrefix() + "%"));
        List<CoursePlan.Item> proposed = CoursePlan.propose(questionnaire,
                SurveyResults.aggregate(questionnaire, surveys.rows(survey.id(), there)), PLAN_SIZE);
        List<FieldProblem> problems = new ArrayList<>();
        Set<CourseArea> seen = new HashSet<>();
        for (int i = 0; i < accepted.size(); i++) {
            CourseArea area = accepted.get(i).area();
            if (!seen.add(area)) {
                problems.add(new FieldProblem("courses[" + i + "].area", "SurveyPlan.area.duplicate"));
            } else if (proposed.stream().noneMatch(item -> item.area() == area)) {
                problems.add(new FieldProblem("courses[" + i + "].area", "SurveyPlan.area.notNeeded"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        Instant now = now();
        List<CoursePlan.Item> plan = new ArrayList<>();
        for (CoursePlan.Item item : proposed) {
            Optional<AcceptedCourse> taken = accepted.stream().filter(a -> a.area() == item.area()).findFirst();
            if (taken.isEmpty()) {
                plan.add(item);
                continue;
            }
            AcceptedCourse a = taken.get();
            Course course = courses.create(user, place, a.title(), a.area(), a.hours(), a.audience(), List.of(),
                    a.completionPercent());
            surveys.insertPlanItem(survey.id(), place.code(), item, course.id(), user.username(), now);
            plan.add(new CoursePlan.Item(item.rank(), item.area(), item.respondents(), item.share(), item.mentions(),
                    item.scaleMean(), item.topics(), course.id()));
        }
        audit.record(user, "survey.plan-accepted", SUBJECT, survey.id(), survey.jurisdictionCode(), null,
                Map.of("jurisdiction", place.code(), "courses", surveys.acceptedCourses(survey.id(), place.code())));
        return plan;
    }

    /** A survey's results as the caller sees them. */
    public record Results(UUID surveyId, SurveyStatus status, int respondents,
            List<SurveyResults.QuestionResult> questions, List<SurveyResults.Demand<String>> topics,
            List<SurveyResults.Demand<CourseArea>> areas, ResponseRates responseRates) {
    }

    /**
     * Responses against the organizations the registry counts (filed community organizations and registered ones), in
     * all and per street; {@code rate} in percent, absent where the registry counts none.
     */
    public record ResponseRates(long organizations, long responded, BigDecimal rate, List<StreetRate> streets) {
    }

    public record StreetRate(Jurisdiction street, long organizations, long responded, BigDecimal rate) {
    }

    private ResponseRates rates(DataScope scope, Survey survey, ScopeFilter responses) {
        Jurisdiction target = survey.jurisdiction();
        List<Jurisdiction> streets = (target.tier() == Tier.STREET ? List.of(target) : target.children()).stream()
                .filter(street -> scope.subtrees().stream().anyMatch(s -> s.contains(street) || street.contains(s)))
                .toList();
        Map<String, Long> responded = surveys.respondedByStreet(survey.id(), responses);
        Map<String, Long> organizations = streets.isEmpty() ? Map.of()
                : registry.organizationsByStreet(target.code());
        List<StreetRate> rows = streets.stream().map(street -> {
            long counted = organizations.getOrDefault(street.code(), 0L);
            long answered = responded.getOrDefault(street.code(), 0L);
            return new StreetRate(street, counted, answered, rate(answered, counted));
        }).toList();
        long counted = rows.stream().mapToLong(StreetRate::organizations).sum();
        long answered = rows.stream().mapToLong(StreetRate::responded).sum();
        return new ResponseRates(counted, answered, rate(answered, counted), rows);
    }

    private static BigDecimal rate(long responded, long organizations) {
        return organizations == 0 ? null : SurveyResults.percent(responded, organizations);
    }

    // --- helpers

    private Survey find(CurrentUser user, UUID id, boolean lock) {
        DataScope scope = scopes.of(user);
        return surveys.findSurvey(id, Offered.filter(scope, "s.jurisdiction_code"), responsesOf(scope), lock)
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    private Survey lock(CurrentUser user, UUID id) {
        return find(user, id, true);
    }

    /** The survey under its row lock, for staff who work where it is sent. */
    private Survey lockToManage(CurrentUser user, UUID id) {
        Survey survey = lock(user, id);
        scopes.of(user).requireWritable(survey.jurisdiction(), null);
        return survey;
    }

    private Survey move(String actor, Survey survey, SurveyStatus.Action action, String event) {
        SurveyStatus next = survey.status().after(action);
        Survey moved = survey.moved(next, now());
        surveys.updateStatus(survey.id(), next, moved.updatedAt());
        audit.record(actor, event, SUBJECT, survey.id(), survey.jurisdictionCode(), survey.status(), next);
        return moved;
    }

    /** A visible survey's questionnaire (it may lie above the caller's place: a county questionnaire on a street). */
    private Questionnaire questionnaireOf(Survey survey) {
        return surveys.findQuestionnaire(survey.questionnaireId(), EVERYTHING)
                .orElseThrow(() -> new NotFoundException(QUESTIONNAIRE, survey.questionnaireId()));
    }

    private static ScopeFilter responsesOf(DataScope scope) {
        return scope.filter("r.organization_jurisdiction", "r.organization_id");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
