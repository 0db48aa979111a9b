package cn.incubator.platform.json;

import cn.incubator.platform.text.Display;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * 时间与金额: the JSON of times and decimals in every service, set once here.
 * <ul>
 * <li>Times ({@link Instant}, {@link OffsetDateTime}) are written in Asia/Shanghai with their offset,
 * {@code 2026-12-09T13:40:53+08:00}: the same instant as UTC {@code 05:40:53Z}, as people here read it. Storage stays
 * UTC.</li>
 * <li>Times are read with or without an offset: {@code 2026-12-09T13:40}, {@code 2026-12-09T13:40:53} (Asia/Shanghai),
 * {@code 2026-12-09T13:40:53+08:00}, {@code 2026-12-09T05:40:53Z}. Anything else is refused with the field named and
 * the expected format said ({@code DateTime} message).</li>
 * <li>Decimals ({@link BigDecimal}, money above all) are written exact and with at least two decimals:
 * {@code 1036800.00}, never {@code 1036800.0} or {@code 1.0368E+6}; a value with more decimals (an average score)
 * keeps them.</li>
 * </ul>
 */
public class DisplayJsonModule extends SimpleModule {

    /** What a time may look like, as the {@code DateTime} message says to callers. */
    public static final String EXPECTED_TIME = "yyyy-MM-ddTHH:mm[:ss][+08:00]";

    public DisplayJsonModule() {
        super("incubator-display");
        addSerializer(Instant.class, new StdScalarSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializationContext context) {
                gen.writeString(format(value));
            }
        });
        addSerializer(OffsetDateTime.class, new StdScalarSerializer<>(OffsetDateTime.class) {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator gen, SerializationContext context) {
                gen.writeString(format(value.toInstant()));
            }
        });
        addSerializer(BigDecimal.class, new StdScalarSerializer<>(BigDecimal.class) {
            @Override
            public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext context) {
                gen.writeNumber(twoDecimals(value).toPlainString());
            }
        });
        addDeserializer(Instant.class, new StdScalarDeserializer<>(Instant.class) {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext context) {
                return parse(p, context, Instant.class).toInstant();
            }
        });
        addDeserializer(OffsetDateTime.class, new StdScalarDeserializer<>(OffsetDateTime.class) {
            @Override
            public OffsetDateTime deserialize(JsonParser p, DeserializationContext context) {
                return parse(p, context, OffsetDateTime.class);
            }
        });
    }

    /** {@code 2026-12-09T13:40:53+08:00}. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(Display.ZONE).toOffsetDateTime());
    }

    /** At least two decimals, never rounded. */
    public static BigDecimal twoDecimals(BigDecimal value) {
        return value.scale() < 2 ? value.setScale(2) : value;
    }

    /**
     * A time with an offset ({@code +08:00}, {@code Z}) as it says, one without in Asia/Shanghai; {@code null} when
     * the text is no such time.
     */
    public static OffsetDateTime parse(String text) {
        String trimmed = text.strip();
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(trimmed, OffsetDateTime::from,
                    LocalDateTime::from);
            if (parsed instanceof OffsetDateTime offset) {
                return offset;
            }
            return ((LocalDateTime) parsed).atZone(Display.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime parse(JsonParser p, DeserializationContext context, Class<?> type) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (OffsetDateTime) context.handleUnexpectedToken(type, p);
        }
        String text = p.getString();
        OffsetDateTime parsed = parse(text);
        if (parsed == null) {
            throw context.weirdStringException(text, type, "expected " + EXPECTED_TIME);
        }
        return parsed;
    }
}
