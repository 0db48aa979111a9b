package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    private final NameSimilarity changshaCounty =
            new NameSimilarity(List.of("湖南省", "长沙市", "长沙县", "星沙街道", "㮾梨街道", "黄花镇"));

    @Test
    void theSameNameIsIdenticalWhateverItsSpacingOrCase() {
        assertThat(changshaCounty.compare("星沙 阳光养老服务中心", "星沙阳光养老服务中心"))
                .hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(NameSimilarity.Kind.IDENTICAL));
    }

    @Test
    void placePrefixesAndGenericSuffixesDoNotMakeANameDifferent() {
        assertThat(changshaCounty.compare("长沙县星沙街道阳光养老服务中心", "星沙阳光养老协会"))
                .hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(NameSimilarity.Kind.SAME_CORE));
        assertThat(changshaCounty.compare("㮾梨龙舟会", "长沙县龙舟协会"))
                .hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(NameSimilarity.Kind.SAME_CORE));
    }

    @Test
    void namesSharingFourFifthsOfTheirBigramsAreSimilar() {
        assertThat(changshaCounty.compare("阳光助残志愿者协会", "星沙阳光助残志愿协会")).hasValueSatisfying(m -> {
            assertThat(m.kind()).isEqualTo(NameSimilarity.Kind.SIMILAR);
            assertThat(m.similarity()).isEqualTo(0.8);
        });
    }

    @Test
    void differentWorkInTheSamePlaceIsNotFlagged() {
        assertThat(changshaCounty.compare("星沙阳光养老服务中心", "星沙书法协会")).isEmpty();
        assertThat(changshaCounty.compare("长沙县龙舟协会", "长沙县龙狮协会")).isEmpty();
    }

    @Test
    void placeNamesAreStrippedWithAndWithoutTheirTierSuffix() {
        assertThat(changshaCounty.withoutPlaces("长沙县星沙街道阳光服务中心")).isEqualTo("阳光服务中心");
        assertThat(changshaCounty.withoutPlaces("长沙星沙阳光服务中心")).isEqualTo("阳光服务中心");
        assertThat(NameSimilarity.core("阳光服务中心")).isEqualTo("阳光");
        assertThat(NameSimilarity.core("阳光中心")).isEqualTo("阳光");
    }

    @Test
    void strippingPlacesNeverLeavesNothing() {
        assertThat(changshaCounty.withoutPlaces("长沙县")).isNotEmpty();
        assertThat(changshaCounty.withoutPlaces("星沙街道")).isNotEmpty();
    }
}
