package cn.incubator.partybuilding;

import cn.incubator.platform.test.architecture.ServiceArchitectureTest;

/** The service's boundaries (docs/decisions.md): see {@link ServiceArchitectureTest}. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("cn.incubator.partybuilding", true, true);
    }
}
