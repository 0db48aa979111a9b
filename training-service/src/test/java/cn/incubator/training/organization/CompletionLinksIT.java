package cn.incubator.training.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.contracts.training.events.v1.CourseCompleted;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.training.attendance.Attendance;
import cn.incubator.training.attendance.AttendanceService;
import cn.incubator.training.attendance.AttendanceStatus;
import cn.incubator.training.certificate.Certificate;
import cn.incubator.training.certificate.CertificateService;
import cn.incubator.training.course.Audience;
import cn.incubator.training.enrolment.Enrolment;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.TrainingSession;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a completion tells the other services: one {@code CourseCompleted} per certificate on the outbox (subject the
 * organization, in its jurisdiction, named as the registry tells the issuer, or unnamed when the registry does not
 * answer in time), and the organization's training record counted from what happened.
 */
class CompletionLinksIT extends TrainingIT {

    private static final String TYPE = "cn.incubator.training.events.v1.CourseCompleted";

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
    TrainingRecords records;

    @Test
    void completionPublishesOneCourseCompletedPerCertificateAndTheRecordCountsCoursesPersonTimesAndCertificates()
            throws InvalidProtocolBufferException {
        UUID organization = UUID.randomUUID();
        REGISTRY.organization(organization, "星沙街道阳光志愿服务队");
        CurrentUser admin = Callers.orgAdmin("links-admin", organization, "430121001000");
        CurrentUser neighbour = Callers.orgAdmin("neighbour-admin", UUID.randomUUID(), "430121001000");
        assertThat(records.of(COUNTY_OFFICER, organization))
                .isEqualTo(new TrainingRecord(organization, 0, 0, 0, 0, null));

        TrainingSession session = fixtures.openSession(XINGSHA_HUB, "430121001000", 5, 2);
        Enrolment zhang = enrolments.enrol(admin, session.id(), "张伟", Audience.ORGANIZATION_LEADER);
        Enrolment li = enrolments.enrol(admin, session.id(), "李娜", Audience.HUB_STAFF);
        sessions.close(XINGSHA_HUB, session.id());
        CLOCK.stoppedAt = session.sitting(1).startsAt().plus(Duration.ofMinutes(5));
        attendance.rollCall(TRAINER, session.id(), 1, List.of(new Attendance.Call(zhang.id(), AttendanceStatus.PRESENT),
                new Attendance.Call(li.id(), AttendanceStatus.LATE)));
        CLOCK.stoppedAt = session.sitting(2).startsAt().plus(Duration.ofMinutes(5));
        attendance.rollCall(TRAINER, session.id(), 2, List.of(new Attendance.Call(zhang.id(), AttendanceStatus.PRESENT),
                new Attendance.Call(li.id(), AttendanceStatus.ABSENT)));
        CLOCK.stoppedAt = session.sitting(2).endsAt().plus(Duration.ofMinutes(1));

        List<Certificate> issued = certificates.complete(TRAINER, session.id());

        // 张伟 attended 2 of 2 (≥ 75%), 李娜 1 of 2: one certificate, one event
        assertThat(issued).singleElement().extracting(Certificate::holderName).isEqualTo("张伟");
        List<Outbound> published = published(organization);
        assertThat(published).singleElement().satisfies(e -> assertThat(e.jurisdiction()).isEqualTo("430121001000"));
        CourseCompleted.Builder event = CourseCompleted.newBuilder();
        JsonFormat.parser().ignoringUnknownFields().merge(published.get(0).payload(), event);
        Certificate certificate = issued.get(0);
        assertThat(event.getOrganizationId()).isEqualTo(organization.toString());
        assertThat(event.getOrganizationName()).isEqualTo("星沙街道阳光志愿服务队");
        assertThat(event.getCertificateId()).isEqualTo(certificate.id().toString());
        assertThat(event.getSessionId()).isEqualTo(session.id().toString());
        assertThat(event.getCourseId()).isEqualTo(session.courseId().toString());
        assertThat(event.getCourseTitle()).isEqualTo("社区社会组织备案与培育");
        assertThat(event.getCourseArea()).isEqualTo("COMMUNITY_FILING_AND_CULTIVATION");
        assertThat(event.getPersonName()).isEqualTo("张伟");
        assertThat(event.getAudience()).isEqualTo("ORGANIZATION_LEADER");
        assertThat(event.getSittingsAttended()).isEqualTo(2);
        assertThat(event.getSittings()).isEqualTo(2);
        assertThat(event.getVerificationCode()).isEqualTo(certificate.code());
        assertThat(event.getCompletedOn()).isEqualTo(certificate.completedOn().toString());

        // the record: 1 course completed, 3 person-times (张伟 2, 李娜 late 1; absent not counted), 1 certificate
        TrainingRecord record = new TrainingRecord(organization, 1, 3, 1, 0, certificate.completedOn());
        assertThat(records.of(COUNTY_OFFICER, organization)).isEqualTo(record);
        assertThat(records.of(admin, organization)).isEqualTo(record);
        // out of scope reads as a record of nothing: another street's hub, another organization's admin
        assertThat(records.of(LANGLI_HUB, organization))
                .isEqualTo(new TrainingRecord(organization, 0, 0, 0, 0, null));
        assertThat(records.of(neighbour, organization))
                .isEqualTo(new TrainingRecord(organization, 0, 0, 0, 0, null));

        certificates.revoke(XINGSHA_HUB, certificate.id(), "培训记录有误");
        assertThat(records.of(COUNTY_OFFICER, organization))
                .isEqualTo(new TrainingRecord(organization, 1, 3, 0, 1, LocalDate.from(certificate.completedOn())));
    }

