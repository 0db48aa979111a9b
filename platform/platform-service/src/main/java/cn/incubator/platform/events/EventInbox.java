package cn.incubator.platform.events;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes events delivered to this service and hands each to its handler exactly once: the event id is recorded in
 * {@code processed_event} in the handler's transaction, and an id seen before is skipped.
 */
public class EventInbox {

    public static final String PATH = "/internal/events";

    private final JdbcClient jdbc;
    private final Map<String, EventHandler> handlers;

    public EventInbox(JdbcClient jdbc, List<EventHandler> handlers) {
        this.jdbc = jdbc;
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::type, Function.identity()));
    }

    /** @return whether the event was processed now (false: no handler here, or processed before) */
    @Transactional
    public boolean receive(EventEnvelope event) {
        EventHandler handler = handlers.get(event.type());
        if (handler == null) {
            return false;
        }
        int recorded = jdbc.sql("""
                INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (:id, :type, now())
                ON CONFLICT (event_id) DO NOTHING
                """)
                .param("id", event.id())
                .param("type", event.type())
                .update();
        if (recorded == 0) {
            return false;
        }
        handler.handle(event);
        return true;
    }
}
