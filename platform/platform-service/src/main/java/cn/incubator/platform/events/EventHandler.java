package cn.incubator.platform.events;

/**
 * Reacts to one type of event from another service. The inbox calls it once per event id, inside a transaction
 * that also records the id, so a redelivered event changes nothing.
 */
public interface EventHandler {

    String type();

    void handle(EventEnvelope event);
}
