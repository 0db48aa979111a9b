package cn.incubator.platform.idnumber;

import cn.incubator.platform.text.Display;
import cn.incubator.platform.idnumber.InvalidIdNumberException.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * An 18-character citizen identity number (公民身份号码, GB 11643-1999), e.g. 11010519491231002X.
 *
 * <p>Layout: positions 1–6 address code 地址码, 7–14 birth date 出生日期码 (yyyyMMdd), 15–17 sequence
 * 顺序码, 18 check character 校验码 (ISO 7064 MOD 11-2, {@code X} standing for 10).
 *
 * <p>The address code is deliberately not checked against the division table: it records where the
 * number was first issued, and people keep their number after that division is abolished or renumbered.
 *
 * <p>{@link #toString()} returns the {@link #masked()} form so that the full number only leaves this
 * object through an explicit {@link #value()} call, never by accident in a log line.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter BIRTH_DATE_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    // Numbers are issued in China, so "born in the future" is judged by the date in China.
    private static final ZoneId ISSUING_ZONE = Display.ZONE;

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses an 18-character number; a lower-case {@code x} is accepted as {@code X}.
     *
     * @throws InvalidIdNumberException if the length, characters, birth date or check character is wrong
     */
    public static ResidentIdNumber parse(String number) {
        return parse(number, LocalDate.now(ISSUING_ZONE));
    }

    static ResidentIdNumber parse(String number, LocalDate today) {
        String value = Objects.requireNonNull(number, "number").toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw new InvalidIdNumberException(Reason.LENGTH,
                    "ID number must have 18 characters, not " + value.length());
        }
        if (!value.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                || CHECK_CHARACTERS.indexOf(value.charAt(17)) < 0) {
            throw new InvalidIdNumberException(Reason.CHARACTER, "ID number must be 17 digits followed by a digit or X");
        }
        LocalDate birthDate = birthDate(value.substring(6, 14), today);
        if (value.charAt(17) != checkCharacter(value)) {
            throw new InvalidIdNumberException(Reason.CHECK_CHARACTER, "ID number check character does not match");
        }
        return new ResidentIdNumber(value, birthDate);
    }

    public static boolean isValid(String number) {
        if (number == null) {
            return false;
        }
        try {
            parse(number);
            return true;
        } catch (InvalidIdNumberException e) {
            return false;
        }
    }

    private static LocalDate birthDate(String yyyyMMdd, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(yyyyMMdd, BIRTH_DATE_FORMAT);
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(Reason.BIRTH_DATE, "ID number birth date is not a calendar date");
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE) || date.isAfter(today)) {
            throw new InvalidIdNumberException(Reason.BIRTH_DATE,
                    "ID number birth date must be between " + EARLIEST_BIRTH_DATE + " and today");
        }
        return date;
    }

    private static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The full 18-character number; personal data, so prefer {@link #masked()} in responses and logs. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The first 3 and last 4 characters with the rest starred, e.g. 110***********002X. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@link #masked()} form; see the class comment. */
    @Override
    public String toString() {
        return masked();
    }
}
