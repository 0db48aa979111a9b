package cn.incubator.registry.node;

import java.util.List;

/**
 * The whole node directory at one version, as the gateway reads it. The central node is not listed: it is the
 * deployment's configured default, which serves every place no listed node owns.
 *
 * @param version raised by every registration, drain and removal
 * @param nodes   every registered node, active and draining, by jurisdiction code then name
 */
public record NodeDirectorySnapshot(long version, List<TierNode> nodes) {
}
