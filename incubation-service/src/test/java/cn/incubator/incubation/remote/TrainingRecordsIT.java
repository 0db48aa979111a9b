package cn.incubator.incubation.remote;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.remote.TrainingRecords.Availability;
import cn.incubator.incubation.remote.TrainingRecords.OrganizationTraining;
import cn.incubator.incubation.support.IncubationIT;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organization's training record as incubation pages show it, from training on the real gRPC contract. */
class TrainingRecordsIT extends IncubationIT {

    @Autowired
    TrainingRecords trainingRecords;

    @Test
    void aTrainedOrganizationShowsItsCoursesPersonTimesAndCertificates() {
        UUID organization = UUID.randomUUID();
        TRAINING.record(organization, 3, 42, 5, "2026-11-20");
        on(COUNTY_OFFICER);

        OrganizationTraining record = trainingRecords.of(organization);

        assertThat(record.availability()).isEqualTo(Availability.AVAILABLE);
        assertThat(record.coursesCompleted()).isEqualTo(3);
        assertThat(record.personTimes()).isEqualTo(42);
        assertThat(record.certificates()).isEqualTo(5);
        assertThat(record.certificatesRevoked()).isZero();
        assertThat(record.lastCompletedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void anOrganizationThatNeverTrainedHasAnEmptyRecordNotAnUnavailableOne() {
        on(COUNTY_OFFICER);

        OrganizationTraining record = trainingRecords.of(UUID.randomUUID());

        assertThat(record.availability()).isEqualTo(Availability.AVAILABLE);
        assertThat(record.coursesCompleted()).isZero();
        assertThat(record.personTimes()).isZero();
        assertThat(record.lastCompletedOn()).isNull();
    }

    @Test
    void trainingSlowerThanTheDeadlineMarksTheRecordUnavailableWithinTheDeadline() {
        UUID organization = UUID.randomUUID();
        TRAINING.record(organization, 1, 8, 1, "2026-10-01");
        TRAINING.delayMillis = 5_000;
        on(COUNTY_OFFICER);

        Instant asked = Instant.now();
        OrganizationTraining record = trainingRecords.of(organization);

        assertThat(record.availability()).isEqualTo(Availability.UNAVAILABLE);
        assertThat(record.coursesCompleted()).isNull();
        assertThat(record.personTimes()).isNull();
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofMillis(4_000));
    }
}
