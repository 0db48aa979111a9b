package cn.incubator.grants.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule retries = new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(5), 8);

    @Test
    void waitsDoubleAfterEachFailureUpToTheLongest() {
        assertThat(retries.after(1)).contains(Duration.ofSeconds(10));
        assertThat(retries.after(2)).contains(Duration.ofSeconds(20));
        assertThat(retries.after(3)).contains(Duration.ofSeconds(40));
        assertThat(retries.after(5)).contains(Duration.ofSeconds(160));
        assertThat(retries.after(6)).contains(Duration.ofMinutes(5));
        assertThat(retries.after(7)).contains(Duration.ofMinutes(5));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(retries.after(8)).isEmpty();
        assertThat(retries.after(9)).isEmpty();
    }
}
