package cn.incubator.platform.creditcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.creditcode.InvalidCreditCodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    /** A real, published code of a company registered in 福州 (工商, 9 / 1). */
    private static final String REAL_CODE = "91350100M000100Y43";

    @Test
    void acceptsARealCode() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(REAL_CODE);

        assertThat(code.value()).isEqualTo(REAL_CODE);
        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.organizationType()).isEqualTo('1');
        assertThat(code.divisionCode()).isEqualTo("350100");
        assertThat(code.organizationCode()).isEqualTo("M000100Y4");
        assertThat(UnifiedSocialCreditCode.checkCharacter(REAL_CODE.substring(0, 17))).isEqualTo('3');
    }

    @Test
    void buildsValidCivilAffairsCodes() {
        String socialGroup = UnifiedSocialCreditCode.withCheckCharacter("51430100MJ0000000");
        String privateNonEnterprise = UnifiedSocialCreditCode.withCheckCharacter("52430121MJ5012345");

        assertThat(socialGroup).isEqualTo("51430100MJ0000000P");
        assertThat(UnifiedSocialCreditCode.isValid(socialGroup)).isTrue();
        UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.parse(privateNonEnterprise);
        assertThat(parsed.registrationAuthority()).isEqualTo('5');
        assertThat(parsed.organizationType()).isEqualTo('2');
        assertThat(parsed.divisionCode()).isEqualTo("430121");
    }

    @Test
    void checkCharacterZeroStandsForRemainderZero() {
        // The check is 31 - (sum mod 31); a sum divisible by 31 would give 31, which maps to '0'.
        assertThat(UnifiedSocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void rejectsEveryOtherLastCharacter() {
        String body = REAL_CODE.substring(0, 17);
        for (char last : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (last != '3') {
                assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(body + last))
                        .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                                e -> assertThat(e.reason()).isEqualTo(Reason.CHECK_CHARACTER));
            }
        }
    }

    @Test
    void detectsASwapOfTwoCharacters() {
        assertThat(UnifiedSocialCreditCode.isValid("91351000M000100Y43")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', '-', ' '})
    void rejectsCharactersOutsideTheAlphabet(char forbidden) {
        String code = "91350100M" + forbidden + "00100Y43";

        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CHARACTER));
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @Test
    void rejectsAForbiddenLetterInTheCheckPosition() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y4I"))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CHARACTER));
    }

    @Test
    void rejectsLettersInTheDivisionCode() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("5143A100MJ0000000"))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CHARACTER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433"})
    void rejectsWrongLengths(String code) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.LENGTH));
    }

    @Test
    void checkCharacterNeedsSeventeenCharacters() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("5143010"))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.LENGTH));
    }

    @Test
    void acceptsLowerCaseAsUpperCase() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100m000100y43");

        assertThat(code).isEqualTo(UnifiedSocialCreditCode.parse(REAL_CODE)).hasToString(REAL_CODE);
    }

    @Test
    void isValidIsFalseForNull() {
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }
}
