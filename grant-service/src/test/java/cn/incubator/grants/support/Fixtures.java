package cn.incubator.grants.support;

import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeKind;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.round.BudgetCategory;
import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RubricCriterion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Programmes, rounds and proposals as the tests need them, with the figures of the domain brief. */
public final class Fixtures {

    public static final List<RubricCriterion> RUBRIC = List.of(
            new RubricCriterion("NEED", "需求分析", new BigDecimal("30"), 30),
            new RubricCriterion("DESIGN", "项目设计", new BigDecimal("40"), 40),
            new RubricCriterion("CAPACITY", "执行能力", new BigDecimal("30"), 30));

    private Fixtures() {
    }

    public static ProgrammeService.NewProgramme ventureProgramme(String name, String government) {
        return new ProgrammeService.NewProgramme("430121000000", name, ProgrammeKind.VENTURE_PHILANTHROPY,
                "长沙县社会组织公益创投", List.of(new ProgrammeService.NewFunding(Programme.Source.GOVERNMENT,
                        "长沙县民政局", null, new BigDecimal(government), LocalDate.of(2026, 3, 1))), List.of());
    }

    public static RoundService.NewRound round(String title, LocalDate closesOn, int graceDays, int noticeDays) {
        return new RoundService.NewRound(title, List.of("居家养老", "社区文化", "青少年社工"), Set.of(), "STARTUP", null,
                LocalDate.now().minusDays(30), closesOn, graceDays, null, false, noticeDays, 4, true,
                new BigDecimal("5"), RUBRIC);
    }

    public static ProposalService.Content content(String title, String planCode, String... amounts) {
        List<Proposal.BudgetLine> lines = new java.util.ArrayList<>();
        BudgetCategory[] categories = {BudgetCategory.ACTIVITY, BudgetCategory.MATERIALS, BudgetCategory.PERSONNEL};
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new Proposal.BudgetLine(categories[i % categories.length], "预算" + (i + 1),
                    new BigDecimal(amounts[i])));
        }
        return new ProposalService.Content(title, "项目概述：" + title, "居家养老", planCode, lines,
                new Proposal.Outcomes(40, 5000, 300));
    }
}
