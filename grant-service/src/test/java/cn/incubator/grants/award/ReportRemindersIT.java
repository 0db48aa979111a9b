package cn.incubator.grants.award;

import static cn.incubator.grants.GrantTestData.COUNTY_OFFICER;
import static cn.incubator.grants.GrantTestData.FEDERATION_ADMIN;
import static cn.incubator.grants.GrantTestData.XINGSHA_FEDERATION;
import static cn.incubator.grants.GrantTestData.XINGSHA_HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.contracts.grants.events.v1.ReportDue;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.test.RealPostgres;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report due dates of an agreement (their rules, field by field) and the report-due reminder job against a real
 * PostgreSQL: one {@code ReportDue} in the outbox per award, report and due date, none for a report submitted. The
 * tests' dates lie years ahead, so the scheduled run (real today) never reminds of them; the tests name their day.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class ReportRemindersIT {

    private static final LocalDate SIGNED = LocalDate.of(2026, 4, 1);
    private static final LocalDate INTERIM_DUE = LocalDate.of(2030, 6, 30);
    private static final LocalDate FINAL_DUE = LocalDate.of(2030, 12, 31);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_report_reminder_it");
    }

    @Autowired
    AwardService awards;
    @Autowired
    ReportReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JsonMapper json;

    @Test
    void everyBrokenDueDateRuleIsAnsweredFieldByFieldAndNothingIsSigned() {
        Award award = fixture().awarded("30000.00");
        List<DisbursementSchedule.Planned> waitsForInterim = List.of(
                new DisbursementSchedule.Planned(Yuan.of("10000.00"), null),
                new DisbursementSchedule.Planned(Yuan.of("10000.00"), ReportKind.INTERIM),
                new DisbursementSchedule.Planned(Yuan.of("10000.00"), ReportKind.FINAL));

        assertThatThrownBy(() -> awards.signAgreement(XINGSHA_HUB, award.id(),
                agreement(null, SIGNED), waitsForInterim))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::field, FieldProblemException.FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("interimReportDueOn",
                                        "Agreement.interimDueRequired"),
                                org.assertj.core.groups.Tuple.tuple("finalReportDueOn",
                                        "Agreement.dueAfterSigning")));
        assertThatThrownBy(() -> awards.signAgreement(XINGSHA_HUB, award.id(),
                agreement(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 29)), waitsForInterim))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("finalReportDueOn");
                            assertThat(p.code()).isEqualTo("Agreement.finalAfterInterim");
                            assertThat(p.args()).containsExactly("2026-09-30");
                        }));
        // The final report is always due on a date; an interim date on signing day is no date after it.
        assertThatThrownBy(() -> awards.signAgreement(XINGSHA_HUB, award.id(), agreement(SIGNED, null), List.of(
                new DisbursementSchedule.Planned(Yuan.of("30000.00"), null))))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::field, FieldProblemException.FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("interimReportDueOn",
                                        "Agreement.dueAfterSigning"),
                                org.assertj.core.groups.Tuple.tuple("finalReportDueOn",
                                        "Agreement.finalDueRequired")));
        // Dates and schedule broken together: every problem in one answer.
        assertThatThrownBy(() -> awards.signAgreement(XINGSHA_HUB, award.id(), agreement(null, FINAL_DUE), List.of(
                new DisbursementSchedule.Planned(Yuan.of("10000.00"), null),
                new DisbursementSchedule.Planned(Yuan.of("10000.00"), ReportKind.INTERIM))))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::code)
                        .containsExactly("Agreement.interimDueRequired", "Schedule.sum"));
        assertThat(awards.get(COUNTY_OFFICER, award.id()).status()).isEqualTo(AwardStatus.AWARDED);
        assertThat(awards.tranches(COUNTY_OFFICER, award.id())).isEmpty();

        // Without a tranche waiting for it, an interim report is the agreement's choice; the final may equal it.
        Award signed = awards.signAgreement(XINGSHA_HUB, award.id(), agreement(null, FINAL_DUE), List.of(
                new DisbursementSchedule.Planned(Yuan.of("30000.00"), null)));
        assertThat(signed.agreement().interimReportDueOn()).isNull();
        assertThat(awards.get(COUNTY_OFFICER, award.id()).agreement().finalReportDueOn()).isEqualTo(FINAL_DUE);
        Award both = fixture().signed(agreement(FINAL_DUE, FINAL_DUE), "20000.00", "10000.00", "10000.00");
        assertThat(AwardView.of(awards.get(COUNTY_OFFICER, both.id())).agreement())
                .extracting(Award.Agreement::interimReportDueOn, Award.Agreement::finalReportDueOn)
                .containsExactly(FINAL_DUE, FINAL_DUE);
    }

    @Test
    void aReportDueWithinTheLeadTimeIsRemindedOnceAndASubmittedOneNotAtAll() {
        Award due = fixture().signed(agreement(INTERIM_DUE, FINAL_DUE), "30000.00", "10000.00", "10000.00",
                "10000.00");
        Award submitted = fixture().signed(agreement(INTERIM_DUE, FINAL_DUE), "30000.00", "10000.00", "10000.00",
                "10000.00");
        awards.submitReport(FEDERATION_ADMIN, submitted.id(), ReportKind.INTERIM, Outcomes.NONE, "按期提交");
        Award returned = fixture().signed(agreement(INTERIM_DUE, FINAL_DUE), "30000.00", "10000.00", "10000.00",
                "10000.00");
        awards.submitReport(FEDERATION_ADMIN, returned.id(), ReportKind.INTERIM, Outcomes.NONE, "缺附件");
        awards.returnReport(XINGSHA_HUB, returned.id(), ReportKind.INTERIM, "缺少签到表");

        // Eight days before: outside the seven days' lead.
        reminders.remind(INTERIM_DUE.minusDays(8), Instant.now());
        assertThat(reminded(due)).isEmpty();

        reminders.remind(INTERIM_DUE.minusDays(7), Instant.now());
        reminders.remind(INTERIM_DUE.minusDays(7), Instant.now());
        reminders.remind(INTERIM_DUE.minusDays(2), Instant.now());
        List<ReportDue> once = reminded(due);
        assertThat(once).singleElement().satisfies(r -> {
            assertThat(r.getReportKind()).isEqualTo("INTERIM");
            assertThat(r.getDueOn()).isEqualTo("2030-06-30");
            assertThat(r.getOrganizationId()).isEqualTo(XINGSHA_FEDERATION.toString());
            assertThat(r.getOrganizationName()).isEqualTo("长沙县星沙街道社区社会组织联合会");
            assertThat(r.getProjectTitle()).isEqualTo("邻里守望互助计划");
        });
        assertThat(reminded(submitted)).isEmpty();
        assertThat(reminded(returned)).extracting(ReportDue::getReportKind).containsExactly("INTERIM");
        assertThat(awards.timeline(COUNTY_OFFICER, due.id(), PageRequest.first(50)).items())
                .extracting(AuditEntry::action).containsOnlyOnce("award.report-due-reminded");

        // Overdue and still not submitted: the final report too, once; the submitted interim never.
        reminders.remind(FINAL_DUE.plusDays(3), Instant.now());
        reminders.remind(FINAL_DUE.plusDays(4), Instant.now());
        assertThat(reminded(due)).extracting(ReportDue::getReportKind).containsExactly("INTERIM", "FINAL");
        assertThat(reminded(submitted)).extracting(ReportDue::getReportKind).containsExactly("FINAL");
    }

    @Test
    void aTerminatedAwardAndAnAgreementWithoutDueDatesAreNotReminded() {
        Award stopped = fixture().signed(agreement(INTERIM_DUE, FINAL_DUE), "30000.00", "10000.00", "10000.00",
                "10000.00");
        awards.terminate(XINGSHA_HUB, stopped.id(), "项目无法继续执行");
        Award legacy = fixture().signed(agreement(INTERIM_DUE, FINAL_DUE), "30000.00", "30000.00");
        jdbc.sql("UPDATE award SET interim_report_due_on = NULL, final_report_due_on = NULL WHERE id = :id")
                .param("id", legacy.id()).update();

        reminders.remind(FINAL_DUE.plusDays(1), Instant.now());

        assertThat(reminded(stopped)).isEmpty();
        assertThat(reminded(legacy)).isEmpty();
    }

    private static Award.Agreement agreement(LocalDate interimDue, LocalDate finalDue) {
        return new Award.Agreement("CSX-GYCT-" + UUID.randomUUID().toString().substring(0, 8), "专款专用", SIGNED,
                interimDue, finalDue);
    }

    /** The award's ReportDue events in the outbox, oldest first. */
    private List<ReportDue> reminded(Award award) {
        return jdbc.sql("""
                SELECT event_id, event_type, occurred_at, jurisdiction, subject_id, payload::text AS payload
                FROM outbound_event WHERE event_type = :type AND subject_id = :organization ORDER BY occurred_at""")
                .param("type", EventPayloads.typeOf(ReportDue.getDefaultInstance()))
                .param("organization", award.organizationId().toString())
                .query((rs, n) -> new EventEnvelope(rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                        rs.getTimestamp("occurred_at").toInstant(), "grant-service", rs.getString("jurisdiction"),
                        rs.getString("subject_id"), json.readTree(rs.getString("payload"))))
                .list().stream()
                .peek(e -> assertThat(e.jurisdiction()).isEqualTo("430121001000"))
                .map(e -> EventPayloads.read(e, ReportDue.getDefaultInstance()))
                .filter(r -> r.getAwardId().equals(award.id().toString()))
                .toList();
    }

    private AwardFixture fixture() {
        return new AwardFixture(awards, jdbc, transactions, events);
    }
}
