package cn.incubator.platform.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A fact one service tells others ("organization admitted to incubation"), as it travels between services.
 *
 * @param id           unique per fact; consumers use it to process each fact once
 * @param type         stable dotted name, {@code <service>.<fact>}, e.g. {@code registry.organization-registered}
 * @param source       the publishing service
 * @param jurisdiction the 12-digit code of the place the fact belongs to
 * @param subjectId    the record the fact is about
 * @param payload      the fact's data, as JSON-compatible values
 */
public record EventEnvelope(
        UUID id,
        String type,
        Instant occurredAt,
        String source,
        String jurisdiction,
        String subjectId,
        Map<String, Object> payload) {
}
