package cn.incubator.training.session;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.training.course.CourseArea;
import cn.incubator.platform.federation.PlaceCodedJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A session (期) of a course: its sittings (课次), an on-site venue or an online link, a capacity and an enrolment
 * deadline, and the trainer's account that runs it. {@code enrolled} and {@code waitlisted} are counted when read.
 * {@code coursewareVersionId} (label {@code coursewareVersion}) is the courseware version it runs (the cascade,
 * 研发+重点+推广) and {@code programmeId} the programme (培训项目) it belongs to, when any.
 */
@JsonDeserialize(using = TrainingSession.Json.class)
public record TrainingSession(UUID id, UUID courseId, String courseTitle, CourseArea area,
        @JsonIgnore String jurisdictionCode, String title, Mode mode, String venue, String onlineUrl, int capacity,
        Instant enrolmentDeadline, String trainer, SessionStatus status, List<Sitting> sittings, int enrolled,
        int waitlisted, String createdBy, Instant createdAt, Instant updatedAt, UUID coursewareVersionId,
        String coursewareVersion, UUID programmeId) {

    /** The list's order ({@code s.enrolment_deadline DESC, s.id}), for merging the rows of several nodes. */
    public static final ListOrder<TrainingSession> ORDER = ListOrder.identifiedBy(TrainingSession::id)
            .newestFirst(TrainingSession::enrolmentDeadline).thenId();

    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(jurisdictionCode);
    }

    public enum Mode {
        ONSITE, ONLINE
    }

    /** One sitting (课次) of the session, numbered from 1. */
    public record Sitting(int seq, Instant startsAt, Instant endsAt) {
    }

    public Sitting sitting(int seq) {
        return sittings.stream().filter(s -> s.seq() == seq).findFirst().orElse(null);
    }

    TrainingSession moved(SessionStatus next, Instant at) {
        return new TrainingSession(id, courseId, courseTitle, area, jurisdictionCode, title, mode, venue, onlineUrl,
                capacity, enrolmentDeadline, trainer, next, sittings, enrolled, waitlisted, createdBy, createdAt, at,
                coursewareVersionId, coursewareVersion, programmeId);
    }

    /** Reads a node's row with its place (see {@link PlaceCodedJson}). */
    public static final class Json extends PlaceCodedJson<TrainingSession> {
        public Json() {
            super(TrainingSession.class);
        }
    }
}
