package cn.incubator.platform.node;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code incubator.node.*}: which subtree this service instance serves.
 *
 * @param name         a readable node name, shown in problems and logs
 * @param jurisdiction the subtree root; defaults to the whole province of Hunan
 */
@ConfigurationProperties("incubator.node")
public record NodeProperties(@DefaultValue("central") String name, @DefaultValue("430000000000") String jurisdiction) {
}
