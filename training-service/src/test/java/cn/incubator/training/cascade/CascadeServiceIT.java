package cn.incubator.training.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.attendance.Attendance;
import cn.incubator.training.attendance.AttendanceService;
import cn.incubator.training.attendance.AttendanceStatus;
import cn.incubator.training.course.Course;
import cn.incubator.training.enrolment.Enrolment;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.course.Audience;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.TrainingSession;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import cn.incubator.platform.identity.CurrentUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cascade (研发+重点+推广): the county base releases courseware and trains hub staff centrally, the Xingsha hub
 * runs the same version in its street, and the reach counts each street's sessions and person-times from the
 * attendance rows: the county sees every street (Langli not yet run), a hub its own street.
 */
class CascadeServiceIT extends TrainingIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CascadeService cascade;
    @Autowired
    SessionService sessions;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    AttendanceService attendance;

    @Test
    void aHubRunsTheCountysCoursewareInItsStreetAndTheCountySeesTheReach() {
        Course course = fixtures.course();
        CoursewareVersion v1 = cascade.release(COUNTY_BASE, course.id(), "2025版", "备案流程与培育路径");
        CoursewareVersion v2 = cascade.release(COUNTY_BASE, course.id(), "2025修订版", "增补备案新规");
        assertThatThrownBy(() -> cascade.release(COUNTY_BASE, course.id(), "2025版", "重复"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("courseware-label-taken"));
        assertThatThrownBy(() -> cascade.release(XINGSHA_HUB, course.id(), "街道版", "街道自行改编"))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(cascade.versions(XINGSHA_HUB, course.id())).extracting(CoursewareVersion::label)
                .containsExactly("2025修订版", "2025版");

        TrainingSession central = runSession(COUNTY_BASE, course, "430121000000", v1.id(), 3);
        TrainingSession street = runSession(XINGSHA_HUB, course, "430121001000", v1.id(), 2);
        assertThat(street.coursewareVersionId()).isEqualTo(v1.id());
        assertThat(sessions.get(COUNTY_OFFICER, street.id()).coursewareVersion()).isEqualTo("2025版");

        Reach county = cascade.reach(COUNTY_OFFICER, course.id(), null);
        assertThat(county.central().sessions()).isEqualTo(1);
        assertThat(county.central().personTimes()).isEqualTo(3);
        assertThat(county.places()).hasSize(Jurisdiction.of("430121000000").children().size());
        Reach.Node xingsha = county.places().stream()
                .filter(n -> n.jurisdiction().code().equals("430121001000")).findFirst().orElseThrow();
        assertThat(xingsha.versions()).containsExactly(new Reach.VersionRun(v1.id(), "2025版", 1, 2));
        assertThat(county.placesReached()).isEqualTo(1);
        assertThat(county.notYetRun()).extracting(Jurisdiction::code).contains("430121004000")
                .doesNotContain("430121001000");
        assertThat(county.personTimes()).isEqualTo(5);
        assertThat(county.sessions()).isEqualTo(2);

        Reach hub = cascade.reach(XINGSHA_HUB, course.id(), null);
        assertThat(hub.central()).isNull();
        assertThat(hub.places()).extracting(n -> n.jurisdiction().code()).containsExactly("430121001000");
        assertThat(hub.personTimes()).isEqualTo(2);
        Reach langli = cascade.reach(LANGLI_HUB, course.id(), null);
        assertThat(langli.notYetRun()).extracting(Jurisdiction::code).containsExactly("430121004000");
        assertThat(langli.personTimes()).isZero();

        assertThat(cascade.reach(COUNTY_OFFICER, course.id(), v2.id()).personTimes()).isZero();
        assertThat(cascade.reach(COUNTY_OFFICER, course.id(), v1.id()).personTimes()).isEqualTo(5);
        assertThatThrownBy(() -> cascade.reach(COUNTY_OFFICER, course.id(), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSessionRunsOnlyItsOwnCoursesCoursewareAndNothingIsStoredOtherwise() {
        Course course = fixtures.course();
        Course other = fixtures.course();
        CoursewareVersion foreign = cascade.release(COUNTY_BASE, other.id(), "2025版", "另一门课");
        long before = jdbc.sql("SELECT count(*) FROM training_session").query(Long.class).single();
        assertThatThrownBy(() -> plan(XINGSHA_HUB, course, "430121001000", foreign.id()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("courseware-of-another-course"));
        assertThat(jdbc.sql("SELECT count(*) FROM training_session").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCourseOutOfSightHasNoReachForTheCaller() {
        Course xingshaCourse = fixtures.course(XINGSHA_HUB, "430121001000");
        assertThatThrownBy(() -> cascade.reach(LANGLI_HUB, xingshaCourse.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cascade.versions(LANGLI_HUB, xingshaCourse.id())).isInstanceOf(NotFoundException.class);
    }

    private TrainingSession plan(CurrentUser by, Course course, String where, UUID version) {
        Instant start = Fixtures.FIRST_SITTING;
        return sessions.plan(by, new SessionService.Plan(course.id(), Jurisdiction.of(where), "第一期",
                TrainingSession.Mode.ONSITE, "社会组织服务中心", null, 20, start.minus(Duration.ofDays(1)), null,
                List.of(new TrainingSession.Sitting(0, start, start.plus(Duration.ofHours(2)))), version, null));
    }

    /** Plans, opens, enrols {@code attending + 1} people and calls the roll: all present but one absent. */
    private TrainingSession runSession(CurrentUser by, Course course, String where, UUID version, int attending) {
        TrainingSession session = plan(by, course, where, version);
        sessions.publish(by, session.id());
        List<Attendance.Call> calls = new java.util.ArrayList<>();
        for (int i = 0; i <= attending; i++) {
            Enrolment e = enrolments.enrol(FEDERATION_ADMIN, session.id(), "学员" + i, Audience.HUB_STAFF);
            calls.add(new Attendance.Call(e.id(), i < attending ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT));
        }
        CLOCK.stoppedAt = Fixtures.FIRST_SITTING.plus(Duration.ofMinutes(5));
        attendance.rollCall(by, session.id(), 1, calls);
        CLOCK.stoppedAt = null;
        return session;
    }
}
