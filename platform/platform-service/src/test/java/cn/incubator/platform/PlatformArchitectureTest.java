package cn.incubator.platform;

import cn.incubator.platform.test.architecture.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The platform's boundaries (docs/decisions.md): it uses no service's code, and platform-core no framework. */
class PlatformArchitectureTest {

    private static final JavaClasses PLATFORM = ArchitectureRules.importPlatform();

    @Test
    void thePlatformUsesNoServicesCode() {
        ArchitectureRules.platformUsesNoService().check(PLATFORM);
    }

    @Test
    void platformCoreUsesNoFramework() {
        ArchitectureRules.platformCoreIsFrameworkFree().check(PLATFORM);
    }
}
