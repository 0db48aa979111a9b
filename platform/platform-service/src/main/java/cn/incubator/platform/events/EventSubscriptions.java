package cn.incubator.platform.events;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code incubator.events.subscriptions}: which services take which event types, by base URL, e.g.
 * {@code incubator.events.subscriptions[incubation.organization-admitted]=http://localhost:8085}.
 */
@ConfigurationProperties("incubator.events")
public record EventSubscriptions(Map<String, List<URI>> subscriptions) {

    public EventSubscriptions {
        subscriptions = subscriptions == null ? Map.of() : Map.copyOf(subscriptions);
    }

    public List<URI> subscribersOf(String type) {
        return subscriptions.getOrDefault(type, List.of());
    }
}
