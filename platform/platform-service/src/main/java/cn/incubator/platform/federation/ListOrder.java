package cn.incubator.platform.federation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list's order, as its SQL {@code ORDER BY} gives it, for merging the rows of several nodes: each key a value of the
 * row and how PostgreSQL compares it (text in the database's collation, a time, a day, a UUID), ascending or descending. The
 * last key must make the order total (the id).
 *
 * @param <T> the list's row
 */
public final class ListOrder<T> {

    /** One sort key: the row's value, the SQL type it is compared as, and its direction. */
    record Key<T>(Function<T, Object> value, String type, boolean descending) {
    }

    private final Function<T, Object> identity;
    private final List<Key<T>> keys;

    private ListOrder(Function<T, Object> identity, List<Key<T>> keys) {
        this.identity = identity;
        this.keys = List.copyOf(keys);
    }

    /** An order whose rows are told apart by {@code identity} (a record's id: the same row on two nodes counts once). */
    public static <T> ListOrder<T> identifiedBy(Function<T, ?> identity) {
        return new ListOrder<>(identity::apply, List.of());
    }

    /** Then by this text, ascending, in the database's collation (as {@code ORDER BY name}). */
    public ListOrder<T> text(Function<T, String> value) {
        return with(new Key<>(value::apply, "text", false));
    }

    /** Then by this time, newest first (as {@code ORDER BY created_at DESC}). */
    public ListOrder<T> newestFirst(Function<T, Instant> value) {
        return with(new Key<>(row -> value.apply(row) == null ? null : value.apply(row).toString(), "timestamptz",
                true));
    }

    /** Then by this time, oldest first. */
    public ListOrder<T> oldestFirst(Function<T, Instant> value) {
        return with(new Key<>(row -> value.apply(row) == null ? null : value.apply(row).toString(), "timestamptz",
                false));
    }

    /** Then by this day, earliest first (as {@code ORDER BY rectification_due}). */
    public ListOrder<T> earliestDayFirst(Function<T, LocalDate> value) {
        return day(value, false);
    }

    /** Then by this day, latest first (as {@code ORDER BY opens_on DESC}). */
    public ListOrder<T> latestDayFirst(Function<T, LocalDate> value) {
        return day(value, true);
    }

    private ListOrder<T> day(Function<T, LocalDate> value, boolean descending) {
        return with(new Key<>(row -> value.apply(row) == null ? null : value.apply(row).toString(), "date",
                descending));
    }

    /** Then by this whole number, largest first (as {@code ORDER BY year DESC}). */
    public ListOrder<T> largestFirst(Function<T, ? extends Number> value) {
        return with(new Key<>(value::apply, "bigint", true));
    }

    /** Then by the identity, as a UUID (the tie-breaker every list ends with: {@code ORDER BY ..., id}). */
    public ListOrder<T> thenId() {
        return with(new Key<>(row -> String.valueOf(identity.apply(row)), "uuid", false));
    }

    private ListOrder<T> with(Key<T> key) {
        List<Key<T>> more = new ArrayList<>(keys);
        more.add(key);
        return new ListOrder<>(identity, more);
    }

    Object identity(T row) {
        return identity.apply(row);
    }

    List<Key<T>> keys() {
        return keys;
    }
}
