package cn.incubator.registry.excel;

import cn.incubator.registry.field.Labels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The cells of one data row, read as typed values. A cell that cannot be read as its type yields {@code null} and
 * records an error against its column, so one pass over a row reports all of its problems.
 */
public final class RowValues {

    private final int row;
    private final Map<String, String> cells;
    private final Map<String, Column> columns;
    private final List<PendingError> errors = new ArrayList<>();

    RowValues(int row, Map<String, String> cells, Map<String, Column> columns) {
        this.row = row;
        this.cells = cells;
        this.columns = columns;
    }

    /** An error not yet translated: the message key and its arguments. */
    record PendingError(String field, String code, Object[] args) {
    }

    public int row() {
        return row;
    }

    List<PendingError> errors() {
        return errors;
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    /** The cell as text, stripped; {@code null} when empty. */
    public String text(String key) {
        String value = cells.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Integer integer(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return fail(key, "Excel.integer", value);
        }
    }

    public BigDecimal decimal(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            return fail(key, "Excel.number", value);
        }
    }

    /** A date cell, or text written {@code 2024-06-01} or {@code 2024/6/1}. */
    public LocalDate date(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            String[] parts = value.split("[-/.]");
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            return LocalDate.parse(value);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return fail(key, "Excel.date", value);
        }
    }

    public UUID uuid(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return fail(key, "Excel.uuid", value);
        }
    }

    /** One of an enum's constants, written as its Chinese name (as the template offers) or its code. */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String value = text(key);
        return value == null ? null : parse(key, type, value);
    }

    /** Several constants separated by 、 , ， ; or ；. */
    public <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
        String value = text(key);
        Set<E> result = EnumSet.noneOf(type);
        if (value == null) {
            return result;
        }
        for (String part : value.split("[、,，;；]")) {
            if (!part.isBlank()) {
                E parsed = parse(key, type, part.strip());
                if (parsed == null) {
                    return result;
                }
                result.add(parsed);
            }
        }
        return result;
    }

    /** Several ids separated like {@link #choices}. */
    public List<UUID> uuids(String key) {
        String value = text(key);
        Set<UUID> result = new LinkedHashSet<>();
        if (value != null) {
            for (String part : value.split("[、,，;；\\s]+")) {
                if (!part.isBlank()) {
                    try {
                        result.add(UUID.fromString(part.strip()));
                    } catch (IllegalArgumentException e) {
                        fail(key, "Excel.uuid", part.strip());
                        return List.of();
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    private <E extends Enum<E>> E parse(String key, Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value) || value.equals(Labels.chinese(constant))) {
                return constant;
            }
        }
        return fail(key, "Excel.choice", value, String.join("、",
                Arrays.stream(type.getEnumConstants()).map(Labels::chinese).toList()));
    }

    private <T> T fail(String key, String code, Object... args) {
        errors.add(new PendingError(key, code, args));
        return null;
    }

    Column column(String key) {
        return columns.get(key);
    }
}
