package cn.incubator.partybuilding.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Star rating against the five-ization (五化) checklist. */
class ChecklistTest {

    private static final Checklist FIVE_IZATION = new Checklist(1, "五化", List.of(
            new Checklist.Item("ORGANIZATION_SETUP", "组织设置规范化", 20),
            new Checklist.Item("ORGANIZATIONAL_LIFE", "组织生活制度化", 20),
            new Checklist.Item("WORK_PROCEDURES", "工作运行程序化", 20),
            new Checklist.Item("POSITION_BUILDING", "阵地建设标准化", 20),
            new Checklist.Item("ROLE_MAXIMIZED", "作用发挥最大化", 20)), StarScale.DEFAULT);

    @ParameterizedTest(name = "{0} of 100 earns {1} stars")
    @CsvSource({"100, 5", "90, 5", "89, 4", "80, 4", "79, 3", "70, 3", "69, 2", "60, 2", "59, 1", "0, 1"})
    void scoreEarnsStarsByThresholds(int score, int stars) {
        assertThat(StarScale.DEFAULT.stars(score, 100)).isEqualTo(stars);
    }

    @Test
    void thresholdsAreShareOfTheMaximumWithoutRounding() {
        // 2/3 of 30 is 66.7 %: not yet 70 %.
        assertThat(StarScale.DEFAULT.stars(20, 30)).isEqualTo(2);
        assertThat(StarScale.DEFAULT.stars(21, 30)).isEqualTo(3);
    }

    @Test
    void fullSheetIsScoredInChecklistOrder() {
        Checklist.Result result = FIVE_IZATION.score(Map.of("ROLE_MAXIMIZED", 15, "ORGANIZATION_SETUP", 20,
                "ORGANIZATIONAL_LIFE", 18, "WORK_PROCEDURES", 17, "POSITION_BUILDING", 16));

        assertThat(result.score()).isEqualTo(86);
        assertThat(result.maxScore()).isEqualTo(100);
        assertThat(result.stars()).isEqualTo(4);
        assertThat(result.points().keySet()).containsExactly("ORGANIZATION_SETUP", "ORGANIZATIONAL_LIFE",
                "WORK_PROCEDURES", "POSITION_BUILDING", "ROLE_MAXIMIZED");
    }

    @Test
    void missingOutOfRangeAndUnknownItemsAreNamed() {
        Map<String, Integer> sheet = Map.of("ORGANIZATION_SETUP", 21, "ORGANIZATIONAL_LIFE", -1,
                "WORK_PROCEDURES", 10, "POSITION_BUILDING", 10, "FUNDS", 5);

        assertThat(FIVE_IZATION.problems(sheet)).containsExactly(
                new Checklist.ScoreProblem("ORGANIZATION_SETUP", "out-of-range"),
                new Checklist.ScoreProblem("ORGANIZATIONAL_LIFE", "out-of-range"),
                new Checklist.ScoreProblem("ROLE_MAXIMIZED", "missing"),
                new Checklist.ScoreProblem("FUNDS", "unknown"));
        assertThatThrownBy(() -> FIVE_IZATION.score(sheet)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scalesAndChecklistsRefuseNonsense() {
        assertThatThrownBy(() -> new StarScale(List.of(60, 70, 80))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StarScale(List.of(60, 60, 80, 90))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checklist(1, "x", List.of(), StarScale.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checklist.Item("A", "a", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarScale.DEFAULT.stars(101, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
