package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void twoThirdsOfTheBigramsAreTheFewestThatCanReachFourFifths() {
        assertThat(NameSimilarity.minimumShared(1)).isEqualTo(1);
        assertThat(NameSimilarity.minimumShared(3)).isEqualTo(2);
        assertThat(NameSimilarity.minimumShared(8)).isEqualTo(6);
        assertThat(NameSimilarity.minimumShared(12)).isEqualTo(8);
    }

    @Test
    void theCandidateKeyAdmitsEveryNameTheCheckFlags() {
        // Names put together from places, cores that overlap and generic suffixes, every pair compared: each match the
        // rule finds must be admitted by the key the database filters candidates with; most non-matches must not be.
        List<String> places = List.of("", "长沙县", "星沙街道", "长沙县星沙街道", "黄花镇", "长沙");
        List<String> cores = List.of("阳光养老", "阳光助残", "阳光助残志愿者", "阳光助残志愿", "晨光助残", "龙舟", "龙狮",
                "书画", "书法", "阳", "光明", "压测服务队ab12", "压测服务队ab13", "压测服务队cd34");
        List<String> suffixes = List.of("", "协会", "服务中心", "中心", "会", "志愿服务队", "促进会");
        Random random = new Random(11);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add(places.get(random.nextInt(places.size())) + cores.get(random.nextInt(cores.size()))
                    + suffixes.get(random.nextInt(suffixes.size())));
        }
        int matches = 0;
        int refused = 0;
        for (String proposed : names) {
            NameSimilarity.Key key = changshaCounty.key(proposed);
            for (String existing : names) {
                boolean admitted = key.admits(List.of(NameGrams.of(existing)));
                if (key.core().length == 0) {
                    // A one-character core (长沙县阳中心) has no bigram: any shared bigram admits, and a name sharing
                    // none (黄花镇阳会) cannot be found through the index at all.
                    assertThat(admitted).isEqualTo(List.of(NameGrams.of(existing)).stream()
                            .anyMatch(List.of(key.grams())::contains));
                } else if (changshaCounty.compare(proposed, existing).isPresent()) {
                    matches++;
                    assertThat(admitted).as("%s against %s", proposed, existing).isTrue();
                } else if (!admitted) {
                    refused++;
                }
            }
        }
        assertThat(matches).isGreaterThan(1_000);
        assertThat(refused).isGreaterThan(names.size() * names.size() / 2);
    }
}
