package cn.incubator.grants.marketplace;

import cn.incubator.platform.federation.PlaceCodedJson;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project a community (社区) or hub (枢纽) posts for organizations to take on. */
@JsonDeserialize(using = CommunityProject.Json.class)
public record CommunityProject(UUID id, @JsonIgnore String jurisdictionCode, String title, String description, BigDecimal budget,
        PosterKind posterKind, String posterName, ProjectStatus status, UUID chosenOfferId,
        UUID chosenOrganizationId, String postedBy, Instant postedAt, Instant updatedAt) {

    /** The list's order ({@code posted_at DESC, id}), for merging the rows of several nodes. */
    public static final ListOrder<CommunityProject> ORDER = ListOrder.identifiedBy(CommunityProject::id)
            .newestFirst(CommunityProject::postedAt).thenId();

    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }


    public enum PosterKind {
        COMMUNITY, HUB
    }

    CommunityProject moved(ProjectStatus next, Instant at) {
        return new CommunityProject(id, jurisdictionCode, title, description, budget, posterKind, posterName, next,
                chosenOfferId, chosenOrganizationId, postedBy, postedAt, at);
    }

    CommunityProject chose(Offer offer, Instant at) {
        return new CommunityProject(id, jurisdictionCode, title, description, budget, posterKind, posterName,
                status.after(ProjectStatus.Action.CHOOSE), offer.id(), offer.organizationId(), postedBy, postedAt,
                at);
    }

    /** An organization's offer to take the project on. */
    public record Offer(UUID id, UUID projectId, UUID organizationId, String organizationName, String proposal,
            BigDecimal price, String status, String offeredBy, Instant offeredAt) {
    }

    /** One logged step of the delivery (实施记录). */
    public record Step(UUID id, UUID projectId, int seq, String description, LocalDate occurredOn, String recordedBy,
            Instant recordedAt) {
    }

    /** Reads a node's row with its place (see {@link PlaceCodedJson}). */
    public static final class Json extends PlaceCodedJson<CommunityProject> {
        public Json() {
            super(CommunityProject.class);
        }
    }
}
