package cn.incubator.platform.text;

import java.util.ArrayList;
import java.util.List;

/**
 * 枚举标签: the message key under which an enum constant's label (Chinese by default, English in
 * {@code messages_en.properties}) is kept: {@code enum.<Type>.<CONSTANT>}, the type named without its package and,
 * for a nested enum, with its enclosing type ({@code enum.ProposalStatus.Action.SUBMIT}). Problem messages show the
 * label instead of the code, and a bad enum value lists the allowed labels. A constant without a label shows its
 * code.
 */
public final class EnumLabels {

    private EnumLabels() {
    }

    /** {@code enum.OrganizationStatus.REGISTERED}. */
    public static String key(Enum<?> value) {
        return key(value.getDeclaringClass(), value.name());
    }

    public static String key(Class<?> type, String constant) {
        return "enum." + typeName(type) + "." + constant;
    }

    /** The constants of an enum type, in declaration order; empty for a type that is not an enum. */
    public static List<String> constants(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type != null && type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
        }
        return names;
    }

    private static String typeName(Class<?> type) {
        String name = type.getName();
        String pkg = type.getPackageName();
        if (!pkg.isEmpty()) {
            name = name.substring(pkg.length() + 1);
        }
        return name.replace('$', '.');
    }
}
