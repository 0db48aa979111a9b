package cn.incubator.registry.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivitySlotTest {

    private static final String XINGSHA = "430121001000";

    private static ActivitySlot slot(String from, String to, String place, String jurisdiction, String team) {
        return ActivitySlot.of(Instant.parse(from), Instant.parse(to), place, jurisdiction, team);
    }

    private final ActivitySlot square = slot("2026-11-28T01:00:00Z", "2026-11-28T03:00:00Z", "星沙街道文化广场",
            XINGSHA, "星沙志愿服务队");

    @Test
    void theSamePlaceTypedDifferentlyAtOverlappingTimesClashes() {
        ActivitySlot other = slot("2026-11-28T02:00:00Z", "2026-11-28T04:00:00Z", " 星沙街道 文化广场。", XINGSHA, null);

        assertThat(square.clashesWith(other)).containsExactly(ClashKind.PLACE);
        assertThat(other.clashesWith(square)).containsExactly(ClashKind.PLACE);
    }

    @Test
    void theSamePlaceNameInAnotherStreetIsAnotherPlace() {
        ActivitySlot other = slot("2026-11-28T02:00:00Z", "2026-11-28T04:00:00Z", "星沙街道文化广场", "430121004000", null);

        assertThat(square.clashesWith(other)).isEmpty();
    }

    @Test
    void aVolunteerTeamCannotBeInTwoPlacesAtOnce() {
        ActivitySlot other = slot("2026-11-28T02:30:00Z", "2026-11-28T05:00:00Z", "㮾梨街道龙舟码头", "430121004000",
                "星沙 志愿服务队");

        assertThat(square.clashesWith(other)).containsExactly(ClashKind.VOLUNTEER_TEAM);
    }

    @Test
    void bothKindsAtOnce() {
        ActivitySlot other = slot("2026-11-28T01:30:00Z", "2026-11-28T02:00:00Z", "星沙街道文化广场", XINGSHA,
                "星沙志愿服务队");

        assertThat(square.clashesWith(other)).containsExactlyInAnyOrder(ClashKind.PLACE, ClashKind.VOLUNTEER_TEAM);
    }

    @Test
    void backToBackActivitiesDoNotClash() {
        ActivitySlot next = slot("2026-11-28T03:00:00Z", "2026-11-28T05:00:00Z", "星沙街道文化广场", XINGSHA,
                "星沙志愿服务队");

        assertThat(square.overlaps(next)).isFalse();
        assertThat(square.clashesWith(next)).isEmpty();
    }

    @Test
    void noTeamNeverClashesByTeam() {
        ActivitySlot a = slot("2026-11-28T01:00:00Z", "2026-11-28T03:00:00Z", "甲", XINGSHA, " ");
        ActivitySlot b = slot("2026-11-28T01:00:00Z", "2026-11-28T03:00:00Z", "乙", XINGSHA, null);

        assertThat(a.teamKey()).isNull();
        assertThat(a.clashesWith(b)).isEmpty();
    }
}
