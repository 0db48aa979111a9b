package cn.incubator.registry.notification;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A notice (站内信) to deliver: what it tells ({@code kind} and the arguments of its text), to whom, about which place,
 * and why ({@code cause}: the same cause and audience make the same notice, so delivering it twice stores it once).
 *
 * @param link the console's path to open from the notice, or {@code null}
 */
public record Notice(NoticeKind kind, String cause, Audience audience, Jurisdiction jurisdiction,
        Map<String, String> args, String link, Instant at) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(at, "at");
        args = Map.copyOf(args);
    }
}
