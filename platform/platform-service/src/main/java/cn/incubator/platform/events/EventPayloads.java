package cn.incubator.platform.events;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event payloads are protobuf messages of {@code contracts/}; on the wire and in the outbox they are their JSON form
 * (field names in lowerCamelCase, enums by name, timestamps RFC 3339), readable and parsed back into the same
 * generated type by the consumer. Unknown fields are ignored, so a producer may add fields within a version.
 */
public final class EventPayloads {

    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private EventPayloads() {
    }

    /** The event type of a payload: its message's full name, e.g. {@code cn.incubator.incubation.events.v1.X}. */
    public static String typeOf(Message payload) {
        return payload.getDescriptorForType().getFullName();
    }

    /** The payload in its JSON form, as it travels in an envelope. */
    public static JsonNode toJson(Message payload, JsonMapper json) {
        try {
            return json.readTree(PRINTER.print(payload));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("Cannot write " + typeOf(payload), e);
        }
    }

    /** An instant as a payload's {@code google.protobuf.Timestamp}; null stays unset (the default instance). */
    public static Timestamp timestamp(Instant instant) {
        return instant == null ? Timestamp.getDefaultInstance()
                : Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /** A payload's timestamp as an instant; an unset one is null. */
    public static Instant instant(Timestamp timestamp) {
        return timestamp == null || timestamp.equals(Timestamp.getDefaultInstance()) ? null
                : Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    /** A string field of a payload, {@code ""} for null (protobuf has no null strings). */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The envelope's payload as the contract's message; the prototype names the type (its default instance). */
    @SuppressWarnings("unchecked")
    public static <T extends Message> T read(EventEnvelope event, T prototype) {
        if (!typeOf(prototype).equals(event.type())) {
            throw new IllegalArgumentException("Event " + event.id() + " is a " + event.type() + ", not a "
                    + typeOf(prototype));
        }
        Message.Builder builder = prototype.newBuilderForType();
        try {
            PARSER.merge(event.payload() == null ? "{}" : event.payload().toString(), builder);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("Event " + event.id() + " has a malformed " + event.type(), e);
        }
        return (T) builder.build();
    }
}
