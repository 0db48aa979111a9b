package cn.incubator.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.training.course.Audience;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.TrainingSession;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Enrolment with a waiting list, against a real PostgreSQL. */
class EnrolmentServiceIT extends TrainingIT {

    @Autowired
    EnrolmentService enrolments;
    @Autowired
    SessionService sessions;
    @Autowired
    Fixtures fixtures;

    @Test
    void pastTheCapacityPeopleWaitAndTheFirstWaitingMovesUpWhenAnEnrolledPersonCancels() {
        TrainingSession session = fixtures.openSession(XINGSHA_HUB, "430121001000", 2, 1);
        Enrolment zhang = enrolments.enrol(FEDERATION_ADMIN, session.id(), "张伟", Audience.ORGANIZATION_LEADER);
        Enrolment li = enrolments.enrol(ELDERLY_ADMIN, session.id(), "李娜", Audience.HUB_STAFF);
        Enrolment wang = enrolments.enrol(FEDERATION_ADMIN, session.id(), "王芳", Audience.HUB_STAFF);
        Enrolment zhao = enrolments.enrol(ELDERLY_ADMIN, session.id(), "赵磊", Audience.HUB_STAFF);
        assertThat(List.of(zhang.status(), li.status(), wang.status(), zhao.status())).containsExactly(
                EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED,
                EnrolmentStatus.WAITLISTED);
        assertThatThrownBy(() -> enrolments.enrol(FEDERATION_ADMIN, session.id(), "张伟", Audience.HUB_STAFF))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.slug()).isEqualTo("already-enrolled"));

        // an organization sees and cancels only its own people
        assertThat(enrolments.list(ELDERLY_ADMIN, session.id(), null)).extracting(Enrolment::personName)
                .containsExactly("李娜", "赵磊");
        assertThatThrownBy(() -> enrolments.cancel(ELDERLY_ADMIN, zhang.id())).isInstanceOf(NotFoundException.class);

        assertThat(enrolments.cancel(FEDERATION_ADMIN, zhang.id()).status()).isEqualTo(EnrolmentStatus.CANCELLED);
        assertThat(enrolments.get(XINGSHA_HUB, wang.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolments.get(XINGSHA_HUB, zhao.id()).status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        // a waiting person cancelling moves nobody
        enrolments.cancel(ELDERLY_ADMIN, zhao.id());
        TrainingSession now = sessions.get(XINGSHA_HUB, session.id());
        assertThat(now.enrolled()).isEqualTo(2);
        assertThat(now.waitlisted()).isZero();
        assertThatThrownBy(() -> enrolments.cancel(FEDERATION_ADMIN, zhang.id()))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(sessions.timeline(XINGSHA_HUB, session.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action).containsExactly(
                "session.planned", "session.published", "enrolment.enrolled", "enrolment.enrolled",
                "enrolment.waitlisted", "enrolment.waitlisted", "enrolment.cancelled", "enrolment.moved-up",
                "enrolment.cancelled");
    }

    @Test
    void concurrentEnrolmentsNeverExceedTheCapacity() throws Exception {
        TrainingSession session = fixtures.openSession(XINGSHA_HUB, "430121001000", 5, 1);
        int callers = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Enrolment>> results = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                CurrentUser admin = Callers.orgAdmin("admin-" + i, UUID.randomUUID(), "430121001000");
                String name = "学员" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return enrolments.enrol(admin, session.id(), name, Audience.SOCIAL_WORKER);
                }));
            }
            start.countDown();
            for (Future<Enrolment> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(results.stream().map(EnrolmentServiceIT::get).filter(e -> e.status() == EnrolmentStatus.ENROLLED))
                .hasSize(5);
        assertThat(jdbc.sql("SELECT count(*) FROM enrolment WHERE session_id = :s AND status = 'ENROLLED'")
                .param("s", session.id()).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM enrolment WHERE session_id = :s AND status = 'WAITLISTED'")
                .param("s", session.id()).query(Integer.class).single()).isEqualTo(callers - 5);
    }

    @Test
    void aForeignStreetAWrongRoleAndALateEnrolmentAreRefusedWithNothingStored() {
        assertThatThrownBy(() -> fixtures.openSession(LANGLI_HUB, "430121001000", 5, 1))
                .isInstanceOf(OutOfScopeException.class);
        TrainingSession session = fixtures.openSession(XINGSHA_HUB, "430121001000", 5, 1);
        assertThatThrownBy(() -> enrolments.enrol(DRAGON_BOAT_ADMIN, session.id(), "龙舟队员", Audience.HUB_STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrolments.enrol(XINGSHA_HUB, session.id(), "枢纽人员", Audience.HUB_STAFF))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("forbidden"));
        CLOCK.stoppedAt = session.enrolmentDeadline().plus(Duration.ofMinutes(1));
        assertThatThrownBy(() -> enrolments.enrol(FEDERATION_ADMIN, session.id(), "迟到者", Audience.HUB_STAFF))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("enrolment-closed"));
        assertThat(sessions.get(XINGSHA_HUB, session.id()).enrolled()).isZero();
        // a county course is seen in every street below; a street session is not seen in another street
        assertThat(sessions.list(DRAGON_BOAT_ADMIN, null, null)).extracting(TrainingSession::id)
                .doesNotContain(session.id());
        assertThat(sessions.get(FEDERATION_ADMIN, session.id()).jurisdiction())
                .isEqualTo(Jurisdiction.of("430121001000"));
    }

    private static Enrolment get(Future<Enrolment> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
