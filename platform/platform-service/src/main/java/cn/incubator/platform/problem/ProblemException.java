package cn.incubator.platform.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error meant for the caller, rendered as RFC 9457 problem details. The {@code type} is stable
 * ({@code urn:incubator:problem:<slug>}); the title and detail come from the message bundles in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final Object[] args;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String slug, Object[] args, Map<String, Object> properties) {
        super(slug);
        this.status = status;
        this.slug = slug;
        this.args = args.clone();
        this.properties = Map.copyOf(properties);
    }

    public ProblemException(HttpStatus status, String slug, Object... args) {
        this(status, slug, args, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    /** Short stable name; also the message key suffix ({@code problem.<slug>.title}, {@code problem.<slug>.detail}). */
    public String slug() {
        return slug;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Extra members of the problem document (e.g. {@code currentStage}). */
    public Map<String, Object> properties() {
        return properties;
    }
}
