package cn.incubator.partybuilding.rating;

import cn.incubator.contracts.partybuilding.v1.GetLatestStarRatingsRequest;
import cn.incubator.contracts.partybuilding.v1.GetStarRatingRequest;
import cn.incubator.contracts.partybuilding.v1.StarRatingList;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Star ratings for other services (partybuilding.v1.StarRatings), under the data scope of the caller whose token the
 * calling service passes on; errors map through the platform's gRPC exception handler.
 */
@Service
class StarRatingGrpcService extends StarRatingsGrpc.StarRatingsImplBase {

    private final StarRatingService ratings;

    StarRatingGrpcService(StarRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void getStarRating(GetStarRatingRequest request,
            StreamObserver<cn.incubator.contracts.partybuilding.v1.StarRating> response) {
        UUID organizationId;
        try {
            organizationId = UUID.fromString(request.getOrganizationId());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("star-rating", request.getOrganizationId());
        }
        if (request.hasYear() && (request.getYear() < 2000 || request.getYear() > 2100)) {
            throw new FieldProblemException("year", "RatingYear", request.getYear());
        }
        StarRating rating = ratings.ratingOf(CurrentUser.fromSecurityContext(), organizationId,
                request.hasYear() ? request.getYear() : null);
        response.onNext(message(rating));
        response.onCompleted();
    }

    /** Ids that are not UUIDs cannot name an organization: like one out of scope, they are left out. */
    @Override
    public void getLatestStarRatings(GetLatestStarRatingsRequest request, StreamObserver<StarRatingList> response) {
        List<UUID> ids = request.getOrganizationIdsList().stream().map(StarRatingGrpcService::uuidOrNull)
                .filter(Objects::nonNull).distinct().toList();
        StarRatingList.Builder answer = StarRatingList.newBuilder();
        ratings.latestRatings(CurrentUser.fromSecurityContext(), ids).forEach(r -> answer.addRatings(message(r)));
        response.onNext(answer.build());
        response.onCompleted();
    }

    private static cn.incubator.contracts.partybuilding.v1.StarRating message(StarRating rating) {
        return cn.incubator.contracts.partybuilding.v1.StarRating.newBuilder()
                .setOrganizationId(rating.organizationId().toString())
                .setYear(rating.year())
                .setStars(rating.stars())
                .setChecklistScore(rating.score())
                .setMaxScore(rating.maxScore())
                .setChecklist(rating.checklist())
                .setJurisdictionCode(rating.jurisdictionCode())
                .setRatedAt(rating.ratedAt().toString())
                .build();
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
