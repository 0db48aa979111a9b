package cn.incubator.incubation.support;

import cn.incubator.contracts.partybuilding.v1.GetStarRatingRequest;
import cn.incubator.contracts.partybuilding.v1.StarRating;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for party-building in service tests: its star-rating gRPC contract on a real port, answering from what
 * the test put in; it can be made slower than the caller's deadline.
 */
public final class FakePartyBuilding {

    public final Map<String, StarRating> ratings = new ConcurrentHashMap<>();
    public volatile long delayMillis;

    private final Server grpc;

    public FakePartyBuilding() {
        try {
            grpc = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).addService(new Ratings())
                    .build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String grpcAddress() {
        return "static://localhost:" + grpc.getPort();
    }

    public void rating(UUID organizationId, int year, int stars, int score) {
        ratings.put(organizationId.toString(), StarRating.newBuilder().setOrganizationId(organizationId.toString())
                .setYear(year).setStars(stars).setChecklistScore(score).setMaxScore(100)
                .setChecklist("党组织“五化”建设标准").setJurisdictionCode("430121001000")
                .setRatedAt(year + "-12-01T02:00:00Z").build());
    }

    private final class Ratings extends StarRatingsGrpc.StarRatingsImplBase {
        @Override
        public void getStarRating(GetStarRatingRequest request, StreamObserver<StarRating> response) {
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            StarRating found = ratings.get(request.getOrganizationId());
            if (found == null) {
                response.onError(Status.NOT_FOUND.withDescription("not-found").asRuntimeException());
                return;
            }
            response.onNext(found);
            response.onCompleted();
        }
    }
}
