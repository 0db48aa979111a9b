package cn.incubator.incubation.remote;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.remote.StarRatings.Availability;
import cn.incubator.incubation.remote.StarRatings.OrganizationRating;
import cn.incubator.incubation.support.IncubationIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organization's star rating as incubation pages show it, from party-building on the real gRPC contract. */
class StarRatingsIT extends IncubationIT {

    @Autowired
    StarRatings starRatings;

    @Test
    void aRatedOrganizationShowsItsLatestStarsYearAndChecklist() {
        UUID organization = UUID.randomUUID();
        PARTY_BUILDING.rating(organization, 2025, 4, 84);
        on(COUNTY_OFFICER);

        OrganizationRating rating = starRatings.latestOf(organization);

        assertThat(rating.availability()).isEqualTo(Availability.RATED);
        assertThat(rating.stars()).isEqualTo(4);
        assertThat(rating.year()).isEqualTo(2025);
        assertThat(rating.checklistScore()).isEqualTo(84);
        assertThat(rating.maxScore()).isEqualTo(100);
        assertThat(rating.checklist()).contains("五化");
    }

    @Test
    void anOrganizationWithoutARatingIsNotRatedAndManySuchAnswersDoNotOpenTheBreaker() {
        on(COUNTY_OFFICER);
        for (int i = 0; i < 30; i++) {
            assertThat(starRatings.latestOf(UUID.randomUUID()).availability()).isEqualTo(Availability.NOT_RATED);
        }
        UUID rated = UUID.randomUUID();
        PARTY_BUILDING.rating(rated, 2024, 5, 95);

        assertThat(starRatings.latestOf(rated).stars()).isEqualTo(5);
    }

    @Test
    void partyBuildingSlowerThanTheDeadlineMarksTheRatingUnavailableInsteadOfFailing() {
        UUID organization = UUID.randomUUID();
        PARTY_BUILDING.rating(organization, 2025, 3, 70);
        PARTY_BUILDING.delayMillis = 2_000;
        on(COUNTY_OFFICER);

        OrganizationRating rating = starRatings.latestOf(organization);

        assertThat(rating.availability()).isEqualTo(Availability.UNAVAILABLE);
        assertThat(rating.stars()).isNull();
    }
}
