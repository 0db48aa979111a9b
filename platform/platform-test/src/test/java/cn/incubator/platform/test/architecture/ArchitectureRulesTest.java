package cn.incubator.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.archfixture.PlatformLeak;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules fail where they must: on fixture services that break them (test classes of this module), and pass on
 * one that keeps them. A rule that found nothing to check would fail too.
 */
class ArchitectureRulesTest {

    private static final JavaClasses GOOD = new ClassFileImporter().importPackages("cn.incubator.archfixture.good");
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("cn.incubator.archfixture.bad");

    @Test
    void aServiceUsingAnotherServicesCodeFails() {
        assertThatThrownBy(() -> ArchitectureRules.usesNoOtherService("cn.incubator.archfixture.bad").check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("OtherServiceCode");
        assertThatCode(() -> ArchitectureRules.usesNoOtherService("cn.incubator.archfixture.good").check(GOOD))
                .doesNotThrowAnyException();
    }

    @Test
    void aCycleBetweenFeaturePackagesFails() {
        assertThatThrownBy(() -> ArchitectureRules.noPackageCycles("cn.incubator.archfixture.bad", true).check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
        assertThatCode(() -> ArchitectureRules.noPackageCycles("cn.incubator.archfixture.good", true).check(GOOD))
                .doesNotThrowAnyException();
    }

    @Test
    void aLifecycleTypeUsingSpringFailsAndARuleWithoutLifecycleTypesFailsToo() {
        assertThatThrownBy(() -> ArchitectureRules.lifecycleTypesAreFrameworkFree(BAD, true).check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.springframework.util.Assert");
        assertThatCode(() -> ArchitectureRules.lifecycleTypesAreFrameworkFree(GOOD, true).check(GOOD))
                .doesNotThrowAnyException();
        JavaClasses noLifecycles = new ClassFileImporter().importClasses(PlatformLeak.class);
        assertThatThrownBy(() -> ArchitectureRules.lifecycleTypesAreFrameworkFree(noLifecycles, true)
                .check(noLifecycles)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anOutboundClientOutsideRemoteAndAMisnamedPublicGrpcServerFail() {
        assertThatThrownBy(() -> ArchitectureRules.outboundClientsLiveInRemote("cn.incubator.archfixture.bad")
                .check(BAD)).isInstanceOf(AssertionError.class).hasMessageContaining("DemoClient");
        assertThatThrownBy(() -> ArchitectureRules.grpcServersAreNamedAndPlaced("cn.incubator.archfixture.bad")
                .check(BAD)).isInstanceOf(AssertionError.class).hasMessageContaining("DemoServer");
        assertThatCode(() -> ArchitectureRules.outboundClientsLiveInRemote("cn.incubator.archfixture.good")
                .check(GOOD)).doesNotThrowAnyException();
    }

    @Test
    void thePlatformUsingAServicesCodeFails() {
        JavaClasses leak = new ClassFileImporter().importClasses(PlatformLeak.class);
        assertThatThrownBy(() -> ArchitectureRules.platformUsesNoService().check(leak))
                .isInstanceOf(AssertionError.class).hasMessageContaining("OtherServiceCode");
    }

    @Test
    void theLifecycleTypesAreTheDeclarersAndTheirStateAndActionTypes() {
        org.assertj.core.api.Assertions.assertThat(ArchitectureRules.lifecycleTypes(GOOD)).containsExactlyInAnyOrder(
                "cn.incubator.archfixture.good.one.Alpha", "cn.incubator.archfixture.good.one.Alpha$Action");
    }
}
