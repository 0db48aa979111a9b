package cn.incubator.incubation.partybuilding;

import cn.incubator.contracts.partybuilding.v1.GetStarRatingRequest;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.problem.ProblemException;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger log = LoggerFactory.getLogger(StarRatings.class);

    private final ManagedChannel channel;
    private final StarRatingsGrpc.StarRatingsBlockingStub ratings;
    private final RemoteCalls calls;
    private final Duration deadline;

    StarRatings(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.incubation.party-building-deadline:1s}") Duration deadline) {
        this.channel = channels.createChannel(SERVICE);
        this.ratings = StarRatingsGrpc.newBlockingStub(channel).withWaitForReady();
        this.calls = calls;
        this.deadline = deadline;
    }

    /** The organization's latest rating as the caller may see it, or why there is none to show. */
    public OrganizationRating latestOf(UUID organizationId) {
        if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            // Party-building was down; try it now rather than after the channel's reconnect back-off.
            channel.resetConnectBackoff();
        }
        try {
            return calls.call(SERVICE, () -> {
                try {
                    return OrganizationRating.of(ratings.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                            .getStarRating(GetStarRatingRequest.newBuilder()
                                    .setOrganizationId(organizationId.toString()).build()));
                } catch (StatusRuntimeException e) {
                    // No rating (or none in the caller's scope) is an answer, not a failure the breaker should count.
                    if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                        return OrganizationRating.NOT_RATED;
                    }
                    log.warn("Party-building star rating call failed: {}", e.toString());
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
