package cn.incubator.incubation.cases;

import cn.incubator.contracts.incubation.v1.GetIncubationStandingsRequest;
import cn.incubator.contracts.incubation.v1.IncubationRecordsGrpc;
import cn.incubator.contracts.incubation.v1.IncubationStandings;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.FieldProblemException;
import io.grpc.stub.StreamObserver;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Incubation records for other services (incubation.v1.IncubationRecords), under the data scope of the caller whose
 * token the calling service passes on; errors map through the platform's gRPC exception handler.
 */
@Service
class IncubationRecordsGrpcService extends IncubationRecordsGrpc.IncubationRecordsImplBase {

    static final int MAX_BATCH = 500;

    private final CaseService cases;

    IncubationRecordsGrpcService(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void getIncubationStandings(GetIncubationStandingsRequest request,
            StreamObserver<IncubationStandings> response) {
        if (request.getOrganizationIdsCount() > MAX_BATCH) {
            throw new FieldProblemException("organizationIds", "Size");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : request.getOrganizationIdsList()) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                // Cannot be an organization of ours: left out like one never incubated.
            }
        }
        IncubationStandings.Builder answer = IncubationStandings.newBuilder();
        for (IncubationStanding standing : cases.standings(CurrentUser.fromSecurityContext(), ids)) {
            answer.addStandings(cn.incubator.contracts.incubation.v1.IncubationStanding.newBuilder()
                    .setOrganizationId(standing.organizationId().toString())
                    .setStage(standing.stage().name())
                    .setGraduated(standing.graduated())
                    .setGraduatedOn(standing.graduated() ? standing.graduatedOn().toString() : "")
                    .setBaseName(standing.baseName()));
        }
        response.onNext(answer.build());
        response.onCompleted();
    }
}
