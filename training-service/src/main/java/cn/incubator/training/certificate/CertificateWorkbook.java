package cn.incubator.training.certificate;

import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.text.Display;
import cn.incubator.platform.text.EnumLabels;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** 证书导出: the certificates listed (same filter as the list) as an .xlsx sheet, in Chinese, times in Beijing time. */
@Component
class CertificateWorkbook {

    static final List<String> HEADERS = List.of("证书验证码", "持证人", "课程", "结业日期", "颁发单位", "状态", "撤销原因",
            "颁发人", "颁发时间", "撤销时间", "组织编号", "班次编号", "验证地址");

    private final MessageSource messages;
    private final CertificatePdf pdf;

    CertificateWorkbook(MessageSource messages, CertificatePdf pdf) {
        this.messages = messages;
        this.pdf = pdf;
    }

    byte[] of(List<Certificate> certificates) {
        return ExcelTables.of(List.of(table(certificates)));
    }

    /** The certificates collected from several nodes, and a sheet naming the nodes missing from them, if any. */
    byte[] of(NodeFederation.Collected<Certificate> certificates) {
        return ExcelTables.of(certificates.sheets(table(certificates.rows())));
    }

    private ExcelTables.Table table(List<Certificate> certificates) {
        List<List<?>> rows = certificates.stream().<List<?>>map(c -> Arrays.asList(c.code(), c.holderName(),
                c.courseTitle(), c.completedOn(), c.issuer(),
                messages.getMessage(EnumLabels.key(c.status()), null, c.status().name(), Locale.SIMPLIFIED_CHINESE),
                c.revocationReason(), c.issuedBy(), beijing(c.issuedAt()), beijing(c.revokedAt()),
                c.organizationId().toString(), c.sessionId().toString(), pdf.verificationUrl(c.code()))).toList();
        return new ExcelTables.Table("结业证书", HEADERS, rows);
    }

    private static LocalDateTime beijing(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Display.ZONE);
    }
}
