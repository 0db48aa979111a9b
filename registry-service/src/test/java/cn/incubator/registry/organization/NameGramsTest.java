package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameGramsTest {

    @Test
    void everyTwoCharacterQueryOfANameIsAmongItsGrams() {
        assertThat(NameGrams.of("星沙阳光")).containsExactly("星沙", "沙阳", "阳光");
    }

    @Test
    void repeatedBigramsAreIndexedOnce() {
        assertThat(NameGrams.of("哈哈哈")).containsExactly("哈哈");
    }

    @Test
    void charactersOutsideTheBasicPlaneStayWhole() {
        // 㮾 is in CJK Extension A (one UTF-16 unit); 𠀀 needs a surrogate pair and must not be split.
        assertThat(NameGrams.of("𠀀梨龙舟")).containsExactly("𠀀梨", "梨龙", "龙舟");
    }

    @Test
    void caseAndSpacesAreFolded() {
        assertThat(NameGrams.normalize(" NPI 恩派 ")).isEqualTo("npi恩派");
        assertThat(NameGrams.of("A b")).containsExactly("ab");
    }

    @Test
    void singleCharacterHasNoGrams() {
        assertThat(NameGrams.of("星")).isEmpty();
    }
}
