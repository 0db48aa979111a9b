package cn.incubator.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who writes whose score sheet: every combination of caller and named expert. */
class SheetAuthorshipTest {

    @Test
    void anExpertScoresOnlyAsThemselves() {
        assertThat(SheetAuthorship.of(true, "t1", false, null)).isEqualTo(SheetAuthorship.OWN_SHEET);
        assertThat(SheetAuthorship.of(true, "t1", false, "t1")).isEqualTo(SheetAuthorship.OWN_SHEET);
        assertThat(SheetAuthorship.of(true, "t1", false, "t2")).isEqualTo(SheetAuthorship.ANOTHER_EXPERT);
        assertThat(SheetAuthorship.of(true, null, false, "t2")).as("not seated, naming someone")
                .isEqualTo(SheetAuthorship.ANOTHER_EXPERT);
        assertThat(SheetAuthorship.of(true, null, false, null)).as("not seated: the panel check refuses it next")
                .isEqualTo(SheetAuthorship.OWN_SHEET);
    }

    @Test
    void anOfficerWhoRunsRoundsEntersANamedExpertsPaperSheet() {
        assertThat(SheetAuthorship.of(false, null, true, "t1")).isEqualTo(SheetAuthorship.PAPER_SHEET);
        assertThat(SheetAuthorship.of(false, null, true, null)).isEqualTo(SheetAuthorship.EXPERT_UNNAMED);
    }

    @Test
    void aCallerWhoNeitherScoresNorRunsRoundsWritesNoSheet() {
        assertThat(SheetAuthorship.of(false, null, false, "t1")).isEqualTo(SheetAuthorship.NOT_PERMITTED);
        assertThat(SheetAuthorship.of(false, null, false, null)).isEqualTo(SheetAuthorship.NOT_PERMITTED);
    }

    @Test
    void onlyOwnAndPaperSheetsArePermitted() {
        for (SheetAuthorship authorship : SheetAuthorship.values()) {
            assertThat(authorship.permitted()).as(authorship.name()).isEqualTo(
                    authorship == SheetAuthorship.OWN_SHEET || authorship == SheetAuthorship.PAPER_SHEET);
        }
    }
}
