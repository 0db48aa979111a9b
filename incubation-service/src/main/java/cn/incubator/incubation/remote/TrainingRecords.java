package cn.incubator.incubation.remote;

import cn.incubator.contracts.training.v1.GetTrainingRecordRequest;
import cn.incubator.contracts.training.v1.TrainingRecordsGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import cn.incubator.platform.problem.ProblemException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * An organization's training record (培训记录) from the training service, read over gRPC (training.v1.TrainingRecords)
 * with the caller's token, a deadline and the "training" circuit breaker. Like the star rating, the record only adds
 * to a page: when training does not answer in time, the page still shows, with the record marked unavailable.
 */
@Component
public class TrainingRecords {

    static final String SERVICE = "training";

    private final RemoteChannel remote;
    private final TrainingRecordsGrpc.TrainingRecordsBlockingStub records;

    TrainingRecords(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.incubation.training-deadline:1s}") Duration deadline) {
        this.remote = new RemoteChannel(SERVICE, channels, calls, deadline);
        this.records = TrainingRecordsGrpc.newBlockingStub(remote.channel()).withWaitForReady();
    }

    /** The organization's record as the caller may see it, or "unavailable" when training does not answer. */
    public OrganizationTraining of(UUID organizationId) {
        try {
            return OrganizationTraining.of(remote.call(() -> records
                    .withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                    .getTrainingRecord(GetTrainingRecordRequest.newBuilder()
                            .setOrganizationId(organizationId.toString()).build())));
        } catch (ProblemException unavailable) {
            return OrganizationTraining.UNAVAILABLE;
        }
    }

    /**
     * What a page shows of the organization's training (能力建设).
     *
     * @param availability        AVAILABLE, or UNAVAILABLE (training did not answer; the figures are then null and the
     *                            rest of the page is unaffected)
     * @param coursesCompleted    courses of which at least one of its people completed a session (结业)
     * @param personTimes         person-times (人次) of its people: attendance, one per person and sitting
     * @param certificates        valid certificates of its people
     * @param certificatesRevoked certificates revoked since issue
     * @param lastCompletedOn     its latest completion, null when none
     */
    public record OrganizationTraining(Availability availability, Integer coursesCompleted, Long personTimes,
            Integer certificates, Integer certificatesRevoked, LocalDate lastCompletedOn) {

        static final OrganizationTraining UNAVAILABLE =
                new OrganizationTraining(Availability.UNAVAILABLE, null, null, null, null, null);

        static OrganizationTraining of(cn.incubator.contracts.training.v1.TrainingRecord record) {
            return new OrganizationTraining(Availability.AVAILABLE, record.getCoursesCompleted(),
                    record.getPersonTimes(), record.getCertificates(), record.getCertificatesRevoked(),
                    record.getLastCompletedOn().isEmpty() ? null : LocalDate.parse(record.getLastCompletedOn()));
        }
    }

    public enum Availability {
        AVAILABLE,
        UNAVAILABLE
    }
}
