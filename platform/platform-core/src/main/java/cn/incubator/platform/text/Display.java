package cn.incubator.platform.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 显示: how values appear inside the sentences people read (problem details, notices): times in Asia/Shanghai
 * ({@code 2026年12月9日 13:40}, in English {@code 9 Dec 2026, 13:40 (UTC+8)}), numbers without grouping
 * ({@code 2026 年}, not {@code 2,026 年}), decimals exact, enum constants by their label. Storage and JSON stay
 * instants; only the display is local.
 */
public final class Display {

    /** The time zone every displayed time is in (DOMAIN: the platform serves mainland China). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm '(UTC+8)'",
            Locale.ENGLISH);

    private Display() {
    }

    /** A point in time as people in Asia/Shanghai read it, in the language of {@code locale}. */
    public static String time(Instant instant, Locale locale) {
        return (chinese(locale) ? CHINESE : ENGLISH).format(instant.atZone(ZONE));
    }

    /**
     * One message argument as it should be displayed: times in Asia/Shanghai, whole numbers without grouping,
     * decimals as plain digits, enum constants (and collections of them) by {@code label}; anything else as it is.
     */
    public static Object argument(Object value, Locale locale, Function<Enum<?>, String> label) {
        if (value instanceof Instant instant) {
            return time(instant, locale);
        }
        if (value instanceof OffsetDateTime time) {
            return time(time.toInstant(), locale);
        }
        if (value instanceof ZonedDateTime time) {
            return time(time.toInstant(), locale);
        }
        if (value instanceof LocalDateTime time) {
            return time(time.atZone(ZONE).toInstant(), locale);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return label.apply(constant);
        }
        if (value instanceof Collection<?> values && !values.isEmpty()
                && values.stream().allMatch(v -> v instanceof Enum<?>)) {
            return values.stream().map(v -> label.apply((Enum<?>) v))
                    .collect(Collectors.joining(chinese(locale) ? "、" : ", "));
        }
        return value;
    }

    static boolean chinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }
}
