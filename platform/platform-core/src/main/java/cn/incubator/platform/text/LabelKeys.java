package cn.incubator.platform.text;

/**
 * The message key of an enum constant's label (its name for people, in Chinese by default and in English):
 * {@code enum.<Type>.<CONSTANT>}, the type named without its package and a nested type after its outer one, e.g.
 * {@code enum.OrganizationStatus.REGISTERED} or {@code enum.ProposalStatus.Action.SUBMIT}.
 */
public final class LabelKeys {

    private LabelKeys() {
    }

    public static String of(Enum<?> value) {
        String type = value.getDeclaringClass().getName();
        return "enum." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + value.name();
    }
}
