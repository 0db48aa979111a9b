package cn.incubator.incubation.remote;

import cn.incubator.contracts.partybuilding.v1.GetStarRatingRequest;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import cn.incubator.platform.problem.ProblemException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * Star ratings (星级评定) of the party-building service, read over gRPC (partybuilding.v1.StarRatings) with the
 * caller's token, a deadline and the "party-building" circuit breaker. The rating only adds to a page: when
 * party-building does not answer, the page still shows, with the rating marked unavailable.
 */
@Component
public class StarRatings {

    static final String SERVICE = "party-building";

    private final RemoteChannel remote;
    private final StarRatingsGrpc.StarRatingsBlockingStub ratings;

    StarRatings(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.incubation.party-building-deadline:1s}") Duration deadline) {
        this.remote = new RemoteChannel(SERVICE, channels, calls, deadline);
        this.ratings = StarRatingsGrpc.newBlockingStub(remote.channel()).withWaitForReady();
    }

    /** The organization's latest rating as the caller may see it, or why there is none to show. */
    public OrganizationRating latestOf(UUID organizationId) {
        try {
            return remote.call(() -> {
                try {
                    return OrganizationRating.of(ratings.withDeadlineAfter(remote.deadlineMillis(),
                                    TimeUnit.MILLISECONDS)
                            .getStarRating(GetStarRatingRequest.newBuilder()
                                    .setOrganizationId(organizationId.toString()).build()));
                } catch (StatusRuntimeException e) {
                    // No rating (or none in the caller's scope) is an answer, not a failure the breaker should count.
                    if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                        return OrganizationRating.NOT_RATED;
                    }
                    throw e;
                }
            });
        } catch (ProblemException unavailable) {
            return OrganizationRating.UNAVAILABLE;
        }
    }

    /**
     * What a page shows of the organization's star rating.
     *
     * @param availability RATED, NOT_RATED (none given or none visible to the caller), or UNAVAILABLE
     *                     (party-building did not answer; the rest of the page is unaffected)
     */
    public record OrganizationRating(Availability availability, Integer year, Integer stars, Integer checklistScore,
            Integer maxScore, String checklist, Instant ratedAt) {

        static final OrganizationRating NOT_RATED =
                new OrganizationRating(Availability.NOT_RATED, null, null, null, null, null, null);
        static final OrganizationRating UNAVAILABLE =
                new OrganizationRating(Availability.UNAVAILABLE, null, null, null, null, null, null);

        static OrganizationRating of(cn.incubator.contracts.partybuilding.v1.StarRating rating) {
            return new OrganizationRating(Availability.RATED, rating.getYear(), rating.getStars(),
                    rating.getChecklistScore(), rating.getMaxScore(), rating.getChecklist(),
                    rating.getRatedAt().isEmpty() ? null : Instant.parse(rating.getRatedAt()));
        }
    }

    public enum Availability {
        RATED,
        NOT_RATED,
        UNAVAILABLE
    }
}
