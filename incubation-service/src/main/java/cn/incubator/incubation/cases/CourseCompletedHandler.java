package cn.incubator.incubation.cases;

import cn.incubator.contracts.training.events.v1.CourseCompleted;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Capacity built during incubation goes on the case's trace: when training publishes that a person of the organization
 * completed a course (结业), each open case of the organization gets a {@code case.training-completed} entry on its
 * timeline. This service subscribes to training's {@code CourseCompleted} ({@code application.yml}); the inbox hands
 * each event id over once, so a redelivery adds nothing. The figures themselves are read from training when a page
 * shows them ({@code remote.TrainingRecords}), not kept here.
 */
@Component
class CourseCompletedHandler implements EventHandler<CourseCompleted> {

    static final String ACTION = "case.training-completed";

    private final CaseService cases;

    CourseCompletedHandler(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public CourseCompleted prototype() {
        return CourseCompleted.getDefaultInstance();
    }

    @Override
    public void handle(EventEnvelope event, CourseCompleted completed) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("organizationName", completed.getOrganizationName());
        detail.put("courseTitle", completed.getCourseTitle());
        detail.put("courseArea", completed.getCourseArea());
        detail.put("personName", completed.getPersonName());
        detail.put("completedOn", completed.getCompletedOn());
        detail.put("certificateId", completed.getCertificateId());
        detail.put("eventId", event.id().toString());
        cases.recordForOrganization(event.source() == null ? "training-service" : event.source(),
                UUID.fromString(completed.getOrganizationId()), ACTION, detail);
    }
}
