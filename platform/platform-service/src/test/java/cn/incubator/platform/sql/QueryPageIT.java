package cn.incubator.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.RealPostgres;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link Query#page} on a real PostgreSQL: the rows and the total of every kind of page (the total counted only
 * when the page cannot tell it), checked against the rows computed here from the 45 rows of the table.
 */
class QueryPageIT {

    private static final int ROWS = 45;
    private static JdbcClient jdbc;

    @BeforeAll
    static void table() {
        RealPostgres.Server server = RealPostgres.database("query_page_it");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl("query_page_it"));
        dataSource.setUser(server.username());
        dataSource.setPassword(server.password());
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE IF NOT EXISTS numbered (n int PRIMARY KEY, even boolean NOT NULL)").update();
        jdbc.sql("TRUNCATE numbered").update();
        jdbc.sql("INSERT INTO numbered SELECT n, n % 2 = 0 FROM generate_series(1, :rows) AS n").param("rows", ROWS)
                .update();
    }

    @ParameterizedTest(name = "page {0} of {1} rows, even only: {2}")
    @CsvSource({
        "0, 20, false", // full first page: counted
        "1, 20, false", // full middle page: counted
        "2, 20, false", // last page, partial: offset + rows
        "0, 50, false", // one page holds all: the rows are the total
        "0, 45, false", // exactly full: counted
        "3, 20, false", // past the end: counted, empty
        "0, 20, true", // filtered, 22 rows: full first page
        "1, 20, true", // filtered, partial second page
        "0, 30, true", // filtered, one page
        "9, 10, true", // filtered, past the end
    })
    void theRowsAndTheTotalOfAPage(int page, int size, boolean evenOnly) {
        Query query = Query.of("SELECT n FROM numbered")
                .where(evenOnly ? Where.unscoped().and("even = :even", "even", true) : Where.unscoped())
                .orderBy("n DESC");

        Page<Integer> result = query.page(new PageRequest(page, size), jdbc, (rs, i) -> rs.getInt("n"));

        List<Integer> all = IntStream.iterate(ROWS, n -> n >= 1, n -> n - 1).boxed()
                .filter(n -> !evenOnly || n % 2 == 0).toList();
        List<Integer> expected = all.stream().skip((long) page * size).limit(size).toList();
        assertThat(result.items()).containsExactlyElementsOf(expected);
        assertThat(result.total()).isEqualTo(all.size());
    }

    @ParameterizedTest(name = "page {0} of an empty list")
    @CsvSource({"0", "4"})
    void anEmptyListHasTotalZero(int page) {
        Page<Integer> result = Query.of("SELECT n FROM numbered").where(Where.unscoped().and("n < 0"))
                .orderBy("n").page(new PageRequest(page, 20), jdbc, (rs, i) -> rs.getInt("n"));

        assertThat(result.items()).isEmpty();
        assertThat(result.total()).isZero();
    }
}
