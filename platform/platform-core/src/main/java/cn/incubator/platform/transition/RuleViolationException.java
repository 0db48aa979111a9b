package cn.incubator.platform.transition;

import java.util.Map;
import java.util.Objects;

/**
 * A domain rule refuses a change that the lifecycle alone would allow: too few score sheets to decide, a payment
 * beyond what is unpaid, a custody balance that does not cover the spending. Spring-free, so that domain types raise
 * it themselves; the platform answers it with a 409 problem of type {@code urn:incubator:problem:<slug>}, whose title
 * and detail come from {@code problem.<slug>.*} of the service's bundle (the arguments fill the detail) and whose
 * extra members are {@link #properties()}. No service catches and rethrows it.
 */
public class RuleViolationException extends RuntimeException {

    private final String slug;
    private final Object[] args;
    private final Map<String, Object> properties;

    public RuleViolationException(String slug, Object[] args, Map<String, Object> properties) {
        super(slug);
        this.slug = Objects.requireNonNull(slug);
        this.args = args.clone();
        this.properties = Map.copyOf(properties);
    }

    public RuleViolationException(String slug, Object... args) {
        this(slug, args, Map.of());
    }

    /** Short stable name; also the message key suffix ({@code problem.<slug>.title}, {@code problem.<slug>.detail}). */
    public String slug() {
        return slug;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Extra members of the problem document. */
    public Map<String, Object> properties() {
        return properties;
    }
}
