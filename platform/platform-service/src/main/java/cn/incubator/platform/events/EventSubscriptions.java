package cn.incubator.platform.events;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code incubator.events.subscriptions}: the event types this service consumes, each with the service that
 * produces it, e.g. {@code incubator.events.subscriptions[cn.incubator.incubation.events.v1.OrganizationAdmitted]=incubation}.
 * The producer's address is {@code incubator.services.<producer>}, set by whoever deploys the node (the launcher
 * locally); producers do not know their consumers.
 */
@ConfigurationProperties("incubator.events")
public record EventSubscriptions(Map<String, String> subscriptions) {

    public EventSubscriptions {
        subscriptions = subscriptions == null ? Map.of() : Map.copyOf(subscriptions);
    }
}
