package cn.incubator.platform.node;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code incubator.node.*}: which subtree this service instance serves.
 *
 * @param name         a readable node name, shown in problems and logs
 * @param jurisdiction the subtree roots, comma-separated (usually one); defaults to the demo's central node: the whole
 *                     province of Hunan, plus Ejin Horo (伊金霍洛旗 150627) and Ya'an (雅安市 5118), whose demo data it
 *                     hosts
 */
@ConfigurationProperties("incubator.node")
public record NodeProperties(@DefaultValue("central") String name, @DefaultValue({"430000000000", "150627000000", "511800000000"}) List<String> jurisdiction) {
}
