package cn.incubator.platform.text;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** UUIDs read from another service's answer, where a value that is not one is left out rather than fatal. */
public final class Uuids {

    private Uuids() {
    }

    /** The UUID, or {@code null} when {@code value} is not one. */
    public static UUID parseOrNull(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    /** The values that are UUIDs, in their order; the others are left out. */
    public static List<UUID> validOnly(Collection<String> values) {
        return values.stream().map(Uuids::parseOrNull).filter(Objects::nonNull).toList();
    }
}
