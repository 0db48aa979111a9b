package cn.incubator.training.course;

import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CourseRepository {

    private static final String COLUMNS = """
            id, jurisdiction_code, title, area, hours, audience, trainer_ids, completion_percent, created_by, created_at""";

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Course c) {
        jdbc.sql("INSERT INTO course (" + COLUMNS + """
                ) VALUES (:id, :j, :title, :area, :hours, CAST(:audience AS TEXT[]), CAST(:trainers AS UUID[]), :pct,
                          :by, :at)
                """)
                .param("id", c.id()).param("j", c.jurisdictionCode()).param("title", c.title())
                .param("area", c.area().name()).param("hours", c.hours())
                .param("audience", literal(c.audience().stream().map(Enum::name).toList()))
                .param("trainers", literal(c.trainerIds().stream().map(UUID::toString).toList()))
                .param("pct", c.completionPercent()).param("by", c.createdBy())
                .param("at", Timestamp.from(c.createdAt()))
                .update();
    }

    Optional<Course> find(UUID id, ScopeFilter visible) {
        return Query.of("SELECT " + COLUMNS + " FROM course")
                .where(Where.of(visible).and("id = :id", "id", id))
                .on(jdbc).query(CourseRepository::course).optional();
    }

    List<Course> list(ScopeFilter visible, CourseArea area) {
        return Query.of("SELECT " + COLUMNS + " FROM course")
                .where(Where.of(visible).andIfPresent("area = :area", "area", area == null ? null : area.name()))
                .orderBy("created_at DESC, id")
                .limit(500)
                .on(jdbc).query(CourseRepository::course).list();
    }

    /** A PostgreSQL array literal of plain tokens (enum names, UUIDs). */
    private static String literal(List<String> values) {
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }

    static Course course(ResultSet rs, int row) throws SQLException {
        return new Course(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code"), rs.getString("title"),
                CourseArea.valueOf(rs.getString("area")), rs.getBigDecimal("hours"),
                Arrays.stream(strings(rs.getArray("audience"))).map(Audience::valueOf).toList(),
                Arrays.stream(strings(rs.getArray("trainer_ids"))).map(UUID::fromString).toList(),
                rs.getInt("completion_percent"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
    }
}
