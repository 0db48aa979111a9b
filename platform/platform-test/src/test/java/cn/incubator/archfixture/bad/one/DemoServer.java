package cn.incubator.archfixture.bad.one;

import cn.incubator.contracts.archfixture.DemoGrpc;

/** A gRPC server that is public and not named *GrpcService. */
public class DemoServer extends DemoGrpc.DemoImplBase {
}