    @Test
    void aRegistryThatDoesNotAnswerInTimeLeavesTheNameEmptyAndTheCertificateIsIssuedAllTheSame()
            throws InvalidProtocolBufferException {
        UUID organization = UUID.randomUUID();
        REGISTRY.organization(organization, "星沙街道慢回应服务队");
        CurrentUser admin = Callers.orgAdmin("slow-registry-admin", organization, "430121001000");
        TrainingSession session = fixtures.openSession(XINGSHA_HUB, "430121001000", 5, 1);
        Enrolment wang = enrolments.enrol(admin, session.id(), "王芳", Audience.ORGANIZATION_LEADER);
        sessions.close(XINGSHA_HUB, session.id());
        CLOCK.stoppedAt = session.sitting(1).startsAt().plus(Duration.ofMinutes(5));
        attendance.rollCall(TRAINER, session.id(), 1, List.of(new Attendance.Call(wang.id(), AttendanceStatus.PRESENT)));
        CLOCK.stoppedAt = session.sitting(1).endsAt().plus(Duration.ofMinutes(1));
        REGISTRY.delayMillis = 3_000;

        assertThat(certificates.issueAll(TRAINER, session.id()).issued()).isEqualTo(1);

        List<Outbound> published = published(organization);
        assertThat(published).hasSize(1);
        CourseCompleted.Builder event = CourseCompleted.newBuilder();
        JsonFormat.parser().ignoringUnknownFields().merge(published.get(0).payload(), event);
        assertThat(event.getPersonName()).isEqualTo("王芳");
        assertThat(event.getOrganizationName()).isEmpty();
    }

    private List<Outbound> published(UUID organization) {
        return jdbc.sql("""
                        SELECT jurisdiction, subject_id, payload::text AS payload FROM outbound_event
                        WHERE event_type = :type AND subject_id = :org""")
                .param("type", TYPE).param("org", organization.toString())
                .query((rs, n) -> new Outbound(rs.getString("jurisdiction"), rs.getString("subject_id"),
                        rs.getString("payload")))
                .list();
    }

    record Outbound(String jurisdiction, String subjectId, String payload) {
    }
}
