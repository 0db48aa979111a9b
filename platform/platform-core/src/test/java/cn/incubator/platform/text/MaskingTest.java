package cn.incubator.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheMiddleFourDigitsOfAMobileNumber() {
        assertThat(Masking.mobilePhone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void masksShortPhoneNumbersEntirely() {
        assertThat(Masking.mobilePhone("1234567")).isEqualTo("*******");
        assertThat(Masking.mobilePhone("")).isEmpty();
    }

    @Test
    void keepsOnlyTheFirstCharacterOfAName() {
        assertThat(Masking.personName("张三")).isEqualTo("张*");
        assertThat(Masking.personName("欧阳修")).isEqualTo("欧**");
        assertThat(Masking.personName("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void countsSupplementaryCharactersAsOne() {
        // 𠮷 (U+20BB7) takes two Java chars; it must be kept whole, and count as one masked character.
        assertThat(Masking.personName("𠮷野家")).isEqualTo("𠮷**");
        assertThat(Masking.personName("张𠮷")).isEqualTo("张*");
    }

    @Test
    void masksAOneCharacterNameEntirely() {
        assertThat(Masking.personName("张")).isEqualTo("*");
    }

    @Test
    void passesNullThrough() {
        assertThat(Masking.mobilePhone(null)).isNull();
        assertThat(Masking.personName(null)).isNull();
    }
}
