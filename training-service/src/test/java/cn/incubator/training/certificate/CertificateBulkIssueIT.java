package cn.incubator.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.training.attendance.Attendance;
import cn.incubator.training.attendance.AttendanceService;
import cn.incubator.training.attendance.AttendanceStatus;
import cn.incubator.training.attendance.AttendanceWorkbook;
import cn.incubator.training.course.Audience;
import cn.incubator.training.enrolment.Enrolment;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.enrolment.EnrolmentStatus;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.SessionStatus;
import cn.incubator.training.session.TrainingSession;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bulk issue (批量发证) of a session: the completion rule for everyone, idempotent, all or nothing; the certificate's
 * PDF for those who may read it; the Excel exports of attendance and certificates as each caller sees them.
 */
class CertificateBulkIssueIT extends TrainingIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    SessionService sessions;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    AttendanceService attendance;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificatePdf pdf;
    @Autowired
    CertificateWorkbook certificateWorkbook;
    @Autowired
    AttendanceWorkbook attendanceWorkbook;

    /** Two sittings: 张伟 attends both, 李娜 one (short of 75%), 赵磊 waits for a place; the last sitting is over. */
    private record Run(TrainingSession session, Enrolment zhang, Enrolment li, Enrolment zhao) {
    }

    private Run attendedSession(String secondPerson) {
        TrainingSession session = fixtures.openSession(XINGSHA_HUB, "430121001000", 2, 2);
        Enrolment zhang = enrolments.enrol(FEDERATION_ADMIN, session.id(), "张伟", Audience.ORGANIZATION_LEADER);
        Enrolment li = enrolments.enrol(ELDERLY_ADMIN, session.id(), secondPerson, Audience.HUB_STAFF);
        Enrolment zhao = enrolments.enrol(ELDERLY_ADMIN, session.id(), "赵磊", Audience.HUB_STAFF);
        sessions.close(XINGSHA_HUB, session.id());
        CLOCK.stoppedAt = session.sitting(1).startsAt().plus(Duration.ofMinutes(5));
        attendance.rollCall(TRAINER, session.id(), 1, List.of(new Attendance.Call(zhang.id(), AttendanceStatus.PRESENT),
                new Attendance.Call(li.id(), AttendanceStatus.LATE)));
        CLOCK.stoppedAt = session.sitting(2).startsAt().plus(Duration.ofMinutes(5));
        attendance.rollCall(TRAINER, session.id(), 2, List.of(new Attendance.Call(zhang.id(), AttendanceStatus.PRESENT),
                new Attendance.Call(li.id(), "李娜".equals(secondPerson) ? AttendanceStatus.ABSENT
                        : AttendanceStatus.PRESENT)));
        CLOCK.stoppedAt = session.sitting(2).endsAt().plus(Duration.ofMinutes(1));
        return new Run(session, zhang, li, zhao);
    }

    @Test
    void bulkIssueJudgesEveryoneIssuesToTheEligibleAndASecondRunIssuesNothing() {
        Run run = attendedSession("李娜");
        UUID sessionId = run.session().id();

        assertThatThrownBy(() -> certificates.issueAll(LANGLI_HUB, sessionId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.issueAll(ELDERLY_ADMIN, sessionId))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("not-your-session"));

        IssueReport first = certificates.issueAll(XINGSHA_HUB, sessionId);
        assertThat(first.issued()).isEqualTo(1);
        assertThat(first.alreadyIssued()).isZero();
        assertThat(first.notEligible()).isEqualTo(2);
        assertThat(first.issuedCertificates()).singleElement()
                .satisfies(c -> assertThat(c.holderName()).isEqualTo("张伟"));
        assertThat(first.notEligiblePeople()).containsExactlyInAnyOrder(
                new IssueReport.NotEligible(run.li().id(), run.li().organizationId(), "李娜",
                        IssueReport.BELOW_THRESHOLD, 1, 2, 75),
                new IssueReport.NotEligible(run.zhao().id(), run.zhao().organizationId(), "赵磊",
                        IssueReport.NO_PLACE, 0, 2, 75));
        assertThat(sessions.get(XINGSHA_HUB, sessionId).status()).isEqualTo(SessionStatus.COMPLETED);

        IssueReport second = certificates.issueAll(TRAINER, sessionId);
        assertThat(second.issued()).isZero();
        assertThat(second.alreadyIssued()).isEqualTo(1);
        assertThat(second.notEligible()).isEqualTo(2);
        assertThat(certificates.list(XINGSHA_HUB, sessionId)).hasSize(1);

        // a revoked certificate is not issued again either
        Certificate issued = first.issuedCertificates().get(0);
        certificates.revoke(XINGSHA_HUB, issued.id(), "培训记录有误");
        assertThat(certificates.issueAll(XINGSHA_HUB, sessionId).issued()).isZero();

        // a completed person without a certificate (a session completed before certificates, as in the demo) gets one
        jdbc.sql("DELETE FROM certificate WHERE id = :id").param("id", issued.id()).update();
        IssueReport late = certificates.issueAll(XINGSHA_HUB, sessionId);
        assertThat(late.issued()).isEqualTo(1);
        assertThat(late.issuedCertificates().get(0).enrolmentId()).isEqualTo(run.zhang().id());
        assertThat(certificates.issueAll(XINGSHA_HUB, sessionId).issued()).isZero();
    }

    @Test
    void aFailureHalfwayIssuesNothingAndLeavesTheSessionAsItWas() {
        Run run = attendedSession("故障");
        UUID sessionId = run.session().id();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION certificate_bulk_issue_it_fail() RETURNS trigger AS $$
                BEGIN
                  IF NEW.holder_name = '故障' THEN RAISE EXCEPTION 'injected failure'; END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("""
                CREATE TRIGGER certificate_bulk_issue_it_fail BEFORE INSERT ON certificate
                FOR EACH ROW EXECUTE FUNCTION certificate_bulk_issue_it_fail()""").update();
        try {
            assertThatThrownBy(() -> certificates.issueAll(XINGSHA_HUB, sessionId)).hasMessageContaining("injected");
        } finally {
            jdbc.sql("DROP TRIGGER certificate_bulk_issue_it_fail ON certificate").update();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM certificate WHERE session_id = :s").param("s", sessionId)
                .query(Long.class).single()).isZero();
        assertThat(sessions.get(XINGSHA_HUB, sessionId).status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(enrolments.list(XINGSHA_HUB, sessionId, null)).extracting(Enrolment::status)
                .containsExactly(EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED);

        IssueReport report = certificates.issueAll(XINGSHA_HUB, sessionId);
        assertThat(report.issued()).isEqualTo(2);
        assertThat(report.issuedCertificates()).extracting(Certificate::holderName).containsExactly("张伟", "故障");
    }

    @Test
    void thePdfIsForThoseWhoMayReadTheCertificateAndTheExportsShowWhatTheCallerSees() throws Exception {
        Run run = attendedSession("李娜");
        UUID sessionId = run.session().id();
        Certificate certificate = certificates.issueAll(TRAINER, sessionId).issuedCertificates().get(0);

        // the holder's organization and the hub may read it (and so download it); another organization may not
        Certificate readable = certificates.get(FEDERATION_ADMIN, certificate.id());
        assertThat(certificates.get(XINGSHA_HUB, certificate.id())).isEqualTo(readable);
        assertThatThrownBy(() -> certificates.get(ELDERLY_ADMIN, certificate.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.get(YUHUA_ADMIN, certificate.id())).isInstanceOf(NotFoundException.class);
        PdfReading.Read read = PdfReading.read(pdf.render(readable));
        assertThat(read.text()).contains("张伟", "社区社会组织备案与培育", certificate.code(), certificate.issuer());
        assertThat(read.qr()).isEqualTo("http://localhost:8080/public/training/v1/certificates/" + certificate.code());

        List<List<String>> summary = sheet(attendanceWorkbook.of(XINGSHA_HUB, sessionId).workbook(), "出勤汇总");
        assertThat(summary.get(0)).containsExactly("姓名", "组织编号", "培训对象", "报名状态", "第1场", "第2场",
                "出勤次数", "场次总数", "出勤率(%)");
        assertThat(summary.subList(1, summary.size())).containsExactly(
                List.of("张伟", FEDERATION.toString(), "社会组织负责人", "已结业", "出勤", "出勤", "2", "2", "100"),
                List.of("李娜", run.li().organizationId().toString(), "枢纽型组织工作人员", "未结业", "迟到", "缺勤", "1",
                        "2", "50"));
        List<List<String>> records = sheet(attendanceWorkbook.of(ELDERLY_ADMIN, sessionId).workbook(), "签到记录");
        assertThat(records.subList(1, records.size())).extracting(row -> row.get(0) + " " + row.get(1) + " "
                + row.get(3) + " " + row.get(4)).containsExactly("李娜 1 迟到 点名", "李娜 2 缺勤 点名");
        assertThatThrownBy(() -> attendanceWorkbook.of(YUHUA_ADMIN, sessionId)).isInstanceOf(NotFoundException.class);

        List<List<String>> listed = sheet(certificateWorkbook.of(certificates.list(FEDERATION_ADMIN, sessionId)),
                "结业证书");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(1).subList(0, 6)).containsExactly(certificate.code(), "张伟", "社区社会组织备案与培育",
                certificate.completedOn().toString(), certificate.issuer(), "有效");
        assertThat(sheet(certificateWorkbook.of(certificates.list(ELDERLY_ADMIN, sessionId)), "结业证书")).hasSize(1);
    }

    /** A sheet's rows as the text a person reads. */
    static List<List<String>> sheet(byte[] xlsx, String name) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(name);
            assertThat(sheet).as("sheet " + name).isNotNull();
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
