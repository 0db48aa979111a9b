package cn.incubator.training.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 证书公开验证: anyone holding a verification code (printed on the certificate) checks it without logging in. Served
 * under {@code /public/**}, outside the permission model (no caller, no data scope), and rate-limited per client
 * address at the gateway; it shows only the masked holder name, the course, the date, the issuer and the status.
 */
@RestController
@RequestMapping("/public/training/v1/certificates")
class VerificationController {

    private final CertificateService certificates;

    VerificationController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/{code}")
    @SecurityRequirements
    @Operation(summary = "Verify a certificate by its code (no log-in): valid or revoked, holder name masked")
    Certificate.Verification verify(@PathVariable @Pattern(regexp = "[A-Za-z0-9]{1,16}") String code) {
        return certificates.verify(code.toUpperCase(java.util.Locale.ROOT));
    }
}
