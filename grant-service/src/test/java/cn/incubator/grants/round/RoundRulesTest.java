package cn.incubator.grants.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.programme.ProgrammeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The date rules of a round: closing before the published date, the end of the public notice, the minimum notice. */
class RoundRulesTest {

    private static final LocalDate CLOSES_ON = LocalDate.of(2026, 6, 30);
    private static final Instant NOTICE_STARTS = Instant.parse("2026-07-20T02:00:00Z");
    private static final Instant NOTICE_ENDS = Instant.parse("2026-07-25T02:00:00Z");

    @Test
    void aCloseIsEarlyUntilTheEndOfThePublishedClosingDayInChina() {
        Round round = round(RoundStatus.OPEN, null);
        assertThat(round.closesEarlyAt(at(2026, 6, 1, 9))).isTrue();
        assertThat(round.closesEarlyAt(at(2026, 6, 30, 23))).as("the closing day itself").isTrue();
        assertThat(round.closesEarlyAt(at(2026, 7, 1, 0))).as("midnight after, Beijing time").isFalse();
        assertThat(round.closesEarlyAt(Instant.parse("2026-06-30T16:00:00Z"))).as("the same midnight in UTC")
                .isFalse();
        assertThat(round.closesEarlyAt(Instant.parse("2026-06-30T15:59:59Z"))).isTrue();
        assertThat(round.closesEarlyAt(at(2026, 7, 3, 0))).as("during the grace days").isFalse();
    }

    @Test
    void theNoticeIsOverOnlyOnANoticeWithARecordedEndThatHasPassed() {
        for (RoundStatus status : RoundStatus.values()) {
            Round round = round(status, NOTICE_ENDS);
            assertThat(round.noticeOverAt(NOTICE_ENDS.plusSeconds(1))).as(status.name())
                    .isEqualTo(status == RoundStatus.PUBLIC_NOTICE);
        }
        Round onNotice = round(RoundStatus.PUBLIC_NOTICE, NOTICE_ENDS);
        assertThat(onNotice.noticeOverAt(NOTICE_STARTS)).isFalse();
        assertThat(onNotice.noticeOverAt(NOTICE_ENDS.minusSeconds(1))).isFalse();
        assertThat(onNotice.noticeOverAt(NOTICE_ENDS)).isTrue();
        assertThat(round(RoundStatus.PUBLIC_NOTICE, null).noticeOverAt(NOTICE_ENDS.plusSeconds(86_400 * 365)))
                .as("no recorded end: never had its notice").isFalse();
    }

    @Test
    void everyKindHasFiveDaysUnlessConfiguredAndVentureAndSubsidyRoundsNeverZero() {
        NoticeMinimums defaults = new NoticeMinimums(null);
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            assertThat(defaults.minimumFor(kind)).as(kind.name()).isEqualTo(5);
        }
        NoticeMinimums configured = new NoticeMinimums(Map.of(ProgrammeKind.MICRO_VENTURE, 0,
                ProgrammeKind.SUBSIDY_PLAN, 7));
        assertThat(configured.minimumFor(ProgrammeKind.MICRO_VENTURE)).isZero();
        assertThat(configured.minimumFor(ProgrammeKind.SUBSIDY_PLAN)).isEqualTo(7);
        assertThat(configured.minimumFor(ProgrammeKind.VENTURE_PHILANTHROPY)).isEqualTo(5);
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            Map<ProgrammeKind, Integer> zero = new EnumMap<>(ProgrammeKind.class);
            zero.put(kind, 0);
            if (kind == ProgrammeKind.VENTURE_PHILANTHROPY || kind == ProgrammeKind.SUBSIDY_PLAN) {
                assertThat(kind.noticeRequired()).isTrue();
                assertThatThrownBy(() -> new NoticeMinimums(zero)).as(kind.name())
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(kind.name());
            } else {
                assertThat(kind.noticeRequired()).isFalse();
                assertThat(new NoticeMinimums(zero).minimumFor(kind)).isZero();
            }
        }
        assertThatThrownBy(() -> new NoticeMinimums(Map.of(ProgrammeKind.MICRO_VENTURE, -1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeMinimums(Map.of(ProgrammeKind.MICRO_VENTURE, 61)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, Round.CHINA).toInstant();
    }

    private static Round round(RoundStatus status, Instant noticeEnds) {
        return new Round(UUID.randomUUID(), UUID.randomUUID(), ProgrammeKind.VENTURE_PHILANTHROPY, "430121000000",
                "第一期", status, List.of(), new EligibilityRules(Set.of(), null, "430121000000"),
                LocalDate.of(2026, 6, 1), CLOSES_ON, 3, null, false, 5, null, false, BigDecimal.ZERO, List.of(),
                noticeEnds == null ? null : NOTICE_STARTS, noticeEnds, null, "county-officer", NOTICE_STARTS);
    }
}
