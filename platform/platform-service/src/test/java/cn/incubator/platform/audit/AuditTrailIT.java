package cn.incubator.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.RealPostgres;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The full-process trace against a real PostgreSQL: appended in order, and any tampering is detected. */
@SpringBootTest(classes = AuditTrailIT.TestService.class, properties = {
        "spring.application.name=audit-it", "incubator.api.name=audit",
        "incubator.api.permission-service=registry", "incubator.database.name=unused",
        "spring.grpc.server.port=0"})
class AuditTrailIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "audit_it");
    }

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void timelineKeepsOrderAndVerifiesWhileUntouched() {
        String subject = UUID.randomUUID().toString();
        appendThree(subject);

        assertThat(audit.timeline("case", subject)).extracting(AuditEntry::action)
                .containsExactly("case.applied", "case.inspected", "case.admitted");
        assertThat(audit.verify("case", subject)).isEqualTo(new AuditChain.Verification(true, 3, null));
    }

    @Test
    void aTimelineIsPagedInOrderWithItsTotal() {
        String subject = UUID.randomUUID().toString();
        appendThree(subject);
        String other = UUID.randomUUID().toString();
        appendThree(other);

        var first = audit.timeline("case", subject, new cn.incubator.platform.paging.PageRequest(0, 2));
        var second = audit.timeline("case", subject, new cn.incubator.platform.paging.PageRequest(1, 2));
        var beyond = audit.timeline("case", subject, new cn.incubator.platform.paging.PageRequest(5, 2));

        assertThat(first.items()).extracting(AuditEntry::action).containsExactly("case.applied", "case.inspected");
        assertThat(second.items()).extracting(AuditEntry::action).containsExactly("case.admitted");
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(first.items()).allSatisfy(e -> assertThat(e.subjectId()).isEqualTo(subject));
    }

    @Test
    void editingAnEntryBreaksTheChainThere() {
        String subject = UUID.randomUUID().toString();
        appendThree(subject);
        AuditEntry second = audit.timeline("case", subject).get(1);

        jdbc.sql("UPDATE audit_entry SET after_state = '{\"stage\": \"GRADUATED\"}' WHERE id = :id")
                .param("id", second.id()).update();

        AuditChain.Verification verification = audit.verify("case", subject);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(second.id());
    }

    @Test
    void deletingAnEntryBreaksTheChain() {
        String subject = UUID.randomUUID().toString();
        appendThree(subject);
        AuditEntry second = audit.timeline("case", subject).get(1);

        jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", second.id()).update();

        assertThat(audit.verify("case", subject).intact()).isFalse();
    }

    private void appendThree(String subject) {
        audit.record("county-officer", "case.applied", "case", subject, "430121001000", null,
                Map.of("stage", "APPLICATION", "name", "星沙街道银龄志愿服务队"));
        audit.record("city-operator", "case.inspected", "case", subject, "430121001000",
                Map.of("stage", "APPLICATION"), Map.of("stage", "INSPECTION_AND_COACHING"));
        audit.record("expert-demo", "case.admitted", "case", subject, "430121001000",
                Map.of("stage", "ADMISSION_EVALUATION"), Map.of("stage", "IN_SHELL", "score", 86.5));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {
    }
}
