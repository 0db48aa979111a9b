package cn.incubator.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import org.junit.jupiter.api.Test;

class CertificateStatusTest {

    @Test
    void aValidCertificateIsRevokedOnceAndTheHolderNameIsMaskedButItsFirstCharacter() {
        LifecycleTables.assertExactly(CertificateStatus.LIFECYCLE, """
                VALID REVOKE REVOKED
                """);
        assertThat(Certificate.masked("张伟")).isEqualTo("张*");
        assertThat(Certificate.masked("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Certificate.masked("王")).isEqualTo("*");
    }
}
