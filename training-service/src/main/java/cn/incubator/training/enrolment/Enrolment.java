package cn.incubator.training.enrolment;

import cn.incubator.training.course.Audience;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/** One person of an organization enrolled in a session, or waiting for a place. */
public record Enrolment(UUID id, UUID sessionId, UUID organizationId, @JsonIgnore String organizationJurisdiction,
        String personName, Audience audience, EnrolmentStatus status, long queueNo, String enrolledBy,
        Instant enrolledAt, Instant updatedAt) {

    Enrolment moved(EnrolmentStatus next, Instant at) {
        return new Enrolment(id, sessionId, organizationId, organizationJurisdiction, personName, audience, next,
                queueNo, enrolledBy, enrolledAt, at);
    }
}
