package cn.incubator.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The certificate's PDF: Chinese text in the embedded font, the code, and a QR code of the verification URL. */
class CertificatePdfTest {

    private final CertificatePdf pdf = new CertificatePdf("https://gateway.example.org/public/training/v1/certificates");

    private static Certificate certificate(CertificateStatus status) {
        return new Certificate(UUID.randomUUID(), "K7M2Q9X4B8ZP", UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "430121001000", "欧阳娜娜", "社区社会组织备案与培育", LocalDate.of(2026, 11, 20),
                "湖南省长沙市长沙县星沙街道", status, status == CertificateStatus.REVOKED ? "培训记录有误" : null,
                "xingsha-hub", Instant.parse("2026-11-20T10:00:00Z"),
                status == CertificateStatus.REVOKED ? Instant.parse("2026-11-21T10:00:00Z") : null);
    }

    @Test
    void theHolderCourseIssuerAndCodeReadInChineseAndTheQrCodeOpensTheVerification() throws Exception {
        PdfReading.Read read = PdfReading.read(pdf.render(certificate(CertificateStatus.VALID)));

        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.text()).contains("结业证书", "欧阳娜娜", "社区社会组织备案与培育", "湖南省长沙市长沙县星沙街道",
                "K7M2Q9X4B8ZP", "2026年11月20日").doesNotContain("已撤销");
        assertThat(read.qr()).isEqualTo("https://gateway.example.org/public/training/v1/certificates/K7M2Q9X4B8ZP");
        assertThat(pdf.verificationUrl("K7M2Q9X4B8ZP")).isEqualTo(read.qr());
    }

    @Test
    void aRevokedCertificateSaysSoAndStillCarriesItsQrCode() throws Exception {
        PdfReading.Read read = PdfReading.read(pdf.render(certificate(CertificateStatus.REVOKED)));

        assertThat(read.text()).contains("已撤销", "欧阳娜娜");
        assertThat(read.qr()).endsWith("/K7M2Q9X4B8ZP");
    }
}
