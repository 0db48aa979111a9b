package cn.incubator.platform.idnumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.idnumber.InvalidIdNumberException.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    /** The sample number printed in GB 11643-1999. */
    private static final String SAMPLE = "11010519491231002X";

    @Test
    void parsesTheStandardsSample() {
        ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE);

        assertThat(id.value()).isEqualTo(SAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumber.isValid(SAMPLE)).isTrue();
    }

    @Test
    void acceptsLowerCaseX() {
        assertThat(ResidentIdNumber.parse("11010519491231002x").value()).isEqualTo(SAMPLE);
    }

    @Test
    void masksAllButTheFirstThreeAndLastFour() {
        ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE);

        assertThat(id.masked()).isEqualTo("110***********002X");
    }

    @Test
    void toStringDoesNotLeakTheNumber() {
        assertThat(ResidentIdNumber.parse(SAMPLE)).hasToString("110***********002X");
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource({
        "110105194912310021, CHECK_CHARACTER",
        "110105194912310020, CHECK_CHARACTER",
        "11010519491231002, LENGTH",
        "11010519491231002X1, LENGTH",
        "1101051949123100XX, CHARACTER",
        "11010519491231002Y, CHARACTER",
        "110105194913310021, BIRTH_DATE",  // month 13
        "110105194902300020, BIRTH_DATE",  // 30 February
        "110105189912310023, BIRTH_DATE",  // before 1900
    })
    void rejects(String number, Reason reason) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(number))
                .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain(number.substring(0, 14));
                });
        assertThat(ResidentIdNumber.isValid(number)).isFalse();
    }

    @Test
    void rejectsABirthDateAfterToday() {
        String bornTomorrow = "11010520240102" + "001";
        String number = bornTomorrow + checkCharacter(bornTomorrow);

        assertThat(ResidentIdNumber.parse(number, LocalDate.of(2024, 1, 2)).birthDate())
                .isEqualTo(LocalDate.of(2024, 1, 2));
        assertThatThrownBy(() -> ResidentIdNumber.parse(number, LocalDate.of(2024, 1, 1)))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BIRTH_DATE));
    }

    @Test
    void isValidIsFalseForNull() {
        assertThat(ResidentIdNumber.isValid(null)).isFalse();
    }

    /** Independent restatement of ISO 7064 MOD 11-2, so the test does not trust the code under test. */
    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        int value = (12 - sum % 11) % 11;
        return value == 10 ? 'X' : (char) ('0' + value);
    }
}
