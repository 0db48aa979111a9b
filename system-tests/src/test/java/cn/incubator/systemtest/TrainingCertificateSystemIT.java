package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * Certificates through the gateway with real tokens (issue 15): a Xingsha session of one sitting where 张伟 checks in,
 * 李娜 does not and 王芳 waits for a place; bulk issue refused before the sitting ends (nothing stored), then issuing to
 * 张伟 alone with the others' reasons, and issuing nothing when run again; the certificate's PDF for the holder's
 * org-admin and the staff in scope (404 for another street's hub, 403 for a role without the permission), its QR code
 * holding the public verification URL through the gateway, which answers without log-in; the attendance and
 * certificate exports as workbooks. The sitting starts half a minute ahead, so the test waits for it to end.
 */
@ExtendWith(RunningPlatform.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SharedParts.TRAINING)
@ResourceLock(value = SharedParts.REGISTRY, mode = ResourceAccessMode.READ)
@ResourceLock(value = SharedParts.NODES, mode = ResourceAccessMode.READ)
class TrainingCertificateSystemIT {

    private static final String API = "/api/training/v1";

    @Test
    void bulkIssueOncePdfWithAWorkingQrCodeAndTheExports() throws Exception {
        String hub = Api.token("xingsha-hub");
        String org = Api.token("org-admin-demo");
        String trainer = Api.token("trainer-demo");
        String otherHub = Api.token("langli-hub");
        String expert = Api.token("expert-demo");
        String officer = Api.token("county-officer");

        Api.Response course = Api.post(API + "/courses", hub, Map.of("jurisdiction", "430121001000",
                "title", "社会组织财务管理实务", "area", "FINANCE_AND_TAX", "hours", 2,
                "audience", List.of("ORGANIZATION_LEADER", "HUB_STAFF"), "trainerIds", List.of(), "completionPercent", 100));
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        Instant start = Training.sittingStart();
        Instant end = start.plus(Training.SITTING);
        Api.Response session = Api.post(API + "/sessions", hub, Map.of("courseId", course.json().get("id").asString(),
                "jurisdiction", "430121001000", "title", "财税第一期", "mode", "ONSITE", "venue", "星沙街道社会组织服务中心",
                "capacity", 2, "enrolmentDeadline", Training.enrolmentDeadline(start).toString(), "trainer", "trainer-demo",
                "sittings", List.of(Map.of("startsAt", start.toString(), "endsAt", end.toString()))));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String sessionId = session.json().get("id").asString();
        String sessions = API + "/sessions/" + sessionId;
        assertThat(Api.post(sessions + "/publication", hub, Map.of()).status()).isEqualTo(200);
        String zhang = Training.enrol(sessions, org, "张伟", "ENROLLED");
        String li = Training.enrol(sessions, org, "李娜", "ENROLLED");
        String wang = Training.enrol(sessions, org, "王芳", "WAITLISTED");

        String code = Training.checkInCode(Api.post(sessions + "/sittings/1/check-in-codes", trainer, Map.of()),
                zhang);
        assertThat(Api.post(API + "/check-ins", org, Map.of("code", code)).status()).isEqualTo(201);
        assertThat(Api.post(sessions + "/closure", hub, Map.of()).status()).isEqualTo(200);

        // refused: a role without the permission, and before the sitting ends; nothing is stored either way
        Api.Response byOrg = Api.post(sessions + "/certificate-issuance", org, Map.of());
        assertThat(byOrg.status()).isEqualTo(403);
        assertThat(byOrg.contentType()).startsWith("application/problem+json");
        Api.Response early = Api.post(sessions + "/certificate-issuance", trainer, Map.of());
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.body()).contains("sittings-not-over");
        assertThat(Api.get(API + "/certificates?sessionId=" + sessionId, hub).json().get("total").asLong()).isZero();
        assertThat(Api.get(sessions, hub).json().get("status").asString()).isEqualTo("CLOSED");

        Api.await("the sitting to end", Duration.ofMinutes(5), () -> Instant.now().isAfter(end.plusSeconds(2)));
        Api.Response first = Api.post(sessions + "/certificate-issuance", trainer, Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("issued").asInt()).isEqualTo(1);
        assertThat(first.json().get("alreadyIssued").asInt()).isZero();
        assertThat(first.json().get("notEligible").asInt()).isEqualTo(2);
        JsonNode certificate = first.json().get("issuedCertificates").get(0);
        assertThat(certificate.get("holderName").asString()).isEqualTo("张伟");
        assertThat(first.json().get("notEligiblePeople").valueStream()
                .map(p -> p.get("personName").asString() + " " + p.get("reason").asString() + " "
                        + p.get("attended").asInt() + "/" + p.get("sittings").asInt()).toList())
                .containsExactlyInAnyOrder("李娜 attendance-below-threshold 0/1", "王芳 waitlisted 0/1");
        assertThat(first.json().get("notEligiblePeople").valueStream().map(p -> p.get("enrolmentId").asString()))
                .containsExactlyInAnyOrder(li, wang);
        assertThat(Api.get(sessions, hub).json().get("status").asString()).isEqualTo("COMPLETED");

        Api.Response again = Api.post(sessions + "/certificate-issuance", hub, Map.of());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("issued").asInt()).isZero();
        assertThat(again.json().get("alreadyIssued").asInt()).isEqualTo(1);
        assertThat(again.json().get("notEligible").asInt()).isEqualTo(2);
        assertThat(Api.get(API + "/certificates?sessionId=" + sessionId, hub).json().get("total").asLong())
                .isEqualTo(1);

        String id = certificate.get("id").asString();
        String verificationCode = certificate.get("code").asString();
        for (String reader : List.of(org, hub, officer)) {
            Workbook.Download pdf = Workbook.download(API + "/certificates/" + id + "/pdf", reader);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(pdf.disposition()).startsWith("attachment;").contains(".pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("张伟", "社会组织财务管理实务", verificationCode);
                assertThat(qr(document)).isEqualTo(Api.gateway() + "/public/training/v1/certificates/" + verificationCode);
            }
        }
        Workbook.Download foreign = Workbook.download(API + "/certificates/" + id + "/pdf", otherHub);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        Workbook.Download noPermission = Workbook.download(API + "/certificates/" + id + "/pdf", expert);
        assertThat(noPermission.status()).isEqualTo(403);
        assertThat(noPermission.contentType()).startsWith("application/problem+json");
        Api.Response verified = Api.get("/public/training/v1/certificates/" + verificationCode, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("holder").asString()).isEqualTo("张*");

        Workbook.Download attendance = Workbook.download(sessions + "/attendance/export", hub);
        assertThat(attendance.status()).isEqualTo(200);
        assertThat(attendance.contentType()).isEqualTo(Workbook.XLSX);
        List<Workbook.SheetText> sheets = Workbook.read(attendance.body());
        assertThat(sheets).extracting(Workbook.SheetText::name).containsExactly("出勤汇总", "签到记录");
        assertThat(sheets.get(0).rows()).containsExactly(
                List.of("姓名", "组织编号", "培训对象", "报名状态", "第1场", "出勤次数", "场次总数", "出勤率(%)"),
                List.of("张伟", "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001", "枢纽型组织工作人员", "已结业", "出勤", "1", "1",
                        "100"),
                List.of("李娜", "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001", "枢纽型组织工作人员", "未结业", "未记录", "0", "1",
                        "0"));
        assertThat(sheets.get(1).rows()).hasSize(2);
        assertThat(sheets.get(1).rows().get(1).subList(0, 2)).containsExactly("张伟", "1");
        assertThat(sheets.get(1).rows().get(1)).contains("出勤", "签到码");
        assertThat(Workbook.download(sessions + "/attendance/export", otherHub).status()).isEqualTo(404);
        assertThat(Workbook.download(sessions + "/attendance/export", expert).status()).isEqualTo(403);

        Workbook.Download listed = Workbook.download(API + "/certificates/export?sessionId=" + sessionId, org);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.contentType()).isEqualTo(Workbook.XLSX);
        List<List<String>> rows = Workbook.read(listed.body()).get(0).rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(0, 3)).containsExactly(verificationCode, "张伟", "社会组织财务管理实务");
        assertThat(rows.get(1)).contains("有效");
        assertThat(Workbook.read(Workbook.download(API + "/certificates/export?sessionId=" + sessionId, otherHub)
                .body()).get(0).rows()).hasSize(1);
    }

    /** The QR code on the rendered page, as a phone would read it. */
    private static String qr(PDDocument document) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
