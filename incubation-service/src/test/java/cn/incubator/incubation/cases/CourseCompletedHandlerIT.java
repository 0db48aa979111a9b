package cn.incubator.incubation.cases;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.XINGSHA_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.contracts.training.events.v1.CourseCompleted;
import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.base.ZoneKind;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventInbox;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.paging.PageRequest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Training's {@code CourseCompleted}, as the inbox hands it over: the organization's open case gets one
 * {@code case.training-completed} entry on its timeline, a redelivery adds none, and an organization without a case
 * gets nothing.
 */
class CourseCompletedHandlerIT extends IncubationIT {

    @Autowired
    EventInbox inbox;
    @Autowired
    CaseService cases;
    @Autowired
    BaseService bases;

    @Test
    void aCompletionGoesOnTheOpenCasesTimelineOnceEvenWhenDeliveredTwice() {
        on(COUNTY_OFFICER);
        Base base = bases.create(COUNTY_OFFICER, "长沙县社会组织孵化基地" + UUID.randomUUID().toString().substring(0, 4),
                "430121000000", "湖南乐创公益慈善发展中心");
        bases.addZone(COUNTY_OFFICER, base.id(), ZoneKind.INCUBATION, "孵化区", 1, "T");
        UUID organization = UUID.randomUUID();
        REGISTRY.organization(organization, "星沙街道培训测试服务队", "430121001000", "REGISTERED");
        on(XINGSHA_HUB);
        IncubationCase applied = cases.apply(XINGSHA_HUB,
                new CaseService.NewApplication(Track.INCUBATION, base.id(), organization, null, null));

        EventEnvelope completed = completion(organization, "志愿者基础知识及管理培训");
        assertThat(inbox.receive(completed)).isEqualTo(EventInbox.Outcome.PROCESSED);
        assertThat(inbox.receive(completed)).isEqualTo(EventInbox.Outcome.DUPLICATE);
        assertThat(inbox.receive(completion(UUID.randomUUID(), "社区活动策划")))
                .as("an organization without a case").isEqualTo(EventInbox.Outcome.PROCESSED);

        assertThat(cases.timeline(COUNTY_OFFICER, applied.id(), PageRequest.first(50)).items())
                .filteredOn(e -> e.action().equals(CourseCompletedHandler.ACTION))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("training-service");
                    assertThat(e.after().toString()).contains("志愿者基础知识及管理培训", "周敏", "星沙街道培训测试服务队");
                });
        assertThat(cases.verifyTimeline(COUNTY_OFFICER, applied.id()).intact()).isTrue();
    }

    private EventEnvelope completion(UUID organization, String course) {
        CourseCompleted payload = CourseCompleted.newBuilder().setOrganizationId(organization.toString())
                .setOrganizationName("星沙街道培训测试服务队")
                .setCertificateId(UUID.randomUUID().toString()).setCourseTitle(course)
                .setCourseArea("VOLUNTEER_MANAGEMENT").setPersonName("周敏").setCompletedOn("2026-12-03").build();
        return new EventEnvelope(UUID.randomUUID(), EventPayloads.typeOf(payload), Instant.now(), "training-service",
                "430121001000", organization.toString(), EventPayloads.toJson(payload, json));
    }
}
