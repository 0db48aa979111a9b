package cn.incubator.registry.field;

/** Chinese names of the registry's enums, for charts, Excel templates and exports that leaders read. */
public final class Labels {

    private Labels() {
    }

    /** The Chinese name of an enum constant the registry labels ({@link Labelled}), or its name when there is none. */
    public static String chinese(Enum<?> value) {
        if (value == null) {
            return null;
        }
        return value instanceof Labelled labelled ? labelled.chinese() : value.name();
    }
}
