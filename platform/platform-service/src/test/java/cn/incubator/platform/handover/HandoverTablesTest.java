package cn.incubator.platform.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.problem.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A service's handover tables, the timelines' predicates, and where a parent finds the central directory. */
class HandoverTablesTest {

    private static final HandoverTable PARENT = HandoverTable.byId("programme", "t.jurisdiction_code LIKE :prefix");
    private static final HandoverTable CHILD = HandoverTable.byId("award", "t.jurisdiction_code LIKE :prefix");

    @Test
    void tablesAreRetiredChildrenFirstAndFoundByName() {
        HandoverTables tables = HandoverTables.of(PARENT, CHILD);
        assertThat(tables.names()).containsExactly("programme", "award");
        assertThat(tables.reversed()).containsExactly(CHILD, PARENT);
        assertThat(tables.table("award")).isEqualTo(CHILD);
        assertThatThrownBy(() -> tables.table("outbound_event")).as("a table not listed is not handed out")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTableListedTwiceOrNoTableAtAllIsRefused() {
        assertThatThrownBy(() -> HandoverTables.of(PARENT, PARENT)).hasMessageContaining("twice");
        assertThatThrownBy(() -> new HandoverTables(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timelinesAreCopiedWholeAndRetiredButThoseOfKeptRecords() {
        HandoverTable timelines = HandoverTable.timelines(Map.of("programme", "SELECT g.id FROM programme g"));
        assertThat(timelines.name()).isEqualTo("audit_entry");
        assertThat(timelines.key()).containsExactly("seq");
        assertThat(timelines.conflict()).containsExactly("id");
        assertThat(timelines.subtree()).isEqualTo(HandoverTable.TIMELINE_SUBJECTS);
        assertThat(timelines.retire()).isEqualTo(HandoverTable.TIMELINE_SUBJECTS + " AND NOT (t.subject_type = "
                + "'programme' AND t.subject_id IN (SELECT k.id::text FROM (SELECT g.id FROM programme g) k (id)))");
        assertThat(HandoverTable.timelines(Map.of()).retire()).isEqualTo(HandoverTable.TIMELINE_SUBJECTS);
    }

    @Test
    void aTableKeptByTheParentIsNeverRetired() {
        assertThat(PARENT.keptByParent().retire()).isNull();
        assertThat(PARENT.retiring("FALSE").retire()).isEqualTo("FALSE");
        assertThatThrownBy(() -> new HandoverTable("x", List.of("a", "b"), List.of("uuid"), List.of("a"), "TRUE",
                null)).hasMessageContaining("one type per key column");
    }

    @Test
    void onlyAnActiveNodeLetsTheParentsRetire() {
        assertThat(new HandoverDirectory.NodeHandovers("x", "ACTIVE", List.of("registry"), List.of()).active())
                .isTrue();
        assertThat(new HandoverDirectory.NodeHandovers("x", "JOINING", List.of("registry"), List.of("incubation"))
                .active()).isFalse();
        assertThat(new HandoverDirectory.NodeHandovers("x", "DRAINING", List.of(), List.of()).active()).isFalse();
    }

    @Test
    void theCentralDirectoryIsTheConfiguredOneElseTheRollUpsElseTheRegistry() {
        assertThat(HandoverAutoConfiguration.centralRegistry(new MockEnvironment()
                .withProperty("incubator.handover.directory-url", "http://central:8081/")
                .withProperty("incubator.services.registry", "http://localhost:8081")))
                .isEqualTo(URI.create("http://central:8081"));
        assertThat(HandoverAutoConfiguration.centralRegistry(new MockEnvironment()
                .withProperty("incubator.rollup.directory.uri", "https://registry.city:8443/api/registry/v1/node-directory")
                .withProperty("incubator.services.registry", "http://localhost:8081")))
                .isEqualTo(URI.create("https://registry.city:8443"));
        assertThat(HandoverAutoConfiguration.centralRegistry(new MockEnvironment()
                .withProperty("incubator.services.registry", "http://localhost:8081/")))
                .isEqualTo(URI.create("http://localhost:8081"));
        assertThat(HandoverAutoConfiguration.centralRegistry(new MockEnvironment())).isNull();
    }

    @Test
    void aParentIsAnHttpBaseUrlWithoutQueryOrFragment() {
        assertThat(HandoverRunner.httpUrl("http://10.0.3.7:8082")).isTrue();
        assertThat(HandoverRunner.httpUrl("https://incubation.city")).isTrue();
        assertThat(HandoverRunner.httpUrl("ftp://10.0.3.7")).isFalse();
        assertThat(HandoverRunner.httpUrl("http://10.0.3.7:8082?x=1")).isFalse();
        assertThat(HandoverRunner.httpUrl("http://10.0.3.7:8082#node")).isFalse();
        assertThat(HandoverRunner.httpUrl("not a url")).isFalse();
    }
}
