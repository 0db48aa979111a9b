package cn.incubator.platform.events;

import com.google.protobuf.Message;
import java.util.function.BiConsumer;

/**
 * Reacts to one type of event from another service, typed by the contract's message. The service must also subscribe
 * to the type ({@code incubator.events.subscriptions}); the inbox calls the handler once per event id, inside a
 * transaction that also records the id, so a redelivered event changes nothing.
 *
 * @param <T> the payload's message in {@code contracts/}
 */
public interface EventHandler<T extends Message> {

    /** The payload's default instance, e.g. {@code OrganizationAdmitted.getDefaultInstance()}: it names the type. */
    T prototype();

    void handle(EventEnvelope event, T payload);

    default String type() {
        return EventPayloads.typeOf(prototype());
    }

    static <T extends Message> EventHandler<T> of(T prototype, BiConsumer<EventEnvelope, T> action) {
        return new EventHandler<>() {
            @Override
            public T prototype() {
                return prototype;
            }

            @Override
            public void handle(EventEnvelope event, T payload) {
                action.accept(event, payload);
            }
        };
    }
}
