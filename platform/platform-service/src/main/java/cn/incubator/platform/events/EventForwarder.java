package cn.incubator.platform.events;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.web.client.RestClient;

/**
 * Delivers each published event to the inbox ({@code POST /internal/events}) of every subscribed service, with a
 * service token. A failed delivery throws, so the publication stays incomplete in the registry and
 * {@link EventRedelivery} submits it again; subscribers that already took it skip the duplicate.
 */
public class EventForwarder {

    private static final Logger log = LoggerFactory.getLogger(EventForwarder.class);

    private final EventSubscriptions subscriptions;
    private final RestClient serviceClient;

    public EventForwarder(EventSubscriptions subscriptions, RestClient serviceClient) {
        this.subscriptions = subscriptions;
        this.serviceClient = serviceClient;
    }

    @ApplicationModuleListener
    public void forward(EventEnvelope event) {
        for (URI subscriber : subscriptions.subscribersOf(event.type())) {
            log.debug("Delivering {} {} to {}", event.type(), event.id(), subscriber);
            serviceClient.post()
                    .uri(subscriber.resolve(EventInbox.PATH))
                    .body(event)
                    .retrieve()
                    .toBodilessEntity();
        }
    }
}
