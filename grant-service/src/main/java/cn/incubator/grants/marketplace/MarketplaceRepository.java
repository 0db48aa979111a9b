package cn.incubator.grants.marketplace;

import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Posted projects, offers and delivery steps. Projects are published to everyone working where they are (an
 * org-admin included); offers are read under the full scope, so an organization sees only its own.
 */
@Repository
class MarketplaceRepository {

    private static final String PROJECT_COLUMNS = """
            id, jurisdiction_code, title, description, budget, poster_kind, poster_name, status, chosen_offer_id,
            chosen_organization_id, posted_by, posted_at, updated_at""";
    private static final String OFFER_COLUMNS = """
            o.id, o.project_id, o.organization_id, o.organization_name, o.proposal, o.price, o.status, o.offered_by,
            o.offered_at""";

    private final JdbcClient jdbc;

    MarketplaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CommunityProject p) {
        jdbc.sql("INSERT INTO community_project (" + PROJECT_COLUMNS + """
                ) VALUES (:id, :jurisdiction, :title, :description, :budget, :posterKind, :posterName, :status, NULL,
                          NULL, :postedBy, :postedAt, :postedAt)
                """)
                .param("id", p.id()).param("jurisdiction", p.jurisdictionCode()).param("title", p.title())
                .param("description", p.description()).param("budget", p.budget())
                .param("posterKind", p.posterKind().name()).param("posterName", p.posterName())
                .param("status", p.status().name()).param("postedBy", p.postedBy())
                .param("postedAt", Timestamp.from(p.postedAt()))
                .update();
    }

    void update(CommunityProject p) {
        jdbc.sql("""
                UPDATE community_project SET status = :status, chosen_offer_id = :offer, chosen_organization_id = :org,
                       updated_at = :at WHERE id = :id
                """)
                .param("id", p.id()).param("status", p.status().name()).param("offer", p.chosenOfferId())
                .param("org", p.chosenOrganizationId()).param("at", Timestamp.from(p.updatedAt()))
                .update();
    }

    Optional<CommunityProject> find(UUID id, DataScope scope, boolean lock) {
        Query query = Query.of("SELECT " + PROJECT_COLUMNS + " FROM community_project")
                .where(Where.of(scope.publishedFilter("jurisdiction_code")).and("id = :id", "id", id));
        return (lock ? query.then("FOR UPDATE") : query).on(jdbc)
                .query(MarketplaceRepository::project)
                .optional();
    }

    Page<CommunityProject> list(ProjectStatus status, DataScope scope, PageRequest page) {
        return Query.of("SELECT " + PROJECT_COLUMNS + " FROM community_project")
                .where(Where.of(scope.publishedFilter("jurisdiction_code")).andIfPresent("status = :status", "status",
                        status))
                .orderBy("posted_at DESC, id")
                .page(page, jdbc, MarketplaceRepository::project);
    }

    /** @return false when the organization has offered already */
    boolean insert(CommunityProject.Offer offer) {
        return jdbc.sql("""
                INSERT INTO project_offer (id, project_id, organization_id, organization_name, proposal, price, status,
                                           offered_by, offered_at)
                VALUES (:id, :project, :org, :orgName, :proposal, :price, :status, :by, :at)
                ON CONFLICT (project_id, organization_id) DO NOTHING
                """)
                .param("id", offer.id()).param("project", offer.projectId()).param("org", offer.organizationId())
                .param("orgName", offer.organizationName()).param("proposal", offer.proposal())
                .param("price", offer.price()).param("status", offer.status()).param("by", offer.offeredBy())
                .param("at", Timestamp.from(offer.offeredAt()))
                .update() == 1;
    }

    /** The project's offers the caller may see: all for the poster's side, its own for an organization. */
    List<CommunityProject.Offer> offers(UUID projectId, DataScope scope) {
        return Query.of("SELECT " + OFFER_COLUMNS + " FROM project_offer o JOIN community_project p"
                        + " ON p.id = o.project_id")
                .where(Where.of(scope.filter("p.jurisdiction_code", "o.organization_id"))
                        .and("o.project_id = :p", "p", projectId))
                .orderBy("o.offered_at")
                .on(jdbc)
                .query(MarketplaceRepository::offer)
                .list();
    }

    Optional<CommunityProject.Offer> offer(UUID projectId, UUID offerId) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + " FROM project_offer o WHERE o.project_id = :p AND o.id = :o")
                .param("p", projectId).param("o", offerId)
                .query(MarketplaceRepository::offer)
                .optional();
    }

    /** The chosen offer wins, every other one of the project is not chosen. */
    void settleOffers(UUID projectId, UUID chosenOfferId) {
        jdbc.sql("""
                UPDATE project_offer SET status = CASE WHEN id = :chosen THEN 'CHOSEN' ELSE 'NOT_CHOSEN' END
                WHERE project_id = :p
                """)
                .param("p", projectId).param("chosen", chosenOfferId)
                .update();
    }

    /** Callers hold the project's row lock, so sequence numbers never clash. */
    int nextStep(UUID projectId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM delivery_step WHERE project_id = :p")
                .param("p", projectId)
                .query(Integer.class)
                .single();
    }

    void insert(CommunityProject.Step step) {
        jdbc.sql("""
                INSERT INTO delivery_step (id, project_id, seq, description, occurred_on, recorded_by, recorded_at)
                VALUES (:id, :project, :seq, :description, :on, :by, :at)
                """)
                .param("id", step.id()).param("project", step.projectId()).param("seq", step.seq())
                .param("description", step.description())
                .param("on", step.occurredOn()).param("by", step.recordedBy())
                .param("at", Timestamp.from(step.recordedAt()))
                .update();
    }

    List<CommunityProject.Step> steps(UUID projectId) {
        return jdbc.sql("""
                SELECT id, project_id, seq, description, occurred_on, recorded_by, recorded_at
                FROM delivery_step WHERE project_id = :p ORDER BY seq
                """)
                .param("p", projectId)
                .query((rs, n) -> new CommunityProject.Step(rs.getObject("id", UUID.class),
                        rs.getObject("project_id", UUID.class), rs.getInt("seq"), rs.getString("description"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static CommunityProject project(ResultSet rs, int n) throws SQLException {
        return new CommunityProject(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code"),
                rs.getString("title"), rs.getString("description"), rs.getBigDecimal("budget"),
                CommunityProject.PosterKind.valueOf(rs.getString("poster_kind")), rs.getString("poster_name"),
                ProjectStatus.valueOf(rs.getString("status")), rs.getObject("chosen_offer_id", UUID.class),
                rs.getObject("chosen_organization_id", UUID.class), rs.getString("posted_by"),
                rs.getTimestamp("posted_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static CommunityProject.Offer offer(ResultSet rs, int n) throws SQLException {
        return new CommunityProject.Offer(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                rs.getString("proposal"), rs.getBigDecimal("price"), rs.getString("status"),
                rs.getString("offered_by"), rs.getTimestamp("offered_at").toInstant());
    }
}
