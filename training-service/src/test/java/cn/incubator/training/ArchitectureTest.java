package cn.incubator.training;

import cn.incubator.platform.test.architecture.ServiceArchitectureTest;

/** The service's boundaries (docs/decisions.md): see {@link ServiceArchitectureTest}. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("cn.incubator.training", true, true);
    }
}
