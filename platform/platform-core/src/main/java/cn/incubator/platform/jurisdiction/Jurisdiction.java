package cn.incubator.platform.jurisdiction;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An existing administrative division (行政区划), identified by its 12-digit statistical division code
 * (统计用区划代码, e.g. 430121001000 for 湖南省长沙市长沙县星沙街道).
 *
 * <p>Instances exist only for codes found in the {@link DivisionTable#standard() division table}, so
 * holding a {@code Jurisdiction} means the code is real. Shorter GB/T 2260 codes (6 digits, 县级) and
 * street codes (9 digits, 乡级) are accepted and padded with zeros.
 */
public final class Jurisdiction implements Comparable<Jurisdiction> {

    /**
     * Table names that group divisions without being a place, skipped in {@link #fullName()}:
     * nobody writes 北京市市辖区东城区.
     */
    private static final Set<String> GROUPING_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final String code;
    private final String name;
    private final Tier tier;

    private Jurisdiction(String code, String name) {
        this.code = code;
        this.name = name;
        this.tier = Tier.of(code);
    }

    /**
     * The jurisdiction with the given 6-, 9- or 12-digit code.
     *
     * @throws InvalidJurisdictionException with {@code MALFORMED} if the string cannot be a division code,
     *     or {@code UNKNOWN} if it could be but is not in the division table
     */
    public static Jurisdiction of(String code) {
        String code12 = normalise(code);
        return table().name(code12)
                .map(name -> new Jurisdiction(code12, name))
                .orElseThrow(() -> new InvalidJurisdictionException(InvalidJurisdictionException.Reason.UNKNOWN,
                        code, "Unknown jurisdiction code '" + code + "'"));
    }

    /** Whether {@link #of(String)} would accept the code. */
    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        try {
            of(code);
            return true;
        } catch (InvalidJurisdictionException e) {
            return false;
        }
    }

    private static String normalise(String code) {
        if (code == null || !(code.length() == 6 || code.length() == 9 || code.length() == 12)) {
            throw malformed(code, "must be 6, 9 or 12 digits");
        }
        String code12 = code + "0".repeat(12 - code.length());
        if (!DivisionTable.isStructurallyValid(code12)) {
            throw malformed(code, "must be digits with no non-zero part below a zero part");
        }
        return code12;
    }

    private static InvalidJurisdictionException malformed(String code, String rule) {
        return new InvalidJurisdictionException(InvalidJurisdictionException.Reason.MALFORMED, code,
                "Malformed jurisdiction code '" + code + "': " + rule);
    }

    private static DivisionTable table() {
        return DivisionTable.standard();
    }

    /** The normalised 12-digit code. */
    public String code() {
        return code;
    }

    /** The division's own name, e.g. 星沙街道. */
    public String name() {
        return name;
    }

    /** The names from the province down to this division, e.g. 湖南省长沙市长沙县星沙街道. */
    public String fullName() {
        Deque<String> names = new ArrayDeque<>();
        names.push(name);
        for (Optional<Jurisdiction> up = parent(); up.isPresent(); up = up.get().parent()) {
            if (!GROUPING_NAMES.contains(up.get().name)) {
                names.push(up.get().name);
            }
        }
        return String.join("", names);
    }

    public Tier tier() {
        return tier;
    }

    /** The leading digits that identify this division: "43", "4301", "430121", "430121001" or all 12. */
    public String significantPrefix() {
        return code.substring(0, tier.prefixLength());
    }

    /**
     * Whether {@code other} is this division or lies within it.
     *
     * <p>Compares the prefix cut at this tier's boundary, not the code with trailing zeros stripped:
     * stripping would make 郴州市 431000 ("431") appear to contain 永州市 431100.
     */
    public boolean contains(Jurisdiction other) {
        return other.code.startsWith(significantPrefix());
    }

    /** The nearest existing division above this one; empty for a province. */
    public Optional<Jurisdiction> parent() {
        return table().parent(code).map(Jurisdiction::of);
    }

    /** The divisions directly below this one in the division table, sorted by code. */
    public List<Jurisdiction> children() {
        return table().children(code).stream().map(Jurisdiction::of).toList();
    }

    @Override
    public int compareTo(Jurisdiction other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jurisdiction other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The 12-digit code, so a jurisdiction can be written wherever a code is expected. */
    @Override
    public String toString() {
        return code;
    }
}
