package cn.incubator.grants.round;

import cn.incubator.grants.programme.ProgrammeKind;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shortest public notice (公示期) a round of each programme kind may have, in days
 * ({@code incubator.grants.notice.minimum-days.<KIND>}); a kind not configured has {@link #DEFAULT_DAYS}. Public money
 * given by competition, 公益创投 and 资助计划, is always put on notice: their minimum is never 0, and a configuration
 * that says so stops the service at start-up.
 *
 * @param minimumDays minimum notice days by programme kind
 */
@ConfigurationProperties("incubator.grants.notice")
public record NoticeMinimums(Map<ProgrammeKind, Integer> minimumDays) {

    /** The minimum of a kind nobody configured: five days, as the civil-affairs practice has it. */
    public static final int DEFAULT_DAYS = 5;

    public NoticeMinimums {
        Map<ProgrammeKind, Integer> days = new EnumMap<>(ProgrammeKind.class);
        if (minimumDays != null) {
            days.putAll(minimumDays);
        }
        days.forEach((kind, value) -> {
            if (value == null || value < 0 || value > 60) {
                throw new IllegalArgumentException("incubator.grants.notice.minimum-days." + kind
                        + " must be between 0 and 60, not " + value);
            }
            if (value == 0 && kind.noticeRequired()) {
                throw new IllegalArgumentException("incubator.grants.notice.minimum-days." + kind
                        + " cannot be 0: a " + kind + " round is always put on public notice");
            }
        });
        minimumDays = Map.copyOf(days);
    }

    /** The minimum notice days of a round of {@code kind}. */
    public int minimumFor(ProgrammeKind kind) {
        return minimumDays.getOrDefault(kind, DEFAULT_DAYS);
    }
}
