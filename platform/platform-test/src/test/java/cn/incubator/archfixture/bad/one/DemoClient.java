package cn.incubator.archfixture.bad.one;

import cn.incubator.contracts.archfixture.DemoGrpc;

/** An outbound client outside the remote package. */
public class DemoClient {
    private final DemoGrpc.DemoBlockingStub stub = new DemoGrpc.DemoBlockingStub();

    public Object stub() {
        return stub;
    }
}
