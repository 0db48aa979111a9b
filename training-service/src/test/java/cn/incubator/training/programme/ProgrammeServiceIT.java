package cn.incubator.training.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.training.attendance.Attendance;
import cn.incubator.training.attendance.AttendanceService;
import cn.incubator.training.attendance.AttendanceStatus;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.Course;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.TrainingSession;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Programmes (培训项目): sessions belong to one within its place, a partner's co-funding is an exact amount, brand
 * projects log coaching per phase, and a partner reads only what it co-funds (any other programme is 404).
 */
class ProgrammeServiceIT extends TrainingIT {

    private static final CurrentUser DEMO_FOUNDATION = partner("demo-foundation", "430100000000");
    private static final CurrentUser OTHER_FOUNDATION = partner("other-foundation", "430100000000");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionService sessions;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    AttendanceService attendance;
    @Autowired
    Fixtures fixtures;

    static CurrentUser partner(String partnerId, String jurisdiction) {
        return new CurrentUser(partnerId, "service-account-" + partnerId, Set.of(Role.PARTNER),
                List.of(Jurisdiction.of(jurisdiction)), Optional.empty(), Optional.of(partnerId));
    }

    @Test
    void aPartnerSeesTheSessionsAndPersonTimesOfWhatItCoFundsAndNothingElse() {
        Programme youth = create(COUNTY_BASE, "430121000000", ProgrammeKind.YOUTH_CAPACITY);
        Programme other = create(COUNTY_BASE, "430121000000", ProgrammeKind.BACKBONE_ROTATION);
        programmes.coFund(COUNTY_OFFICER, youth.id(), "demo-foundation", "长沙市乐创公益慈善基金会",
                new BigDecimal("700000.00"), LocalDate.of(2025, 3, 5));
        programmes.coFund(COUNTY_OFFICER, youth.id(), "other-foundation", "另一基金会", new BigDecimal("0.01"),
                LocalDate.of(2025, 3, 6));
        programmes.coFund(COUNTY_OFFICER, other.id(), "other-foundation", "另一基金会", new BigDecimal("1000.50"),
                LocalDate.of(2025, 3, 6));

        TrainingSession session = runSession(youth.id(), 3);

        Programme seen = programmes.coFundedBy(DEMO_FOUNDATION, "demo-foundation", youth.id());
        assertThat(seen.coFunded()).isEqualByComparingTo("700000.00");
        assertThat(seen.sessions()).isEqualTo(1);
        assertThat(seen.personTimes()).isEqualTo(3);
        assertThat(seen.organizations()).isEqualTo(1);
        assertThat(programmes.coFundedBy(DEMO_FOUNDATION, "demo-foundation")).extracting(Programme::id)
                .contains(youth.id()).doesNotContain(other.id());
        assertThat(programmes.sessionsCoFundedBy(DEMO_FOUNDATION, "demo-foundation", youth.id()))
                .singleElement().satisfies(s -> {
                    assertThat(s.id()).isEqualTo(session.id());
                    assertThat(s.personTimes()).isEqualTo(3);
                });
        assertThatThrownBy(() -> programmes.coFundedBy(DEMO_FOUNDATION, "demo-foundation", other.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programmes.sessionsCoFundedBy(DEMO_FOUNDATION, "demo-foundation", other.id()))
                .isInstanceOf(NotFoundException.class);
        // the other partner's share is its own, exact to the fen
        assertThat(programmes.coFundedBy(OTHER_FOUNDATION, "other-foundation", youth.id()).coFunded())
                .isEqualByComparingTo("0.01");
        // staff see the whole co-funding
        assertThat(programmes.get(COUNTY_OFFICER, youth.id()).coFunded()).isEqualByComparingTo("700000.01");
        // a partner whose claim lies elsewhere sees nothing, co-funding or not
        assertThatThrownBy(() -> programmes.coFundedBy(partner("demo-foundation", "511800000000"), "demo-foundation",
                youth.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void brandProjectSupportLogsCoachingPerPhaseAndOtherKindsRefuseIt() {
        Programme brand = create(COUNTY_BASE, "430121000000", ProgrammeKind.BRAND_PROJECT_SUPPORT);
        for (CoachingPhase phase : CoachingPhase.values()) {
            programmes.coach(COUNTY_BASE, brand.id(), log(phase, LocalDate.of(2025, 4, 1)));
        }
        programmes.coach(COUNTY_BASE, brand.id(), log(CoachingPhase.DESIGN, LocalDate.of(2025, 4, 8)));
        assertThat(programmes.coachingByPhase(COUNTY_OFFICER, brand.id())).containsEntry(CoachingPhase.STRATEGY, 1L)
                .containsEntry(CoachingPhase.DESIGN, 2L).containsEntry(CoachingPhase.ADVOCACY, 1L);
        assertThat(programmes.coaching(XINGSHA_HUB, brand.id(), CoachingPhase.DESIGN)).hasSize(2);

        Programme salon = create(COUNTY_BASE, "430121000000", ProgrammeKind.SALON);
        assertThatThrownBy(() -> programmes.coach(COUNTY_BASE, salon.id(), log(CoachingPhase.STRATEGY,
                LocalDate.of(2025, 4, 1)))).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("coaching-needs-brand-support"));
        assertThatThrownBy(() -> programmes.coach(COUNTY_BASE, brand.id(), log(CoachingPhase.STRATEGY,
                LocalDate.of(2026, 1, 1)))).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("coaching-outside-programme"));
        assertThat(jdbc.sql("SELECT count(*) FROM coaching_session WHERE programme_id IN (:a, :b)")
                .param("a", brand.id()).param("b", salon.id()).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void aSessionBelongsToAProgrammeInItsPlaceOnlyAndAForeignProgrammeIsNotFound() {
        Programme xingsha = create(XINGSHA_HUB, "430121001000", ProgrammeKind.SALON);
        Programme langli = create(LANGLI_HUB, "430121004000", ProgrammeKind.SALON);
        Course course = fixtures.course();
        assertThatThrownBy(() -> plan(COUNTY_BASE, course, "430121000000", xingsha.id()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("session-outside-programme"));
        assertThatThrownBy(() -> plan(XINGSHA_HUB, course, "430121001000", langli.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programmes.get(XINGSHA_HUB, langli.id())).isInstanceOf(NotFoundException.class);
        assertThat(programmes.list(XINGSHA_HUB, null)).extracting(Programme::id).contains(xingsha.id())
                .doesNotContain(langli.id());
        assertThat(programmes.list(Callers.COUNTY_OFFICER, ProgrammeKind.SALON)).extracting(Programme::id)
                .contains(xingsha.id(), langli.id());
        assertThat(plan(XINGSHA_HUB, course, "430121001000", xingsha.id()).programmeId()).isEqualTo(xingsha.id());
    }

    private Programme create(CurrentUser by, String where, ProgrammeKind kind) {
        return programmes.create(by, new ProgrammeService.Plan(Jurisdiction.of(where), "项目 " + kind, kind, null,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)));
    }

    private static ProgrammeService.CoachingLog log(CoachingPhase phase, LocalDate on) {
        return new ProgrammeService.CoachingLog(FEDERATION, "长沙县星沙街道社区社会组织联合会", "邻里守望互助计划", phase, on,
                new BigDecimal("2.0"), "县基地督导", null);
    }

    private TrainingSession plan(CurrentUser by, Course course, String where, UUID programme) {
        Instant start = Fixtures.FIRST_SITTING;
        return sessions.plan(by, new SessionService.Plan(course.id(), Jurisdiction.of(where), "第一期",
                TrainingSession.Mode.ONSITE, "社会组织服务中心", null, 20, start.minus(Duration.ofDays(1)), null,
                List.of(new TrainingSession.Sitting(0, start, start.plus(Duration.ofHours(2)))), null, programme));
    }

    private TrainingSession runSession(UUID programme, int attending) {
        TrainingSession session = plan(XINGSHA_HUB, fixtures.course(), "430121001000", programme);
        sessions.publish(XINGSHA_HUB, session.id());
        List<Attendance.Call> calls = new java.util.ArrayList<>();
        for (int i = 0; i < attending; i++) {
            calls.add(new Attendance.Call(enrolments.enrol(FEDERATION_ADMIN, session.id(), "学员" + i,
                    Audience.ORGANIZATION_LEADER).id(), AttendanceStatus.PRESENT));
        }
        CLOCK.stoppedAt = Fixtures.FIRST_SITTING.plus(Duration.ofMinutes(5));
        attendance.rollCall(XINGSHA_HUB, session.id(), 1, calls);
        CLOCK.stoppedAt = null;
        return session;
    }
}
