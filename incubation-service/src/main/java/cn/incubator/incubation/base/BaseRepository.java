package cn.incubator.incubation.base;

import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bases, zones and workstations. Every read takes the caller's {@link DataScope}. */
@Repository
class BaseRepository {

    private final JdbcClient jdbc;

    BaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Base base) {
        jdbc.sql("""
                INSERT INTO base (id, name, jurisdiction_code, operator_name, created_at)
                VALUES (:id, :name, :jurisdiction, :operator, :createdAt)
                """)
                .param("id", base.id()).param("name", base.name())
                .param("jurisdiction", base.jurisdiction().code()).param("operator", base.operatorName())
                .param("createdAt", Timestamp.from(base.createdAt()))
                .update();
    }

    void insert(Zone zone) {
        jdbc.sql("INSERT INTO zone (id, base_id, kind, name) VALUES (:id, :base, :kind, :name)")
                .param("id", zone.id()).param("base", zone.baseId()).param("kind", zone.kind().name())
                .param("name", zone.name())
                .update();
    }

    void insertWorkstation(UUID id, UUID zoneId, String code) {
        jdbc.sql("INSERT INTO workstation (id, zone_id, code) VALUES (:id, :zone, :code)")
                .param("id", id).param("zone", zoneId).param("code", code)
                .update();
    }

    Optional<Base> find(UUID id, DataScope scope) {
        return Query.of("SELECT * FROM base")
                .where(Where.of(BaseVisibility.filter(scope, "jurisdiction_code")).and("id = :id", "id", id))
                .on(jdbc)
                .query(BaseRepository::base).optional();
    }

    Page<Base> list(DataScope scope, PageRequest page) {
        return Query.of("SELECT * FROM base")
                .where(BaseVisibility.filter(scope, "jurisdiction_code"))
                .orderBy("jurisdiction_code, name, id")
                .page(page, jdbc, BaseRepository::base);
    }

    Optional<Zone> findZone(UUID id, DataScope scope) {
        return Query.of("SELECT z.* FROM zone z JOIN base b ON b.id = z.base_id")
                .where(Where.of(BaseVisibility.filter(scope, "b.jurisdiction_code")).and("z.id = :id", "id", id))
                .on(jdbc)
                .query((rs, n) -> zone(rs)).optional();
    }

    List<Zone> zones(UUID baseId) {
        return jdbc.sql("SELECT * FROM zone WHERE base_id = :base ORDER BY kind, name")
                .param("base", baseId)
                .query((rs, n) -> zone(rs)).list();
    }

    boolean workstationCodeTaken(UUID zoneId, String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM workstation WHERE zone_id = :zone AND code = :code)")
                .param("zone", zoneId).param("code", code).query(Boolean.class).single();
    }

    int workstationCount(UUID zoneId) {
        return jdbc.sql("SELECT count(*) FROM workstation WHERE zone_id = :zone")
                .param("zone", zoneId).query(Integer.class).single();
    }

    Optional<Workstation> findWorkstation(UUID id, DataScope scope) {
        return Query.of("""
                SELECT w.id, w.zone_id, w.code, z.base_id, z.kind FROM workstation w
                JOIN zone z ON z.id = w.zone_id JOIN base b ON b.id = z.base_id""")
                .where(Where.of(BaseVisibility.filter(scope, "b.jurisdiction_code")).and("w.id = :id", "id", id))
                .on(jdbc)
                .query((rs, n) -> new Workstation(rs.getObject("id", UUID.class), rs.getObject("zone_id", UUID.class),
                        rs.getString("code"), rs.getObject("base_id", UUID.class),
                        ZoneKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    /** Workstations and the ones allocated now, per zone of the base. */
    List<ZoneOccupancy> occupancy(UUID baseId) {
        return jdbc.sql("""
                SELECT z.id, z.kind, z.name, count(w.id) AS total, count(a.id) AS occupied
                FROM zone z
                LEFT JOIN workstation w ON w.zone_id = z.id
                LEFT JOIN workstation_allocation a ON a.workstation_id = w.id AND a.released_at IS NULL
                WHERE z.base_id = :base
                GROUP BY z.id, z.kind, z.name ORDER BY z.kind, z.name
                """)
                .param("base", baseId)
                .query((rs, n) -> new ZoneOccupancy(rs.getObject("id", UUID.class),
                        ZoneKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getInt("total"),
                        rs.getInt("occupied")))
                .list();
    }

    /** Every workstation of a zone in code order, with the case that holds it now (the zone plan). */
    List<WorkstationUse> uses(UUID zoneId) {
        return jdbc.sql("""
                SELECT w.id, w.code, a.case_id, a.allocated_at
                FROM workstation w
                LEFT JOIN workstation_allocation a ON a.workstation_id = w.id AND a.released_at IS NULL
                WHERE w.zone_id = :zone
                ORDER BY w.code
                """)
                .param("zone", zoneId)
                .query((rs, n) -> new WorkstationUse(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getObject("case_id", UUID.class),
                        rs.getTimestamp("allocated_at") == null ? null : rs.getTimestamp("allocated_at").toInstant()))
                .list();
    }

    /** Free workstations of a zone, in code order. */
    List<Workstation> freeWorkstations(UUID zoneId, UUID baseId, ZoneKind kind, int limit) {
        return jdbc.sql("""
                SELECT w.id, w.zone_id, w.code FROM workstation w
                WHERE w.zone_id = :zone AND NOT EXISTS (
                    SELECT 1 FROM workstation_allocation a WHERE a.workstation_id = w.id AND a.released_at IS NULL)
                ORDER BY w.code LIMIT :limit
                """)
                .param("zone", zoneId).param("limit", limit)
                .query((rs, n) -> new Workstation(rs.getObject("id", UUID.class), zoneId, rs.getString("code"),
                        baseId, kind))
                .list();
    }

    private static Base base(ResultSet rs, int row) throws SQLException {
        return new Base(rs.getObject("id", UUID.class), rs.getString("name"),
                Jurisdiction.of(rs.getString("jurisdiction_code")), rs.getString("operator_name"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Zone zone(ResultSet rs) throws SQLException {
        return new Zone(rs.getObject("id", UUID.class), rs.getObject("base_id", UUID.class),
                ZoneKind.valueOf(rs.getString("kind")), rs.getString("name"));
    }
}
