package cn.incubator.contracts.archfixture;

/** Stands in for a generated gRPC contract: its server base and its client stub. */
public final class DemoGrpc {

    private DemoGrpc() {
    }

    public abstract static class DemoImplBase {
    }

    public static final class DemoBlockingStub {
    }
}
