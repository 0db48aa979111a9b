package cn.incubator.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.incubator.training.course.CourseArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Four organizations answer the needs questionnaire; the figures by question, topic and course area, and the plan
 * ranked from them, are worked out by hand below.
 */
class SurveyResultsTest {

    private final Questionnaire questionnaire = Questionnaires.needs();
    private final List<SurveyResults.Row> rows = new ArrayList<>();

    private void respond(Object... answers) {
        UUID response = UUID.randomUUID();
        for (Object answer : answers) {
            Answer a = (Answer) answer;
            rows.add(new SurveyResults.Row(response, a.question(), a.options(), a.scale(), a.text() != null));
        }
    }

    private SurveyResults.Figures fourResponses() {
        // A: board + bookkeeping + tax, finance 5, governance 2
        respond(Answer.choice("needs", "board", "bookkeeping", "tax"), Answer.choice("format", "onsite"),
                Answer.scale("finance-urgency", 5), Answer.scale("governance-urgency", 2));
        // B: tax, finance 4
        respond(Answer.choice("needs", "tax"), Answer.choice("format", "online"), Answer.scale("finance-urgency", 4),
                Answer.text("other", "周末"));
        // C: volunteers, finance 2, governance 5 (a governance need by the scale alone)
        respond(Answer.choice("needs", "volunteers"), Answer.scale("finance-urgency", 2),
                Answer.scale("governance-urgency", 5));
        // D: board, finance 1
        respond(Answer.choice("needs", "board"), Answer.choice("format", "onsite"), Answer.scale("finance-urgency", 1));
        return SurveyResults.aggregate(questionnaire, rows);
    }

    @Test
    void optionsAreCountedAndSharedAmongThoseWhoAnsweredTheQuestionAndScalesAveraged() {
        SurveyResults.Figures figures = fourResponses();
        assertThat(figures.respondents()).isEqualTo(4);
        SurveyResults.QuestionResult needs = figures.questions().get(0);
        assertThat(needs.answered()).isEqualTo(4);
        assertThat(needs.options()).extracting(SurveyResults.OptionResult::key, SurveyResults.OptionResult::count,
                SurveyResults.OptionResult::share).containsExactly(tuple("board", 2, new BigDecimal("50.0")),
                tuple("bookkeeping", 1, new BigDecimal("25.0")), tuple("tax", 2, new BigDecimal("50.0")),
                tuple("volunteers", 1, new BigDecimal("25.0")));
        SurveyResults.QuestionResult format = figures.questions().get(1);
        assertThat(format.answered()).isEqualTo(3);
        assertThat(format.options()).extracting(SurveyResults.OptionResult::share)
                .containsExactly(new BigDecimal("66.7"), new BigDecimal("33.3"));
        SurveyResults.QuestionResult finance = figures.questions().get(2);
        assertThat(finance.scaleMean()).isEqualByComparingTo("3.00"); // (5 + 4 + 2 + 1) / 4
        assertThat(finance.distribution()).extracting(SurveyResults.ScalePoint::count).containsExactly(1, 1, 0, 1, 1);
        assertThat(figures.questions().get(4).answered()).isEqualTo(1);
    }

    @Test
    void anOrganizationNeedsAnAreaByChoosingItsOptionOrRatingItsScaleInTheTopTwoPoints() {
        SurveyResults.Figures figures = fourResponses();
        // finance: A (options, 5), B (tax, 4); C rated 2 and D 1 → 2 of 4; mentions bookkeeping + tax + tax = 3
        // governance: A (board), C (scale 5), D (board) → 3 of 4; mean of (2, 5) = 3.50
        // volunteers: C → 1 of 4
        assertThat(figures.areas()).extracting(SurveyResults.Demand::key, SurveyResults.Demand::respondents,
                SurveyResults.Demand::share, SurveyResults.Demand::mentions, SurveyResults.Demand::scaleMean)
                .containsExactly(
                        tuple(CourseArea.CORPORATE_GOVERNANCE, 3, new BigDecimal("75.0"), 2, new BigDecimal("3.50")),
                        tuple(CourseArea.FINANCE_AND_TAX, 2, new BigDecimal("50.0"), 3, new BigDecimal("3.00")),
                        tuple(CourseArea.VOLUNTEER_MANAGEMENT, 1, new BigDecimal("25.0"), 1, null));
        // topics: 理事会建设 A, C, D; 税务申报 A, B (tax option) — B also by scale 4; 财务记账 A; 志愿者招募 C
        assertThat(figures.topics()).extracting(SurveyResults.Demand::key, SurveyResults.Demand::respondents)
                .containsExactly(tuple("理事会建设", 3), tuple("税务申报", 2), tuple("志愿者招募", 1), tuple("财务记账", 1));
    }

    @Test
    void thePlanRanksTheAreasByDemandWithTheirTopicsAndLeavesOutWhatNobodyNeeds() {
        List<CoursePlan.Item> plan = CoursePlan.propose(questionnaire, fourResponses(), 2);
        assertThat(plan).extracting(CoursePlan.Item::rank, CoursePlan.Item::area, CoursePlan.Item::respondents)
                .containsExactly(tuple(1, CourseArea.CORPORATE_GOVERNANCE, 3), tuple(2, CourseArea.FINANCE_AND_TAX, 2));
        assertThat(plan.get(1).topics()).containsExactly("税务申报", "财务记账");
        assertThat(CoursePlan.propose(questionnaire, SurveyResults.aggregate(questionnaire, List.of()), 5)).isEmpty();
    }

    @Test
    void equalDemandIsRankedByTheScaleMeanThenByMentions() {
        // E: bookkeeping (finance), volunteers; F: board (governance) — one organization each for three areas
        respond(Answer.choice("needs", "bookkeeping", "tax", "volunteers"), Answer.scale("finance-urgency", 3));
        respond(Answer.choice("needs", "board"), Answer.scale("finance-urgency", 1),
                Answer.scale("governance-urgency", 3));
        List<CoursePlan.Item> plan = CoursePlan.propose(questionnaire, SurveyResults.aggregate(questionnaire, rows),
                5);
        // governance: 1 respondent, mean 3.00; finance: 1, mean 2.00, 2 mentions; volunteers: 1, no scale
        assertThat(plan).extracting(CoursePlan.Item::area).containsExactly(CourseArea.CORPORATE_GOVERNANCE,
                CourseArea.FINANCE_AND_TAX, CourseArea.VOLUNTEER_MANAGEMENT);
    }
}
