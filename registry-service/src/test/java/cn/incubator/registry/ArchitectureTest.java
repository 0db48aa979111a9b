package cn.incubator.registry;

import cn.incubator.platform.test.architecture.ServiceArchitectureTest;

/** The service's boundaries (docs/decisions.md): see {@link ServiceArchitectureTest}. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("cn.incubator.registry", true, true);
    }
}
