package cn.incubator.incubation.support;

import cn.incubator.contracts.training.v1.GetTrainingRecordRequest;
import cn.incubator.contracts.training.v1.TrainingRecord;
import cn.incubator.contracts.training.v1.TrainingRecordsGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for training in service tests: its training-record gRPC contract on a real port, answering from what the
 * test put in (an empty record for any other organization, as training does); it can be made slower than the
 * caller's deadline, or stopped.
 */
public final class FakeTraining {

    public final Map<String, TrainingRecord> records = new ConcurrentHashMap<>();
    public volatile long delayMillis;

    private final Server grpc;

    public FakeTraining() {
        try {
            grpc = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).addService(new Records())
                    .build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String grpcAddress() {
        return "static://localhost:" + grpc.getPort();
    }

    public void record(UUID organizationId, int courses, long personTimes, int certificates, String lastCompletedOn) {
        records.put(organizationId.toString(), TrainingRecord.newBuilder().setOrganizationId(organizationId.toString())
                .setCoursesCompleted(courses).setPersonTimes(personTimes).setCertificates(certificates)
                .setLastCompletedOn(lastCompletedOn).build());
    }

    private final class Records extends TrainingRecordsGrpc.TrainingRecordsImplBase {
        @Override
        public void getTrainingRecord(GetTrainingRecordRequest request, StreamObserver<TrainingRecord> response) {
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            response.onNext(records.getOrDefault(request.getOrganizationId(),
                    TrainingRecord.newBuilder().setOrganizationId(request.getOrganizationId()).build()));
            response.onCompleted();
        }
    }
}
