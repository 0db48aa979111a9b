package cn.incubator.platform.federation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads back a row that a street node (节点) wrote for a federated list ({@link NodeFederation}): a record that keeps
 * its place as a hidden {@code jurisdictionCode} and shows it as {@code jurisdiction} ({@code code, name, fullName,
 * tier}). The default reading would leave the code empty, and the merged list would then show the node's rows without
 * their place; this one takes it from {@code jurisdiction.code} and every other component by its name.
 *
 * <p>A record opts in with a subclass naming it: {@code @JsonDeserialize(using = Course.Json.class)}
 * (training's courses, grants' custody agreements, …).
 */
public abstract class PlaceCodedJson<T extends Record> extends ValueDeserializer<T> {

    /** The hidden component holding the place's code. */
    static final String CODE = "jurisdictionCode";

    private final Class<T> type;

    protected PlaceCodedJson(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        JsonNode row = context.readTree(parser);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            if (component.getName().equals(CODE)) {
                JsonNode place = row.path("jurisdiction");
                values[i] = place.isObject() ? place.path("code").asString(null)
                        : place.isString() ? place.asString() : null;
                continue;
            }
            JsonNode value = row.get(component.getName());
            values[i] = value == null || value.isNull() ? absent(component.getType())
                    : context.readTreeAsValue(value, context.getTypeFactory().constructType(component.getGenericType()));
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    /** A component missing from the JSON: null, or a primitive's zero. */
    private static Object absent(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    }
}
