package cn.incubator.training.organization;

import cn.incubator.contracts.training.v1.GetTrainingRecordRequest;
import cn.incubator.contracts.training.v1.TrainingRecordsGrpc;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.NotFoundException;
import io.grpc.stub.StreamObserver;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Organizations' training records for other services (training.v1.TrainingRecords), under the data scope of the
 * caller whose token the calling service passes on; errors map through the platform's gRPC exception handler.
 */
@Service
class TrainingRecordsGrpcService extends TrainingRecordsGrpc.TrainingRecordsImplBase {

    private final TrainingRecords records;

    TrainingRecordsGrpcService(TrainingRecords records) {
        this.records = records;
    }

    @Override
    public void getTrainingRecord(GetTrainingRecordRequest request,
            StreamObserver<cn.incubator.contracts.training.v1.TrainingRecord> response) {
        UUID organizationId;
        try {
            organizationId = UUID.fromString(request.getOrganizationId());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organization", request.getOrganizationId());
        }
        TrainingRecord record = records.of(CurrentUser.fromSecurityContext(), organizationId);
        response.onNext(cn.incubator.contracts.training.v1.TrainingRecord.newBuilder()
                .setOrganizationId(record.organizationId().toString())
                .setCoursesCompleted(record.coursesCompleted())
                .setPersonTimes(record.personTimes())
                .setCertificates(record.certificates())
                .setCertificatesRevoked(record.certificatesRevoked())
                .setLastCompletedOn(record.lastCompletedOn() == null ? "" : record.lastCompletedOn().toString())
                .build());
        response.onCompleted();
    }
}
