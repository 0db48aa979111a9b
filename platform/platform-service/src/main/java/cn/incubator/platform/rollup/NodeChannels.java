package cn.incubator.platform.rollup;

import io.grpc.Channel;

/** The gRPC channel to a node's endpoint; one per target, kept open and shared by every roll-up. */
@FunctionalInterface
public interface NodeChannels {

    Channel channel(NodeEndpoint node);
}
