package cn.incubator.training.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.Course;
import cn.incubator.training.course.CourseArea;
import cn.incubator.training.course.CourseService;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.TrainingSession;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Trainers are chosen from the registry's talent pool (人才库) over gRPC, as the planner sees it: an unknown trainer is
 * a 400 naming the field, a registry slower than the deadline a retryable 503, and in both cases nothing is stored.
 */
class TrainersFromTheTalentPoolIT extends TrainingIT {

    @Autowired
    CourseService courses;
    @Autowired
    SessionService sessions;
    @Autowired
    Fixtures fixtures;

    @Test
    void aCourseWhoseTrainersAreInThePoolIsAddedAndThePoolIsAskedWithThePlannersToken() {
        UUID wu = UUID.randomUUID();
        Callers.on(XINGSHA_HUB);

        Course course = create(XINGSHA_HUB, "品牌建设实务", List.of(wu));

        assertThat(course.trainerIds()).containsExactly(wu);
        assertThat(REGISTRY.asked).last().satisfies(r -> assertThat(r.getIdsList()).containsExactly(wu.toString()));
        assertThat(REGISTRY.tokens).last().isEqualTo("Bearer token-of-xingsha-hub");
    }

    @Test
    void anUnknownTrainerIsRefusedNamingItsPlaceInTheListAndNoCourseIsStored() {
        UUID known = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        REGISTRY.unknown.add(stranger.toString());
        int before = courses.list(COUNTY_OFFICER, CourseArea.BRAND_BUILDING).size();

        assertThatThrownBy(() -> create(XINGSHA_HUB, "未知讲师的课程", List.of(known, stranger)))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.fieldProblems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("trainerIds[1]");
                        assertThat(p.code()).isEqualTo("TalentPool.unknown");
                    });
                });
        assertThat(courses.list(COUNTY_OFFICER, CourseArea.BRAND_BUILDING)).hasSize(before);
    }

    @Test
    void aSessionWhoseTrainerAccountIsNotInThePoolIsRefusedNamingTrainerAndNotPlanned() {
        Course course = fixtures.course();
        REGISTRY.unknown.add("nobody-trainer");
        int before = sessions.list(COUNTY_OFFICER, course.id(), null).size();

        assertThatThrownBy(() -> plan(course, "nobody-trainer"))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("trainer");
                            assertThat(p.code()).isEqualTo("TalentPool.unknownAccount");
                        }));
        assertThat(sessions.list(COUNTY_OFFICER, course.id(), null)).hasSize(before);

        TrainingSession planned = plan(course, "trainer-demo");
        assertThat(planned.trainer()).isEqualTo("trainer-demo");
        assertThat(REGISTRY.asked).last().satisfies(r ->
                assertThat(r.getUsernamesList()).containsExactly("trainer-demo"));
    }

    @Test
    void aRegistrySlowerThanTheDeadlineIsARetryable503AndNothingIsStored() {
        Course course = fixtures.course();
        int coursesBefore = courses.list(COUNTY_OFFICER, CourseArea.FINANCE_AND_TAX).size();
        int sessionsBefore = sessions.list(COUNTY_OFFICER, course.id(), null).size();
        REGISTRY.delayMillis = 3_000;

        assertThatThrownBy(() -> create(COUNTY_BASE, "财税管理", List.of(UUID.randomUUID())))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.slug()).isEqualTo("dependency-unavailable");
                    assertThat(e.properties()).containsEntry("retryable", true);
                });
        assertThatThrownBy(() -> plan(course, "trainer-demo"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThat(courses.list(COUNTY_OFFICER, CourseArea.FINANCE_AND_TAX)).hasSize(coursesBefore);
        assertThat(sessions.list(COUNTY_OFFICER, course.id(), null)).hasSize(sessionsBefore);
    }

    private Course create(cn.incubator.platform.identity.CurrentUser user, String title, List<UUID> trainers) {
        Jurisdiction place = Jurisdiction.of(user.jurisdictions().get(0).code());
        CourseArea area = title.startsWith("财税") ? CourseArea.FINANCE_AND_TAX : CourseArea.BRAND_BUILDING;
        return courses.create(user, place, title, area, new BigDecimal("3.0"), List.of(Audience.ORGANIZATION_LEADER),
                trainers, 80);
    }

    private TrainingSession plan(Course course, String trainer) {
        return sessions.plan(XINGSHA_HUB, new SessionService.Plan(course.id(), Jurisdiction.of("430121001000"),
                "第二期", TrainingSession.Mode.ONSITE, "星沙街道社会组织服务中心", null, 30,
                Fixtures.FIRST_SITTING.minus(Duration.ofDays(1)), trainer,
                List.of(new TrainingSession.Sitting(0, Fixtures.FIRST_SITTING,
                        Fixtures.FIRST_SITTING.plus(Duration.ofHours(2))))));
    }
}
