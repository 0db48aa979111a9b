package cn.incubator.registry.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.ExportSheets;
import cn.incubator.platform.test.service.StandInNode;
import cn.incubator.registry.node.NewNode;
import cn.incubator.registry.node.ServiceEndpoint;
import cn.incubator.registry.node.TierNodes;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// a generous time-out for the stand-in node: its first answer on a loaded machine is slow
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.federation.timeout=10s"})
class WeeklyActivityServiceIT {

    static final CurrentUser COUNTY = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000", null);
    static final CurrentUser LANGLI = user("langli-hub", Role.HUB_OPERATOR, "430121004000", null);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_weekly_it");
    }

    @Autowired
    WeeklyActivityService weekly;

    @Autowired
    OrganizationService organizations;

    @Autowired
    WeeklyActivityController controller;

    @Autowired
    cn.incubator.registry.node.NodeDirectoryService directory;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void twoOrganizationsAtTheSamePlaceBothSeeTheClashAndTheWeekIsCompiled() {
        Organization first = organization("星沙街道舞蹈队");
        Organization second = organization("星沙街道书画社");
        CurrentUser firstAdmin = user("first-admin", Role.ORG_ADMIN, "430121001000", first.id());
        CurrentUser secondAdmin = user("second-admin", Role.ORG_ADMIN, "430121001000", second.id());
        ActivityWeek week = ActivityWeek.of(LocalDate.of(2031, 6, 2));
        Instant start = week.start().plus(3, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);

        WeeklyActivityService.Submission one = weekly.submit(firstAdmin, activity(first, start, "星沙街道文化广场", 120));
        WeeklyActivityService.Submission two = weekly.submit(secondAdmin,
                activity(second, start.plus(1, ChronoUnit.HOURS), "星沙街道 文化广场", 80));

        assertThat(one.clashes()).isEmpty();
        assertThat(one.activity().late()).isFalse();
        assertThat(two.clashes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClashKind.PLACE);
            assertThat(c.first().id()).isEqualTo(one.activity().id());
            assertThat(c.second().id()).isEqualTo(two.activity().id());
        });
        assertThat(weekly.clashes(firstAdmin, one.activity().id(), null, null)).hasSize(1);
        assertThat(weekly.clashes(LANGLI, null, week, null)).isEmpty();
        assertThatThrownBy(() -> weekly.get(secondAdmin, one.activity().id())).isInstanceOf(NotFoundException.class);

        WeeklyViews.Compilation issue = weekly.compile(COUNTY, week, Jurisdiction.of("430121"));
        assertThat(issue.activities()).isEqualTo(2);
        assertThat(issue.expectedAttendees()).isEqualTo(200);
        assertThat(issue.clashes()).isEqualTo(1)
                .isEqualTo(weekly.clashes(COUNTY, null, week, Jurisdiction.of("430121")).size());
        assertThat(issue.byDistrict()).singleElement().satisfies(g -> assertThat(g.label()).isEqualTo("长沙县"));
        assertThat(issue.byCategory()).singleElement().satisfies(g -> assertThat(g.label()).isEqualTo("文化体育类"));
        assertThat(issue.byOrganization()).extracting(WeeklyViews.Group::label)
                .containsExactly(first.name(), second.name());
    }

    @Test
    void twoReportsOfTheSamePlaceAtTheSameMomentStillClashOnce() throws Exception {
        Organization first = organization("星沙街道太极队");
        Organization second = organization("星沙街道腰鼓队");
        Instant start = ActivityWeek.of(LocalDate.of(2031, 9, 1)).start().plus(30, ChronoUnit.HOURS);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<WeeklyActivityService.Submission>> submissions = pool.invokeAll(List.of(
                    () -> {
                        together.await();
                        return weekly.submit(COUNTY, activity(first, start, "星沙体育公园", 30));
                    },
                    () -> {
                        together.await();
                        return weekly.submit(COUNTY, activity(second, start, "星沙体育公园", 30));
                    }));
            int clashes = 0;
            for (java.util.concurrent.Future<WeeklyActivityService.Submission> submission : submissions) {
                clashes += submission.get().clashes().size();
            }
            assertThat(clashes).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aReportAfterTheDeadlineIsTakenButLateAndChecksCountActualAttendance() {
        Organization org = organization("星沙街道读书会");
        // this week's deadline was last week: a report now of an activity within the hour is late
        Instant lastWeek = Instant.now().plus(1, ChronoUnit.HOURS);

        WeeklyActivityService.Submission late = weekly.submit(COUNTY, activity(org, lastWeek, "星沙图书馆", 40));
        assertThat(late.activity().late()).isTrue();
        assertThatThrownBy(() -> weekly.correct(COUNTY, late.activity().id(), activity(org, lastWeek, "星沙公园", 40)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("weekly-deadline-passed"));
        assertThatThrownBy(() -> weekly.withdraw(COUNTY, late.activity().id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("weekly-deadline-passed"));

        assertThatThrownBy(() -> weekly.check(LANGLI, late.activity().id(), check(30)))
                .isInstanceOf(NotFoundException.class);
        weekly.check(COUNTY, late.activity().id(), check(35));

        LocalDate day = lastWeek.atZone(ActivityWeek.ZONE).toLocalDate();
        WeeklyViews.Cumulative figures = weekly.cumulative(COUNTY, Jurisdiction.of("430121001"), day, day);
        assertThat(figures.weeklyIssues()).isEqualTo(1);
        assertThat(figures.activities()).isEqualTo(1);
        assertThat(figures.attendees()).isEqualTo(35);
        assertThat(figures.expectedAttendees()).isEqualTo(40);
        assertThat(figures.checkedActivities()).isEqualTo(1);
        assertThat(figures.byWeek()).singleElement().satisfies(week -> {
            assertThat(week.week()).isEqualTo(ActivityWeek.of(lastWeek).toString());
            assertThat(week.activities()).isEqualTo(1);
            assertThat(week.attendees()).as("the check's actual attendance, as the total counts it").isEqualTo(35);
        });
    }

    @Test
    void aReportIsCorrectedOrWithdrawnBeforeTheDeadlineAndItsClashesFollow() {
        Organization first = organization("星沙街道舞龙队");
        Organization second = organization("星沙街道秧歌队");
        ActivityWeek week = ActivityWeek.of(LocalDate.of(2032, 3, 1));
        Instant start = week.start().plus(2, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS);
        WeeklyActivityService.Submission one = weekly.submit(COUNTY, activity(first, start, "星沙街道广场", 50));
        WeeklyActivityService.Submission two = weekly.submit(COUNTY, activity(second, start, "星沙街道广场", 60));
        assertThat(two.clashes()).hasSize(1);

        WeeklyActivityService.Submission moved = weekly.correct(COUNTY, two.activity().id(),
                activity(second, start, "星沙街道文体中心", 70));
        assertThat(moved.clashes()).isEmpty();
        assertThat(moved.activity().correctedAt()).isNotNull();
        assertThat(weekly.get(COUNTY, two.activity().id()).place()).isEqualTo("星沙街道文体中心");
        assertThat(weekly.clashes(COUNTY, one.activity().id(), null, null)).isEmpty();
        assertThatThrownBy(() -> weekly.correct(COUNTY, two.activity().id(), activity(first, start, "星沙街道广场", 1)))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("organizationId"));

        // moved back onto the square, the clash is found again
        assertThat(weekly.correct(COUNTY, two.activity().id(), activity(second, start, "星沙街道广场", 70)).clashes())
                .hasSize(1);
        weekly.withdraw(COUNTY, one.activity().id());
        assertThat(weekly.get(COUNTY, one.activity().id()).withdrawn()).isTrue();
        assertThat(weekly.list(COUNTY, week, null, null)).extracting(WeeklyActivity::id)
                .containsExactly(two.activity().id());
        assertThat(weekly.clashes(COUNTY, null, week, null)).isEmpty();
        WeeklyViews.Compilation issue = weekly.compile(COUNTY, week, null);
        assertThat(issue.activities()).isEqualTo(1);
        assertThat(issue.expectedAttendees()).isEqualTo(70);
        assertThat(issue.clashes()).isZero();
        assertThatThrownBy(() -> weekly.withdraw(COUNTY, one.activity().id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("weekly-activity-withdrawn"));
    }

    @Test
    void theSameReportTwiceIsRecognisedAndAnActivityAlreadyBegunIsRefused() {
        Organization org = organization("星沙街道志愿服务队");
        Instant start = ActivityWeek.of(LocalDate.of(2032, 5, 3)).start().plus(40, ChronoUnit.HOURS);
        WeeklyActivityService.Submission first = weekly.submit(COUNTY, activity(org, start, "星沙街道社区中心", 20));

        assertThatThrownBy(() -> weekly.submit(COUNTY, activity(org, start, "星沙街道  社区中心", 20)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.slug()).isEqualTo("weekly-activity-duplicate");
                    assertThat(e.args()).containsExactly(first.activity().id());
                });
        assertThatThrownBy(() -> weekly.submit(COUNTY, activity(org, Instant.now().minus(1, ChronoUnit.HOURS),
                "星沙街道社区中心", 20)))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("startsAt"));
    }

    @Test
    void aWeekIsAboutTheCallersOwnAreaAndAnotherStreetIsNotFound() {
        ActivityWeek week = ActivityWeek.of(LocalDate.of(2032, 6, 7));
        WeeklyViews.Compilation own = weekly.compile(LANGLI, week, null);
        assertThat(own.jurisdiction().code()).isEqualTo("430121004000");
        assertThat(weekly.compile(LANGLI, week, Jurisdiction.of("430121004000")).jurisdiction().name())
                .isEqualTo(own.jurisdiction().name());
        assertThatThrownBy(() -> weekly.compile(LANGLI, week, Jurisdiction.of("430121001000")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> weekly.list(LANGLI, week, Jurisdiction.of("430121000000"), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> weekly.clashes(LANGLI, null, week, Jurisdiction.of("430121001000")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHubCannotReportForAnOrganizationOfAnotherStreet() {
        Organization org = organization("星沙街道合唱团");

        assertThatThrownBy(() -> weekly.submit(LANGLI, activity(org, Instant.now(), "星沙广场", 10)))
                .isInstanceOf(NotFoundException.class);
        CurrentUser langliOperatorWithWideRead = user("x", Role.BASE_OPERATOR, "430121004000", null);
        assertThatThrownBy(() -> weekly.submit(langliOperatorWithWideRead, activity(org, Instant.now(), "星沙广场", 10)))
                .isInstanceOfAny(NotFoundException.class, OutOfScopeException.class);
    }

    @Test
    void theCountysWeekExportHasTheStreetNodesActivitiesOfThatWeekInStartOrder() throws java.io.IOException {
        Organization here = organization("星沙街道合唱团");
        CurrentUser admin = user("choir-admin", Role.ORG_ADMIN, "430121001000", here.id());
        ActivityWeek week = ActivityWeek.of(LocalDate.of(2032, 3, 10));
        WeeklyActivity local = weekly.submit(admin, activity(here, week.start().plus(2, ChronoUnit.DAYS),
                "星沙街道合唱排练厅", 40)).activity();
        WeeklyActivityController.ActivityResponse first = nodeActivity("榔梨街道龙舟训练", week.start()
                .plus(1, ChronoUnit.HOURS));
        WeeklyActivityController.ActivityResponse last = nodeActivity("榔梨街道读书会", week.start()
                .plus(6, ChronoUnit.DAYS));
        TierNodes.clear(jdbc);
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .holds("/api/registry/v1/weekly/activities", List.of(first, last))) {
            directory.register(Callers.ADMIN, new NewNode("langli", "430121004000", java.util.Map.of("registry",
                    new ServiceEndpoint(node.base(), null))));
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/registry/v1/weekly/activities/export");
            request.addHeader("Authorization", StandInNode.AUTHORIZATION);
            request.addParameter("week", week.toString());
            MockHttpServletResponse response = new MockHttpServletResponse();
            byte[] xlsx = controller.listWorkbook(COUNTY, week.toString(), null, null, request, response).getBody();
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            List<List<String>> rows = ExportSheets.sheet(xlsx, 0);
            assertThat(rows).extracting(row -> row.get(1)).containsExactly("榔梨街道龙舟训练", "周末活动", "榔梨街道读书会");
            assertThat(rows.get(1)).contains(local.organizationName(), "星沙街道合唱排练厅",
                    "星沙街道", "40", "138****5678");
            assertThat(rows.get(0).subList(4, 11)).containsExactly("榔梨街道龙舟码头", "㮾梨街道", "30", "5", "",
                    "李四", "139****0000");
            assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri)
                    .startsWith("/api/registry/v1/weekly/activities?").contains("week=" + week));
        } finally {
            TierNodes.clear(jdbc);
        }
        try {
            directory.register(Callers.ADMIN, new NewNode("langli", "430121004000", java.util.Map.of("registry",
                    new ServiceEndpoint(StandInNode.deadBase(), null))));
            MockHttpServletResponse partial = new MockHttpServletResponse();
            byte[] without = controller.listWorkbook(COUNTY, week.toString(), null, null,
                    new MockHttpServletRequest(), partial).getBody();
            assertThat(partial.getHeader("Incubator-Partial")).isEqualTo("langli=unavailable");
            assertThat(ExportSheets.sheet(without, 0)).extracting(row -> row.get(1)).containsExactly("周末活动");
            assertThat(ExportSheets.sheetNames(without)).containsExactly("活动明细", "未包含的节点");
        } finally {
            TierNodes.clear(jdbc);
        }
    }

    private static WeeklyActivityController.ActivityResponse nodeActivity(String title, Instant start) {
        return new WeeklyActivityController.ActivityResponse(UUID.randomUUID(), UUID.randomUUID(), "榔梨街道龙舟协会",
                title, start, start.plus(2, ChronoUnit.HOURS), ActivityWeek.of(start).toString(), "榔梨街道龙舟码头",
                Jurisdiction.of("430121004000"), 30, 5, null, "李四", "139****0000", Instant.parse("2032-01-01T00:00:00Z"),
                null, false, null, null);
    }

    private Organization organization(String name) {
        return organizations.create(COUNTY, new OrganizationService.NewOrganization(
                name + UUID.randomUUID().toString().substring(0, 4), LegalForm.COMMUNITY_ORGANIZATION, null,
                "430121001000", Category.CULTURE_SPORTS, null, java.time.LocalDate.now())).organization();
    }

    private static WeeklyActivityService.NewActivity activity(Organization org, Instant start, String place,
            int attendees) {
        return new WeeklyActivityService.NewActivity(org.id(), "周末活动", start, start.plus(2, ChronoUnit.HOURS),
                place, "430121001000", attendees, 5, null, "张三", "13812345678");
    }

    private static WeeklyActivityService.NewCheck check(int attendance) {
        return new WeeklyActivityService.NewCheck(CheckMethod.VIDEO, "李督导", Instant.now(),
                CheckResult.HELD_AS_REPORTED, attendance, null);
    }

    static CurrentUser user(String name, Role role, String jurisdiction, UUID orgId) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                Optional.ofNullable(orgId), Optional.empty());
    }
}
