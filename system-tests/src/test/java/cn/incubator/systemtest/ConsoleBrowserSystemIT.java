package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The web console in a real browser: Debian's headless {@code chromium} driven by {@code playwright-core} (installed
 * by the console module's {@code npm ci}) runs {@code console/e2e/console.e2e.mjs} against the running platform. It logs
 * in through Keycloak's own page (authorization code + PKCE) as the county officer (dashboards with the demo data,
 * the roll-up across tier nodes naming its nodes, grants applied, awarded, disbursed and outcomes as the grant service
 * summed them), as Ejin Horo's officer (the banner's 52 proposals, 12 awards sharing ¥440,000.00 and 3.6
 * organizations per 10,000 residents), as Ya'an's centre operator (the leaders' weekly chart: 68 issues, 5,486
 * activities, 251,853 attendees, one bar per issue),
 * a 2-character registry search, a profile with its verified timeline, the English switch, a real log-out), as a
 * street hub (only its street), as an org-admin (a weekly pre-report that clashes shows the warning) and as an expert
 * (only its reviews; the officer's pages refused in the console and their
 * calls refused by the API), as the org-admin for notices (站内信): the bell's badge counts the unread ones,
 * the notifications page shows the weekly pre-report deadline, marking one read lowers the badge, and the expert and
 * the hub have no such notice; as a base operator (the incubation case board by its five stages, with the transitions
 * it may perform, exported to Excel), as a party instructor (the party case board of its assigned organizations) and
 * as the county officer again (the operation log across services, an entry's before and after). Then the grant
 * screens ({@code console/e2e/grants.e2e.mjs}): the county officer reads a final round's ranking and allocation as
 * the service computed it (yuan to the cent), sees only the transitions the open call allows and pays a released
 * tranche; the org-admin's proposal to the county call is refused field by field, then saved and submitted; the county
 * officer sets up a programme (项目计划: a pool from two fundings and a capped plan, its pool, committed and available
 * shown to the cent), drafts a round from it whose call closes before it opens (the service's field error shows under
 * the closing date, nothing is stored), saves the corrected draft with a four-criterion rubric and opens the call
 * from the round's page.
 * Then the talent pool, needs and 我的组织 ({@code console/e2e/org.e2e.mjs}): the county officer sees a person's ID
 * number and phone exactly as the registry masks them (never in clear on the page), a need's matches in the order and
 * with the judgements the service answers, and records a resource linkage (资源链接); the org-admin's 我的组织 shows its
 * profile, incubation case, enrolments and certificates; the org-admin and a trainer lack those menus and are refused.
 * Then the registry work screens ({@code console/e2e/registry.e2e.mjs}): the county officer reviews and concludes an
 * annual inspection (年检) from its list (a basic pass without opinion and due date refused field by field), registers
 * (登记) an organization in preparation from its profile and sees it on the verified timeline, puts an organization on
 * the abnormal list (异常名录) and withdraws it there; a trainer sees neither menu and the API refuses it.
 * Screenshots go to {@code docs/screenshots/}.
 */
@ExtendWith(RunningPlatform.class)
@ResourceLock(SharedParts.TRAINING)
class ConsoleBrowserSystemIT {

    @Test
    void rolesLogInThroughKeycloakAndSeeWhatTheirPermissionsAllow() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("incubator.home", "..")).toAbsolutePath().normalize();
        Path console = home.resolve("console");
        assertThat(console.resolve("node_modules/playwright-core")).as("the console module's npm ci ran").isDirectory();
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assertThat(Path.of(chromium)).as("Debian's chromium package (.ci/run installs it)").isExecutable();
        Path screenshots = home.resolve("docs/screenshots");
        Path log = Files.createTempFile("console-e2e", ".log");

        ProcessBuilder builder = new ProcessBuilder(List.of("node", "e2e/console.e2e.mjs"))
                .directory(console.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CONSOLE_URL", Api.gateway());
        builder.environment().put("KEYCLOAK_URL", Api.keycloak());
        builder.environment().put("CHROMIUM", chromium);
        builder.environment().put("SCREENSHOTS", screenshots.toString());
        opsEnvironment(builder);
        Process node = builder.start();
        boolean finished = node.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);

        assertThat(finished).as("the browser journeys finished within 15 minutes").isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("all browser checks passed");
        for (String screenshot : List.of("dashboard-county-officer.png", "registry-search.png", "organization-profile.png",
                "dashboard-ejin-horo-officer.png", "dashboard-yaan-operator.png", "dashboard-xingsha-hub.png", "reviews-expert.png", "forbidden-expert.png", "weekly-clash-org-admin.png",
                "notifications-org-admin.png",
                "incubation-board-base-operator.png", "party-board-instructor.png", "operation-log-county-officer.png")) {
            assertThat(screenshots.resolve(screenshot)).isNotEmptyFile();
        }
        // The grant screens (console/e2e/grants.e2e.mjs): a round's ranking and allocation, a payment, a proposal, a
        // programme's set-up and a round's draft.
        for (String screenshot : List.of("grant-round-allocation-county-officer.png",
                "grant-award-payment-county-officer.png", "proposal-field-errors-org-admin.png",
                "proposal-submitted-org-admin.png", "programme-setup-county-officer.png",
                "round-draft-county-officer.png")) {
            assertThat(screenshots.resolve(screenshot)).isNotEmptyFile();
        }
        for (String screenshot : OPS_SCREENSHOTS) {
            assertThat(screenshots.resolve(screenshot)).isNotEmptyFile();
        }
        for (String screenshot : ORG_SCREENSHOTS) {
            assertThat(screenshots.resolve(screenshot)).isNotEmptyFile();
        }
        for (String screenshot : REGISTRY_SCREENSHOTS) {
            assertThat(screenshots.resolve(screenshot)).isNotEmptyFile();
        }
    }

    // The operations screens' journeys (console/e2e/ops.e2e.mjs): a trainer shows a sitting's check-in QR codes and a
    // learner's organization admin checks in from one (the roll call refreshes); a street hub imports an organization
    // workbook with one bad row and sees the row's error; a base operator works the zone plan (release, assign).
    private static final List<String> OPS_SCREENSHOTS = List.of("training-qr-trainer.png",
            "training-roll-call-trainer.png", "check-in-org-admin.png", "import-row-errors-hub.png",
            "zone-plan-base-operator.png");

    // The talent pool, needs and 我的组织 journeys (console/e2e/org.e2e.mjs): the talent pool masked, a need's matches as
    // the service ranked them with a linkage recorded, an org-admin's own organization.
    private static final List<String> ORG_SCREENSHOTS = List.of("talent-pool-masked.png", "needs-matching.png",
            "my-organization-org-admin.png");
    // The registry work screens' journeys (console/e2e/registry.e2e.mjs): annual inspections reviewed and concluded,
    // a lifecycle action (登记) on the verified timeline, the abnormal list with a listing and its withdrawal.
    private static final List<String> REGISTRY_SCREENSHOTS = List.of("annual-inspections-county-officer.png",
            "organization-lifecycle-county-officer.png", "abnormal-list-county-officer.png");

    /** The organization workbook the hub uploads: one good row, then one whose credit code fails its check digit. */
    private static void opsEnvironment(ProcessBuilder builder) throws IOException {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 4);
        Path workbook = Files.createTempFile("organizations-" + tag, ".xlsx");
        Files.write(workbook, Workbook.sheet(
                List.of("组织名称*", "法人形式*", "统一社会信用代码", "所属区划代码*", "组织类别*", "登记（备案）日期"),
                List.of(List.of("星沙控制台导入协会" + tag, "社区社会组织", "", "430121001000", "社区服务类", ""),
                        List.of("星沙控制台错码协会" + tag, "社会团体", "51430121MJJ000011X", "430121001000", "文化体育类",
                                ""))));
        builder.environment().put("ORGANIZATION_WORKBOOK", workbook.toString());
        builder.environment().put("ORGANIZATION_WORKBOOK_TAG", tag);
    }
}
