package cn.incubator.training.certificate;

import static cn.incubator.platform.events.EventPayloads.text;
import static cn.incubator.platform.events.EventPayloads.timestamp;

import cn.incubator.contracts.training.events.v1.CourseCompleted;
import cn.incubator.training.course.Course;
import cn.incubator.training.enrolment.Enrolment;

/**
 * The facts this service publishes on the outbox, as the contract's messages
 * ({@code contracts/.../training/events/v1/training_events.proto}); each is published with the organization's
 * jurisdiction and the organization's id as subject (the certificate and session are fields of the payload).
 */
final class CompletionEvents {

    private CompletionEvents() {
    }

    /** {@code CourseCompleted}: a person completed a course (结业) and got this certificate. */
    static CourseCompleted courseCompleted(Certificate certificate, Course course, Enrolment enrolment,
            String organizationName, int sittingsAttended, int sittings) {
        return CourseCompleted.newBuilder()
                .setOrganizationId(text(certificate.organizationId()))
                .setOrganizationName(text(organizationName))
                .setCertificateId(text(certificate.id()))
                .setSessionId(text(certificate.sessionId()))
                .setCourseId(text(course.id()))
                .setCourseTitle(text(course.title()))
                .setCourseArea(text(course.area()))
                .setPersonName(text(certificate.holderName()))
                .setAudience(text(enrolment.audience()))
                .setSittingsAttended(sittingsAttended)
                .setSittings(sittings)
                .setVerificationCode(text(certificate.code()))
                .setCompletedOn(text(certificate.completedOn()))
                .setIssuedAt(timestamp(certificate.issuedAt()))
                .build();
    }
}
