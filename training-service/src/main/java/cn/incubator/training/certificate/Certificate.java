package cn.incubator.training.certificate;

import cn.incubator.platform.federation.ListOrder;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A certificate of completion (结业证书) with its verification code (验证码). */
public record Certificate(UUID id, String code, UUID enrolmentId, UUID sessionId, UUID organizationId,
        @JsonIgnore String organizationJurisdiction, String holderName, String courseTitle, LocalDate completedOn,
        String issuer, CertificateStatus status, String revocationReason, String issuedBy, Instant issuedAt,
        Instant revokedAt) {

    /**
     * The list's order ({@code issued_at DESC, id}), for merging the rows of several nodes. A node's row comes back
     * without {@code organizationJurisdiction}, which the API never shows.
     */
    public static final ListOrder<Certificate> ORDER = ListOrder.identifiedBy(Certificate::id)
            .newestFirst(Certificate::issuedAt).thenId();

    Certificate revoked(String reason, Instant at) {
        return new Certificate(id, code, enrolmentId, sessionId, organizationId, organizationJurisdiction, holderName,
                courseTitle, completedOn, issuer, status.after(CertificateStatus.Action.REVOKE), reason, issuedBy,
                issuedAt, at);
    }

    /**
     * What the public verification shows (公开验证): the masked holder name, the course, the date and the issuer, and
     * whether the certificate is valid or revoked; nothing else.
     */
    public record Verification(String code, CertificateStatus status, String holder, String course,
            LocalDate completedOn, String issuer) {
    }

    Verification verification() {
        return new Verification(code, status, masked(holderName), courseTitle, completedOn, issuer);
    }

    /** The first character kept, every other one masked: 张伟 → 张*, 欧阳娜娜 → 欧***. */
    static String masked(String name) {
        int[] points = name.strip().codePoints().toArray();
        if (points.length <= 1) {
            return "*";
        }
        return new String(points, 0, 1) + "*".repeat(points.length - 1);
    }
}
