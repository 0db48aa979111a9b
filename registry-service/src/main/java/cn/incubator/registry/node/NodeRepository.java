package cn.incubator.registry.node;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The node directory's tables ({@code tier_node}, {@code tier_node_directory}). */
@Repository
class NodeRepository {

    private static final TypeReference<Map<String, ServiceEndpoint>> ENDPOINTS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, name, jurisdiction_code, state, endpoints::text AS endpoints, version, "
            + "registered_by, registered_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NodeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Raises the directory version, holding its row lock until the transaction ends (changes are serialized). */
    long nextVersion() {
        return jdbc.sql("UPDATE tier_node_directory SET version = version + 1 RETURNING version")
                .query(Long.class).single();
    }

    /** Takes the directory's row lock without a new version, until the transaction ends. */
    void lock() {
        jdbc.sql("SELECT version FROM tier_node_directory FOR UPDATE").query(Long.class).single();
    }

    long version() {
        return jdbc.sql("SELECT version FROM tier_node_directory").query(Long.class).single();
    }

    List<TierNode> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tier_node ORDER BY jurisdiction_code, name").query(this::map)
                .list();
    }

    Optional<TierNode> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tier_node WHERE id = :id").param("id", id).query(this::map)
                .optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM tier_node WHERE name = :name").param("name", name).query(Long.class)
                .single() > 0;
    }

    boolean activeAt(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM tier_node WHERE jurisdiction_code = :code AND state = 'ACTIVE'")
                .param("code", jurisdiction.code()).query(Long.class).single() > 0;
    }

    void insert(TierNode node) {
        jdbc.sql("""
                INSERT INTO tier_node (id, name, jurisdiction_code, state, endpoints, version, registered_by,
                                       registered_at, updated_at)
                VALUES (:id, :name, :code, :state, CAST(:endpoints AS jsonb), :version, :by, :at, :at)
                """)
                .param("id", node.id())
                .param("name", node.name())
                .param("code", node.jurisdiction().code())
                .param("state", node.state().name())
                .param("endpoints", json.writeValueAsString(node.endpoints()))
                .param("version", node.version())
                .param("by", node.registeredBy())
                .param("at", Timestamp.from(node.registeredAt()))
                .update();
    }

    void updateState(TierNode node) {
        jdbc.sql("UPDATE tier_node SET state = :state, version = :version, updated_at = :at WHERE id = :id")
                .param("id", node.id())
                .param("state", node.state().name())
                .param("version", node.version())
                .param("at", Timestamp.from(node.updatedAt()))
                .update();
    }

    /** Records a service's switch of the node's handover; whether it was new (a repeated switch records nothing). */
    boolean switched(UUID node, String service, String actor, java.time.Instant at) {
        return jdbc.sql("""
                INSERT INTO tier_node_handover (node_id, service, switched_by, switched_at)
                VALUES (:node, :service, :by, :at) ON CONFLICT (node_id, service) DO NOTHING
                """)
                .param("node", node).param("service", service).param("by", actor).param("at", Timestamp.from(at))
                .update() > 0;
    }

    /** The services whose handover to the node has switched. */
    java.util.Set<String> switchedServices(UUID node) {
        return new java.util.TreeSet<>(jdbc.sql("SELECT service FROM tier_node_handover WHERE node_id = :node")
                .param("node", node).query(String.class).list());
    }

    Optional<TierNode> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tier_node WHERE name = :name").param("name", name)
                .query(this::map).optional();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM tier_node WHERE id = :id").param("id", id).update();
    }

    private TierNode map(ResultSet rs, int row) throws SQLException {
        return new TierNode(rs.getObject("id", UUID.class), rs.getString("name"),
                Jurisdiction.of(rs.getString("jurisdiction_code")), NodeState.valueOf(rs.getString("state")),
                json.readValue(rs.getString("endpoints"), ENDPOINTS), rs.getLong("version"),
                rs.getString("registered_by"), rs.getTimestamp("registered_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
