package cn.incubator.training.certificate;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 证书 PDF: one A4 landscape page with the holder, the course, the date, the issuer, the verification code and a QR
 * code of the public verification URL (through the gateway: {@code incubator.training.verification-url} followed by
 * the code), which any phone opens without logging in. Text is set in Noto Sans SC (subset embedded), taken at build
 * time from a Maven artifact into {@code fonts/NotoSansSC-Regular.ttf}, so no machine needs a system CJK font. The
 * QR code is drawn as vector squares, without AWT images. A revoked certificate is rendered with the mark 已撤销.
 */
@Component
public class CertificatePdf {

    static final String FONT = "fonts/NotoSansSC-Regular.ttf";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Color INK = new Color(0x33, 0x33, 0x33);
    private static final Color RED = new Color(0xB2, 0x22, 0x22);
    private static volatile byte[] font;

    private final String verificationUrl;

    public CertificatePdf(@Value("${incubator.training.verification-url}") String verificationUrl) {
        this.verificationUrl = verificationUrl.endsWith("/") ? verificationUrl : verificationUrl + "/";
    }

    /** The URL the QR code holds: the public verification of this code through the gateway. */
    public String verificationUrl(String code) {
        return verificationUrl + code;
    }

    /** The certificate as PDF bytes. */
    public byte[] render(Certificate certificate) {
        try (PDDocument document = new PDDocument()) {
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("结业证书 " + certificate.code());
            info.setSubject(certificate.courseTitle());
            info.setCreator("incubator training-service");
            PDFont cjk;
            try (InputStream in = new ByteArrayInputStream(fontBytes())) {
                cjk = PDType0Font.load(document, in, true);
            }
            float width = size.getWidth();
            float height = size.getHeight();
            try (PDPageContentStream page1 = new PDPageContentStream(document, page)) {
                page1.setStrokingColor(RED);
                page1.setLineWidth(3);
                page1.addRect(24, 24, width - 48, height - 48);
                page1.stroke();
                page1.setLineWidth(0.8f);
                page1.addRect(32, 32, width - 64, height - 64);
                page1.stroke();

                centred(page1, cjk, 40, RED, "结业证书", width, height - 110);
                centred(page1, cjk, 14, INK, "CERTIFICATE OF COMPLETION", width, height - 135);
                centred(page1, cjk, 30, INK, certificate.holderName(), width, height - 210);
                centred(page1, cjk, 16, INK, "参加「" + certificate.courseTitle() + "」培训，经考核合格，准予结业。", width,
                        height - 255);
                centred(page1, cjk, 11, INK, "has completed the course above.", width, height - 278);

                text(page1, cjk, 13, INK, "颁发单位 Issuer：" + certificate.issuer(), 70, 150);
                text(page1, cjk, 13, INK, "结业日期 Date：" + CHINESE_DATE.format(certificate.completedOn()) + "（"
                        + certificate.completedOn() + "）", 70, 125);
                text(page1, cjk, 13, INK, "证书验证码 Code：" + certificate.code(), 70, 100);
                text(page1, cjk, 9, INK, "扫码或访问以下地址验证 Scan or visit to verify：", 70, 72);
                text(page1, cjk, 9, INK, verificationUrl(certificate.code()), 70, 58);
                if (certificate.status() == CertificateStatus.REVOKED) {
                    centred(page1, cjk, 36, RED, "已撤销 REVOKED", width, height / 2 - 40);
                }
                qr(page1, verificationUrl(certificate.code()), width - 70 - 130, 50, 130);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(PDPageContentStream stream, PDFont font, float size, Color color, String text,
            float pageWidth, float y) throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        text(stream, font, size, color, text, (pageWidth - textWidth) / 2, y);
    }

    private static void text(PDPageContentStream stream, PDFont font, float size, Color color, String text, float x,
            float y) throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(color);
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** The QR code (error correction M, a quiet zone of 2 modules) as black squares, {@code side} points wide. */
    private static void qr(PDPageContentStream stream, String content, float x, float y, float side)
            throws IOException {
        QRCode code;
        try {
            code = Encoder.encode(content, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + content, e);
        }
        ByteMatrix matrix = code.getMatrix();
        int quiet = 2;
        int modules = matrix.getWidth() + 2 * quiet;
        float unit = side / modules;
        stream.setNonStrokingColor(Color.WHITE);
        stream.addRect(x, y, side, side);
        stream.fill();
        stream.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int run = col;
                while (run < matrix.getWidth() && matrix.get(run, row) == 1) {
                    run++;
                }
                // PDF's y grows upwards: row 0 is the top of the code
                stream.addRect(x + (quiet + col) * unit, y + side - (quiet + row + 1) * unit, (run - col) * unit, unit);
                col = run;
            }
        }
        stream.fill();
    }

    private static byte[] fontBytes() throws IOException {
        byte[] loaded = font;
        if (loaded == null) {
            try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is not on the class path (built by training-service's pom)");
                }
                loaded = in.readAllBytes();
            }
            font = loaded;
        }
        return loaded;
    }
}
