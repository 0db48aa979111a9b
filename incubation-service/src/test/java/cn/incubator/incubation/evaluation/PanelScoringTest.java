package cn.incubator.incubation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The panel's scoring rule and who may score. */
class PanelScoringTest {

    private static final UUID APPLICANT = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002");

    /** Two criteria: 60 % out of 10 points, 40 % out of 5 points; pass at 70; three sheets needed. */
    private static final Rubric RUBRIC = new Rubric(UUID.randomUUID(), "admission", 1, EvaluationKind.ADMISSION,
            "入壳评估细则", new BigDecimal("70.00"), 3, List.of(
                    new Criterion("SOCIAL_NEED", "项目需求与社会价值", new BigDecimal("60"), new BigDecimal("10")),
                    new Criterion("STAFFING", "团队与骨干", new BigDecimal("40"), new BigDecimal("5"))));

    @Test
    void withFewerThanFiveExpertsEveryScoreCountsAndTheWeightedSumDecides() {
        List<PanelMember> panel = panel(3);
        List<ScoreSheet> sheets = List.of(sheet("e1", "8", "4"), sheet("e2", "7", "3"), sheet("e3", "9", "5"));

        PanelScoring.Result result = PanelScoring.score(RUBRIC, panel, sheets);

        // social-need: mean 8 → 8/10 × 60 = 48; staffing: mean 4 → 4/5 × 40 = 32; total 80.
        assertThat(result.highestAndLowestDropped()).isFalse();
        assertThat(result.criteria()).extracting(PanelScoring.CriterionResult::contribution)
                .containsExactly(new BigDecimal("48.00"), new BigDecimal("32.00"));
        assertThat(result.total()).isEqualByComparingTo("80.00");
        assertThat(result.passed()).isTrue();
        assertThat(result.sheetsCounted()).isEqualTo(3);
    }

    @Test
    void fromFiveExpertsTheHighestAndLowestScorePerCriterionAreDropped() {
        List<ScoreSheet> sheets = List.of(sheet("e1", "10", "5"), sheet("e2", "2", "1"), sheet("e3", "7", "3"),
                sheet("e4", "7", "4"), sheet("e5", "7", "3"));

        PanelScoring.Result result = PanelScoring.score(RUBRIC, panel(5), sheets);

        // social-need: drop 10 and 2 → mean 7 → 42; staffing: drop 5 and 1 → mean 10/3 → 26.67; total 68.67.
        assertThat(result.highestAndLowestDropped()).isTrue();
        assertThat(result.criteria().get(0).average()).isEqualByComparingTo("7.00");
        assertThat(result.criteria().get(1).average()).isEqualByComparingTo("3.33");
        assertThat(result.total()).isEqualByComparingTo("68.67");
        assertThat(result.passed()).isFalse();
    }

    @Test
    void exactlyAtTheThresholdPasses() {
        // social-need 7/10 × 60 = 42; staffing 3.5/5 × 40 = 28; total 70.
        List<ScoreSheet> sheets = List.of(sheet("e1", "7", "3.5"), sheet("e2", "7", "3.5"), sheet("e3", "7", "3.5"));

        assertThat(PanelScoring.score(RUBRIC, panel(3), sheets).passed()).isTrue();
    }

    @Test
    void anAffiliatedExpertIsExcludedWhenDrawnAndTheirSheetDoesNotCount() {
        List<PanelMember> panel = new ArrayList<>(panel(3));
        panel.add(PanelMember.drawn("e4", "赵专家", "zhao", List.of(APPLICANT), APPLICANT));
        assertThat(panel.get(3).excluded()).contains(PanelMember.Exclusion.AFFILIATED);
        assertThat(panel.get(3).mayScore()).isFalse();

        PanelScoring.Result result = PanelScoring.score(RUBRIC, panel, List.of(sheet("e1", "8", "4"),
                sheet("e2", "8", "4"), sheet("e3", "8", "4"), sheet("e4", "0", "0")));

        assertThat(result.countedExperts()).containsExactly("e1", "e2", "e3");
        assertThat(result.total()).isEqualByComparingTo("80.00");
    }

    @Test
    void anExpertWhoDeclaresAConflictMayNoLongerScore() {
        PanelMember member = PanelMember.drawn("e1", "钱专家", "qian", List.of(), APPLICANT);
        assertThat(member.mayScore()).isTrue();

        PanelMember declared = member.declareConflict("曾为该组织提供有偿咨询");

        assertThat(declared.mayScore()).isFalse();
        assertThat(declared.excluded()).contains(PanelMember.Exclusion.CONFLICT_DECLARED);
        assertThat(declared.conflictNote()).isEqualTo("曾为该组织提供有偿咨询");
    }

    @Test
    void tooFewCompleteSheetsOfEligibleExpertsCannotDecide() {
        List<PanelMember> panel = new ArrayList<>(panel(2));
        panel.add(PanelMember.drawn("e3", "孙专家", "sun", List.of(), APPLICANT).declareConflict("亲属任职"));

        assertThatThrownBy(() -> PanelScoring.score(RUBRIC, panel, List.of(sheet("e1", "8", "4"),
                sheet("e2", "8", "4"), sheet("e3", "8", "4"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("too-few-sheets");
                    assertThat(e.args()).containsExactly(2, 3);
                    assertThat(e.properties()).containsEntry("sheetsCounted", 2).containsEntry("sheetsNeeded", 3);
                });
    }

    @Test
    void aSheetIsCheckedCriterionByCriterionAgainstTheRubric() {
        assertThat(sheet("e1", "8", "4").problems(RUBRIC)).isEmpty();
        assertThat(sheet("e1", "10", "5").problems(RUBRIC)).as("maximum scores are allowed").isEmpty();
        assertThat(sheet("e1", "11", "4").problems(RUBRIC)).extracting(ScoreSheet.Problem::criterion,
                ScoreSheet.Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("SOCIAL_NEED",
                        "Score.range"));
        assertThat(sheet("e1", "-1", "4").problems(RUBRIC)).extracting(ScoreSheet.Problem::code)
                .containsExactly("Score.range");
        assertThat(new ScoreSheet("e1", Map.of("SOCIAL_NEED", BigDecimal.ONE)).problems(RUBRIC))
                .extracting(ScoreSheet.Problem::code).containsExactly("Score.missing");
        assertThat(new ScoreSheet("e1", Map.of("SOCIAL_NEED", BigDecimal.ONE, "STAFFING", BigDecimal.ONE,
                "charisma", BigDecimal.ONE)).problems(RUBRIC)).extracting(ScoreSheet.Problem::code)
                .containsExactly("Score.unknownCriterion");
    }

    private static List<PanelMember> panel(int size) {
        List<PanelMember> panel = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            panel.add(PanelMember.drawn("e" + i, "专家" + i, "expert" + i, List.of(UUID.randomUUID()), APPLICANT));
        }
        return panel;
    }

    private static ScoreSheet sheet(String expert, String socialNeed, String staffing) {
        return new ScoreSheet(expert, Map.of("SOCIAL_NEED", new BigDecimal(socialNeed), "STAFFING",
                new BigDecimal(staffing)));
    }
}
