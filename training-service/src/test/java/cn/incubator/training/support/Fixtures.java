package cn.incubator.training.support;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.Course;
import cn.incubator.training.course.CourseArea;
import cn.incubator.training.course.CourseService;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.TrainingSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Courses and open sessions for service tests. */
@Component
public class Fixtures {

    /** Where the first sitting of every fixture session starts: a week ahead, at a whole hour. */
    public static final Instant FIRST_SITTING = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    private final CourseService courses;
    private final SessionService sessions;

    Fixtures(CourseService courses, SessionService sessions) {
        this.courses = courses;
        this.sessions = sessions;
    }

    public Course course() {
        return course(TrainingIT.COUNTY_BASE, "430121000000");
    }

    /** A course offered in {@code jurisdiction} by {@code by}. */
    public Course course(CurrentUser by, String jurisdiction) {
        return courses.create(by, Jurisdiction.of(jurisdiction), "社区社会组织备案与培育",
                CourseArea.COMMUNITY_FILING_AND_CULTIVATION, new BigDecimal("6.0"),
                List.of(Audience.ORGANIZATION_LEADER, Audience.HUB_STAFF), List.of(UUID.randomUUID()), 75);
    }

    /** An open session of a new course, held by the Xingsha hub, with {@code sittings} sittings of two hours a day. */
    public TrainingSession openSession(CurrentUser hub, String jurisdiction, int capacity, int sittings) {
        Course course = course();
        List<TrainingSession.Sitting> plan = new ArrayList<>();
        for (int i = 0; i < sittings; i++) {
            Instant start = FIRST_SITTING.plus(Duration.ofDays(i));
            plan.add(new TrainingSession.Sitting(0, start, start.plus(Duration.ofHours(2))));
        }
        TrainingSession session = sessions.plan(hub, new SessionService.Plan(course.id(), Jurisdiction.of(jurisdiction),
                "第一期", TrainingSession.Mode.ONSITE, "星沙街道社会组织服务中心", null, capacity,
                FIRST_SITTING.minus(Duration.ofDays(1)), "trainer-demo", plan));
        return sessions.publish(hub, session.id());
    }
}
