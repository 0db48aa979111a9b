package cn.incubator.incubation.base;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.UUID;

/**
 * An incubation base (孵化基地 / 孵化中心) funded by a civil-affairs bureau at a tier and run by an operator (运营方),
 * e.g. 湖南乐创公益慈善发展中心 for Changsha city.
 */
public record Base(UUID id, String name, Jurisdiction jurisdiction, String operatorName, Instant createdAt) {
}
