package cn.incubator.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * "Today" for {@code @PastOrPresent} is Beijing's: at 2026-12-02T17:00Z it is already 3 December in Asia/Shanghai,
 * so a date of 3 December is accepted (CI on a UTC machine refused it before) and 4 December is not.
 */
class ValidationClockTest {

    record Signed(@PastOrPresent LocalDate signedOn) {
    }

    @Test
    void todayIsJudgedInAsiaShanghai() {
        Clock utcEvening = Clock.fixed(Instant.parse("2026-12-02T17:00:00Z"), ZoneOffset.UTC);
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        new PlatformServiceAutoConfiguration().chinaValidationClock(utcEvening).customize(configuration);
        Validator validator = configuration.buildValidatorFactory().getValidator();

        assertThat(validator.validate(new Signed(LocalDate.of(2026, 12, 3)))).isEmpty();
        assertThat(validator.validate(new Signed(LocalDate.of(2026, 12, 4)))).hasSize(1);
    }

    @Test
    void withoutTheCustomizerAUtcClockIsADayBehind() {
        Clock utcEvening = Clock.fixed(Instant.parse("2026-12-02T17:00:00Z"), ZoneOffset.UTC);
        Validator validator = Validation.byDefaultProvider().configure().clockProvider(() -> utcEvening)
                .buildValidatorFactory().getValidator();

        assertThat(validator.validate(new Signed(LocalDate.of(2026, 12, 3)))).hasSize(1);
    }
}
