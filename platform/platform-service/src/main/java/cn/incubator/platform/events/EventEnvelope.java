package cn.incubator.platform.events;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A fact one service tells others ("organization admitted to incubation"), as it travels between services.
 *
 * @param id           unique per fact; consumers use it to process each fact once
 * @param type         the full name of the payload's protobuf message in {@code contracts/}, versioned by its package,
 *                     e.g. {@code cn.incubator.incubation.events.v1.OrganizationAdmitted}
 * @param source       the publishing service
 * @param jurisdiction the 12-digit code of the place the fact belongs to (the organization's)
 * @param subjectId    always the id of the organization the fact is about (the producer's own record, e.g. the
 *                     incubation case, is a field of the payload)
 * @param payload      the message in protobuf's JSON form ({@code JsonFormat}); read it with {@link EventPayloads}
 */
public record EventEnvelope(
        UUID id,
        String type,
        Instant occurredAt,
        String source,
        String jurisdiction,
        String subjectId,
        JsonNode payload) {
}
