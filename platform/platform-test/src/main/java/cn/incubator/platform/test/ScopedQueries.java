package cn.incubator.platform.test;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a service's scoped repository queries for a test of data scope. Repositories are package-private (one per
 * feature package), so one test per service reaches their query methods by name; a renamed method fails the test.
 *
 * @param <S> the scope type the queries take (a {@code DataScope}, or a wrapper of it)
 */
public final class ScopedQueries<S> {

    private final Map<String, Function<S, Object>> queries = new LinkedHashMap<>();

    /** Adds a query under a name shown in assertion messages, e.g. {@code "ConsultationRepository.search"}. */
    public ScopedQueries<S> add(String name, Function<S, Object> query) {
        queries.put(name, query);
        return this;
    }

    /** Each query's rows for the scope: a list as it is, an optional as zero or one row, a page as its items. */
    public Map<String, List<Object>> rows(S scope) {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        queries.forEach((name, query) -> rows.put(name, rowsOf(query.apply(scope))));
        return rows;
    }

    /**
     * Calls a method of a bean whatever its visibility, choosing it by name and by the arguments it accepts (an
     * overload's order among the declared methods is not fixed, so the count alone would pick one at random).
     */
    public static Object call(Object bean, String method, Object... args) {
        Class<?> type = bean.getClass();
        while (type.getName().contains("$$")) {
            type = type.getSuperclass();
        }
        Method found = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(method) && accepts(m.getParameterTypes(), args))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No method " + method + " with " + args.length
                        + " parameters in " + bean.getClass().getName()));
        found.setAccessible(true);
        try {
            return found.invoke(bean, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = MethodType.methodType(parameters[i]).wrap().returnType();
            if (args[i] == null ? parameters[i].isPrimitive() : !parameter.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** Makes an instance of a package-private record (a search's criteria) from its canonical constructor. */
    public static Object record(String className, Object... components) {
        try {
            Class<?> type = Class.forName(className);
            var constructor = Arrays.stream(type.getDeclaredConstructors())
                    .filter(c -> c.getParameterCount() == components.length).findFirst().orElseThrow();
            constructor.setAccessible(true);
            return constructor.newInstance(components);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(className, e);
        }
    }

    /**
     * Rows of a query's result: a list as it is, an optional as zero or one row, a record with a list component as
     * that list (a page of items). A count, an array of counts or a record of counts is one row unless all are zero.
     */
    public static List<Object> rowsOf(Object result) {
        if (result instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (result instanceof Optional<?> optional) {
            return optional.<List<Object>>map(List::of).orElse(List.of());
        }
        if (result instanceof Number number) {
            return number.doubleValue() == 0 ? List.of() : List.of(number);
        }
        if (result instanceof long[] counts) {
            return Arrays.stream(counts).allMatch(n -> n == 0) ? List.of() : List.of(result);
        }
        if (result != null && result.getClass().isRecord()) {
            for (RecordComponent component : result.getClass().getRecordComponents()) {
                if (List.class.isAssignableFrom(component.getType())) {
                    return rowsOf(read(result, component.getName()));
                }
            }
            boolean zero = Arrays.stream(result.getClass().getRecordComponents())
                    .map(c -> read(result, c.getName()))
                    .allMatch(v -> v instanceof Number n && n.doubleValue() == 0);
            return zero ? List.of() : List.of(result);
        }
        throw new IllegalArgumentException("Not rows: " + result);
    }

    /**
     * The places a row is about: the codes of its accessors named like {@code jurisdiction}, {@code
     * organizationJurisdiction}, {@code jurisdictionCode} or {@code street}, also in nested records (both activities
     * of a clash). A row is in a subtree when any of them is.
     */
    public static List<String> places(Object row) {
        List<String> places = new ArrayList<>();
        if (row == null || !row.getClass().isRecord()) {
            return places;
        }
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            String name = component.getName().toLowerCase();
            if (name.contains("jurisdiction") || name.equals("street") || name.equals("streetcode")) {
                places.add(text(row, component.getName()));
            } else if (component.getType().isRecord()) {
                places.addAll(places(read(row, component.getName())));
            }
        }
        return places;
    }

    /** The organization a row belongs to, when it has an {@code organizationId} (or {@code subjectOrganizationId}). */
    public static Optional<String> organization(Object row) {
        if (row == null || !row.getClass().isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(row.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .filter(name -> name.equals("organizationId") || name.equals("subjectOrganizationId"))
                .findFirst().map(name -> text(row, name));
    }

    /** The value of a row's accessor as text: a jurisdiction's code, an id's string. */
    public static String text(Object row, String accessor) {
        Object value = read(row, accessor);
        if (value == null) {
            return null;
        }
        Object code = Arrays.stream(value.getClass().getMethods()).anyMatch(m -> m.getName().equals("code")
                && m.getParameterCount() == 0) ? read(value, "code") : value;
        return String.valueOf(code);
    }

    private static Object read(Object target, String accessor) {
        try {
            Method method = target.getClass().getMethod(accessor);
            method.setAccessible(true);
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No accessor " + accessor + "() on " + target.getClass().getName(), e);
        }
    }
}
