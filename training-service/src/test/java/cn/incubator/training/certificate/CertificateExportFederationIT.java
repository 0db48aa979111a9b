package cn.incubator.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.service.ExportSheets;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import cn.incubator.training.attendance.Attendance;
import cn.incubator.training.attendance.AttendanceService;
import cn.incubator.training.attendance.AttendanceStatus;
import cn.incubator.training.course.Audience;
import cn.incubator.training.enrolment.Enrolment;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.TrainingSession;
import cn.incubator.training.support.Fixtures;
import cn.incubator.training.support.TrainingIT;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 跨节点导出: the county's certificate export, with a Langli street node (a stand-in on loopback answering the
 * certificate list's JSON), has the node's certificates merged with this node's, newest first as the list, the
 * columns unchanged; a dead node is named in {@code Incubator-Partial} and on a sheet of its own.
 */
class CertificateExportFederationIT extends TrainingIT {

    private static final Jurisdiction LANGLI = Jurisdiction.of("430121004000");
    private static final int ID_OF_SESSION = 11;

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
    CertificateWorkbook workbook;
    @Autowired
    CertificateController controller;

    /** A Xingsha session of one sitting that 张伟 attended, its certificate issued here. */
    private void issuedHere() {
        TrainingSession session = fixtures.openSession(XINGSHA_HUB, "430121001000", 2, 1);
        Enrolment zhang = enrolments.enrol(FEDERATION_ADMIN, session.id(), "张伟", Audience.ORGANIZATION_LEADER);
        sessions.close(XINGSHA_HUB, session.id());
        CLOCK.stoppedAt = session.sitting(1).startsAt().plus(Duration.ofMinutes(5));
        attendance.rollCall(TRAINER, session.id(), 1, List.of(new Attendance.Call(zhang.id(),
                AttendanceStatus.PRESENT)));
        CLOCK.stoppedAt = session.sitting(1).endsAt().plus(Duration.ofMinutes(1));
        certificates.issueAll(XINGSHA_HUB, session.id());
    }

    private static Certificate held(String holder, Instant issuedAt) {
        return new Certificate(UUID.randomUUID(), "LL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, holder, "志愿服务管理",
                LocalDate.ofInstant(issuedAt, java.time.ZoneOffset.UTC), "榔梨街道社区社会组织联合会",
                CertificateStatus.VALID, null, "langli-hub", issuedAt, null);
    }

    private byte[] export(String node, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/training/v1/certificates/export");
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        return new CertificateController(certificates, pdf, workbook, StandInDirectory.federation(
                "training", new NodeEndpoint("langli", LANGLI, node), jdbc, json))
                .export(COUNTY_OFFICER, null, request, response).getBody();
    }

    private List<String> sessionIds(byte[] xlsx) {
        return ExportSheets.sheet(xlsx, 0).stream().map(row -> row.get(ID_OF_SESSION)).toList();
    }

    @Test
    void theCountysExportHasTheNodesCertificatesNewestFirstWithThisNodesOnes() throws IOException {
        issuedHere();
        List<String> own = sessionIds(controller.export(COUNTY_OFFICER, null, new MockHttpServletRequest(),
                new MockHttpServletResponse()).getBody());
        assertThat(own).isNotEmpty();
        Certificate newest = held("钱峰", Instant.parse("2099-06-01T02:00:00Z"));
        Certificate oldest = held("孙丽", Instant.parse("1999-06-01T02:00:00Z"));
        try (StandInNode node = StandInNode.start("langli", LANGLI.code(), json)
                .holds("/api/training/v1/certificates", List.of(newest, oldest))) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            byte[] xlsx = export(node.base(), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            List<String> expected = new ArrayList<>(List.of(newest.sessionId().toString()));
            expected.addAll(own);
            expected.add(oldest.sessionId().toString());
            assertThat(sessionIds(xlsx)).containsExactlyElementsOf(expected);
            assertThat(ExportSheets.sheet(xlsx, 0).get(0).subList(0, 6)).containsExactly(newest.code(), "钱峰",
                    "志愿服务管理", "2099-06-01", "榔梨街道社区社会组织联合会", "有效");
            assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri)
                    .startsWith("/api/training/v1/certificates?").contains("size=200"));
        }

        MockHttpServletResponse partial = new MockHttpServletResponse();
        byte[] without = export(StandInNode.deadBase(), partial);
        assertThat(partial.getHeader("Incubator-Partial")).isEqualTo("langli=unavailable");
        assertThat(sessionIds(without)).containsExactlyElementsOf(own);
        assertThat(ExportSheets.sheetNames(without)).containsExactly("结业证书", "未包含的节点");
    }
}
