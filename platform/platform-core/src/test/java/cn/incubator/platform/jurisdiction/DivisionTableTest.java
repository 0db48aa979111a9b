package cn.incubator.platform.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionTableTest {

    private final DivisionTable table = DivisionTable.standard();

    @Test
    void holdsTheWholeCountryDownToStreetsAndChangshaCountyCommunities() {
        // 31 provinces, 342 cities, 2978 districts, 41352 streets, 225 communities of 长沙县,
        // minus 4 codes shared by two tiers (e.g. 东莞市 as city 4419 and as district 441900).
        assertThat(table.size()).isEqualTo(31 + 342 + 2978 + 41352 + 225 - 4);
    }

    @Test
    void looksUpNamesByTwelveDigitCode() {
        assertThat(table.name("430121001000")).contains("星沙街道");
        assertThat(table.exists("430121004000")).isTrue();
        assertThat(table.exists("439900000000")).isFalse();
    }

    @Test
    void findsNothingForCodesThatAreNotTwelveDigits() {
        assertThat(table.exists("430121")).isFalse();
        assertThat(table.name(null)).isEmpty();
        assertThat(table.parent("430121")).isEmpty();
        assertThat(table.children("4301")).isEmpty();
    }

    @Test
    void communitiesExistOnlyForChangshaCounty() {
        assertThat(table.children("430121001000")).isNotEmpty();
        assertThat(table.children("430181001000")).isEmpty();
        assertThat(table.children("110101001000")).isEmpty();
    }

    @Test
    void childrenAreSortedAndDirect() {
        List<String> children = table.children("430100000000");

        assertThat(children).isSorted().contains("430121000000", "430181000000")
                .doesNotContain("430121001000")
                .allSatisfy(child -> assertThat(table.parent(child)).contains("430100000000"));
    }

    @Test
    void parentSkipsMissingTiers() {
        assertThat(table.parent("441900003000")).contains("441900000000");
        assertThat(table.parent("430000000000")).isEmpty();
    }

    @Test
    void isTheSameInstanceEveryTime() {
        assertThat(DivisionTable.standard()).isSameAs(table);
    }
}
