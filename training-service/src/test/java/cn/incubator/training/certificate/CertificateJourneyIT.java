package cn.incubator.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.attendance.Attendance;
import cn.incubator.training.attendance.AttendanceService;
import cn.incubator.training.attendance.AttendanceStatus;
import cn.incubator.training.attendance.PersonTimes;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.CourseArea;
import cn.incubator.training.enrolment.Enrolment;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.enrolment.EnrolmentStatus;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.SessionStatus;
import cn.incubator.training.session.TrainingSession;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Xingsha session of two sittings from enrolment to certificates: one-time codes in their sitting only, the roll
 * call, person-times, the completion rule (75%), public verification and revocation.
 */
class CertificateJourneyIT extends TrainingIT {

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

    @Test
    void codesCheckInOnceDuringTheirSittingTheRuleIssuesCertificatesAndARevokedOneVerifiesAsRevoked() {
        TrainingSession session = fixtures.openSession(XINGSHA_HUB, "430121001000", 2, 2);
        Enrolment zhang = enrolments.enrol(FEDERATION_ADMIN, session.id(), "张伟", Audience.ORGANIZATION_LEADER);
        Enrolment li = enrolments.enrol(ELDERLY_ADMIN, session.id(), "李娜", Audience.HUB_STAFF);
        enrolments.enrol(ELDERLY_ADMIN, session.id(), "赵磊", Audience.HUB_STAFF);
        sessions.close(XINGSHA_HUB, session.id());
        TrainingSession.Sitting first = session.sitting(1);
        TrainingSession.Sitting second = session.sitting(2);

        assertThatThrownBy(() -> attendance.issueCodes(OTHER_TRAINER, session.id(), 1))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("not-your-session"));
        Map<String, String> codes = attendance.issueCodes(TRAINER, session.id(), 1).stream()
                .collect(Collectors.toMap(Attendance.Code::personName, Attendance.Code::code));
        assertThat(codes).containsOnlyKeys("张伟", "李娜");

        // an hour early is refused and nothing is stored; on time is present; the code is used once
        CLOCK.stoppedAt = first.startsAt().minus(Duration.ofHours(1));
        assertThatThrownBy(() -> attendance.checkIn(FEDERATION_ADMIN, codes.get("张伟")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("sitting-not-open"));
        assertThatThrownBy(() -> attendance.checkIn(FEDERATION_ADMIN, codes.get("李娜")))
                .isInstanceOf(NotFoundException.class);
        CLOCK.stoppedAt = first.startsAt().minus(Duration.ofMinutes(10));
        assertThat(attendance.checkIn(FEDERATION_ADMIN, codes.get("张伟")).status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThatThrownBy(() -> attendance.checkIn(FEDERATION_ADMIN, codes.get("张伟")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.slug()).isEqualTo("code-used"));
        CLOCK.stoppedAt = first.startsAt().plus(Duration.ofMinutes(40));
        assertThat(attendance.checkIn(ELDERLY_ADMIN, codes.get("李娜")).status()).isEqualTo(AttendanceStatus.LATE);

        // the second sitting by roll call: 张伟 present, 李娜 absent (1 of 2 sittings, short of 75%)
        CLOCK.stoppedAt = second.startsAt().plus(Duration.ofMinutes(5));
        attendance.rollCall(TRAINER, session.id(), 2, List.of(new Attendance.Call(zhang.id(), AttendanceStatus.PRESENT),
                new Attendance.Call(li.id(), AttendanceStatus.ABSENT)));
        assertThat(attendance.list(ELDERLY_ADMIN, session.id())).extracting(Attendance::status)
                .containsExactly(AttendanceStatus.LATE, AttendanceStatus.ABSENT);

        PersonTimes times = attendance.personTimes(COUNTY_OFFICER, Jurisdiction.of("430121001000"), null, null);
        assertThat(times.rows()).filteredOn(r -> r.area() == CourseArea.COMMUNITY_FILING_AND_CULTIVATION).isNotEmpty();
        assertThat(attendance.personTimes(LANGLI_HUB, null, null, null).rows())
                .noneMatch(r -> r.jurisdiction().code().equals("430121001000"));

        assertThatThrownBy(() -> certificates.complete(TRAINER, session.id()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("sittings-not-over"));
        CLOCK.stoppedAt = second.endsAt().plus(Duration.ofMinutes(1));
        List<Certificate> issued = certificates.complete(TRAINER, session.id());
        assertThat(issued).singleElement().satisfies(c -> {
            assertThat(c.holderName()).isEqualTo("张伟");
            assertThat(c.issuer()).contains("星沙");
        });
        assertThat(sessions.get(XINGSHA_HUB, session.id()).status()).isEqualTo(SessionStatus.COMPLETED);
        Map<String, EnrolmentStatus> outcome = enrolments.list(XINGSHA_HUB, session.id(), null).stream()
                .collect(Collectors.toMap(Enrolment::personName, Enrolment::status));
        assertThat(outcome).containsEntry("张伟", EnrolmentStatus.COMPLETED)
                .containsEntry("李娜", EnrolmentStatus.NOT_COMPLETED).containsEntry("赵磊", EnrolmentStatus.WAITLISTED);
        assertThatThrownBy(() -> certificates.complete(TRAINER, session.id()))
                .isInstanceOf(IllegalTransitionException.class);

        Certificate certificate = issued.get(0);
        assertThat(certificates.list(FEDERATION_ADMIN, null)).extracting(Certificate::id).contains(certificate.id());
        assertThat(certificates.list(ELDERLY_ADMIN, null)).extracting(Certificate::id)
                .doesNotContain(certificate.id());
        Certificate.Verification valid = certificates.verify(certificate.code());
        assertThat(valid).isEqualTo(new Certificate.Verification(certificate.code(), CertificateStatus.VALID, "张*",
                "社区社会组织备案与培育", certificate.completedOn(), certificate.issuer()));

        assertThatThrownBy(() -> certificates.revoke(FEDERATION_ADMIN, certificate.id(), "自行撤销"))
                .isInstanceOf(ProblemException.class);
        certificates.revoke(XINGSHA_HUB, certificate.id(), "培训记录有误");
        assertThat(certificates.verify(certificate.code()).status()).isEqualTo(CertificateStatus.REVOKED);
        assertThatThrownBy(() -> certificates.revoke(XINGSHA_HUB, certificate.id(), "再次撤销"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> certificates.verify("NOSUCHCODE00")).isInstanceOf(NotFoundException.class);
    }
}
