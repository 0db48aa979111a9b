package cn.incubator.grants.award;

import static cn.incubator.grants.GrantTestData.COUNTY_OFFICER;
import static cn.incubator.grants.GrantTestData.FEDERATION_ADMIN;
import static cn.incubator.grants.GrantTestData.LANGLI_HUB;
import static cn.incubator.grants.GrantTestData.XINGSHA_HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.GrantTestData;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Project tracking of awards against a real PostgreSQL: visits, activities, the final evaluation. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class TrackingServiceIT {

    /**
     * The base operator records supervision visits and the third-party evaluator's result ({@code grants:tracking:write},
     * {@code grants:evaluation:write}); an expert holds neither until evaluations can be assigned to one.
     */
    private static final cn.incubator.platform.identity.CurrentUser OPERATOR = Callers.CITY_OPERATOR;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_award_it");
    }

    @Autowired
    AwardService awards;

    @Autowired
    TrackingService tracking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void visitsAndActivitiesAreLoggedWhileTheProjectRunsAndAddUpPerProgramme() {
        Award award = fixture().signed("20000.00", "10000.00", "10000.00");

        tracking.logVisit(OPERATOR, award.id(), Tracking.VisitKind.SUPERVISION, LocalDate.of(2026, 5, 12), "刘督导",
                "台账齐全，活动签到表规范");
        tracking.logActivity(FEDERATION_ADMIN, award.id(), LocalDate.of(2026, 5, 1), "邻里节便民服务", 150, 12);
        tracking.logActivity(XINGSHA_HUB, award.id(), LocalDate.of(2026, 5, 20), "重阳敬老文艺汇演", 200, 20);

        assertThat(tracking.visits(COUNTY_OFFICER, award.id())).singleElement()
                .satisfies(v -> assertThat(v.kind()).isEqualTo(Tracking.VisitKind.SUPERVISION));
        Tracking.ActivityTotals totals = tracking.activityTotals(XINGSHA_HUB, award.programmeId());
        assertThat(totals.projects()).isEqualTo(1);
        assertThat(totals.activities()).isEqualTo(2);
        assertThat(totals.personTimes()).isEqualTo(350);
        assertThat(totals.volunteerPersonTimes()).isEqualTo(32);
        assertThat(awards.timeline(COUNTY_OFFICER, award.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .contains("award.visit-logged", "award.activity-logged");
        assertThatThrownBy(() -> tracking.activityTotals(LANGLI_HUB, award.programmeId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracking.logActivity(LANGLI_HUB, award.id(), LocalDate.of(2026, 5, 1), "越界", 1, 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFinalEvaluationComesOnceAfterTheFinalReportWithAScoreFromZeroToHundred() {
        Award award = fixture().signed("10000.00", "10000.00");
        assertThatThrownBy(() -> evaluate(award, 86)).isInstanceOf(IllegalTransitionException.class);

        awards.release(XINGSHA_HUB, award.id(), 1);
        awards.pay(XINGSHA_HUB, award.id(), 1, "eval-" + award.id(), null);
        awards.submitReport(FEDERATION_ADMIN, award.id(), ReportKind.FINAL,
                new Outcomes(6, 480, 30, Yuan.of("2000.00")), "结项报告");
        awards.approveReport(XINGSHA_HUB, award.id(), ReportKind.FINAL);
        assertThatThrownBy(() -> tracking.logVisit(OPERATOR, award.id(), Tracking.VisitKind.COACHING,
                LocalDate.of(2026, 9, 1), "刘督导", "结项后")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> evaluate(award, 101)).isInstanceOf(FieldProblemException.class);

        Tracking.Evaluation evaluation = evaluate(award, 86);
        assertThat(evaluation.thirdParty()).isTrue();
        assertThat(tracking.evaluation(COUNTY_OFFICER, award.id())).contains(evaluation);
        assertThatThrownBy(() -> evaluate(award, 90)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.slug()).isEqualTo("evaluation-recorded"));
    }

    private Tracking.Evaluation evaluate(Award award, int score) {
        return tracking.evaluate(OPERATOR, award.id(), "湖南省社会组织评估中心", true, score,
                "目标达成，社区反响良好，建议持续资助", LocalDate.of(2026, 10, 15));
    }

    private AwardFixture fixture() {
        return new AwardFixture(awards, jdbc, transactions, events);
    }
}
