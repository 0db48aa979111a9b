package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Totals of frequent terms are estimates: with enough organizations for a term to pass
 * {@link OrganizationRepository#ESTIMATE_THRESHOLD}, a search through the service flags its total as estimated, the
 * estimate is within 5% of the true count, and the page is still exactly the first organizations in name order. The
 * truth is a plain {@code LIKE} over the table, not the search's bigrams. A term between
 * {@link OrganizationRepository#EXACT_TOTAL_LIMIT} and the threshold, and one in a narrow scope, keep exact totals.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationSearchEstimateIT {

    private static final int ORGANIZATIONS = 48_000;
    private static final CurrentUser ADMIN = user(Role.PLATFORM_ADMIN, "430000000000");
    private static final CurrentUser XINGSHA_HUB = user(Role.HUB_OPERATOR, "430121001000");
    private static final String[] STREETS = {"430121001000", "430121002000", "430121003000", "430121004000",
        "430121005000", "430121102000", "430121104000", "430121105000"};
    private static final String[] STREET_NAMES = {"星沙", "泉塘", "湘龙", "㮾梨", "长龙", "黄兴", "江背", "黄花"};
    private static final String[] ADJECTIVES = {"阳光", "爱心", "春晖", "同心", "和谐", "幸福", "温馨", "彩虹", "启明", "晨曦",
        "乐创", "星火", "暖阳", "微光", "红星", "金色", "青春", "快乐", "明德", "仁爱"};
    private static final String[] FIELDS = {"养老", "助残", "青少年", "文化", "龙舟", "关爱", "儿童", "妇女", "环保", "调解",
        "心理", "健康", "邻里", "互助", "读书", "摄影", "合唱", "篮球", "象棋", "社工"};

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_search_estimate_it");
    }

    @Autowired
    OrganizationService organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    /**
     * 48,000 organizations in eight streets of Changsha County: half named after 衡阳市 (all sorting together), the
     * others after their street; 5 in 8 are 服务中心 (spread over the name order), one in three a 书法 organization;
     * copied in (the postings follow by trigger) and analyzed, as autovacuum would.
     */
    @BeforeAll
    void load() throws Exception {
        Random random = new Random(11);
        StringBuilder rows = new StringBuilder();
        Instant created = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < ORGANIZATIONS; i++) {
            int street = random.nextInt(STREETS.length);
            String name = (i % 2 == 0 ? "衡阳市" : STREET_NAMES[street]) + ADJECTIVES[random.nextInt(ADJECTIVES.length)]
                    + (i % 3 == 0 ? "书法" : FIELDS[random.nextInt(FIELDS.length)])
                    + (i % 8 < 5 ? "服务中心" : "协会") + i;
            LegalForm form = i % 8 < 5 ? LegalForm.SOCIAL_SERVICE_ORGANIZATION : LegalForm.SOCIAL_GROUP;
            rows.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(name).append('\t')
                    .append(NameGrams.normalize(name)).append("\t{").append(String.join(",", NameGrams.of(name)))
                    .append("}\t").append(form.name()).append('\t').append(STREETS[street])
                    .append("\tPUBLIC_WELFARE\tREGISTERED\t{}\tSTARTUP\t").append(created.plusSeconds(i)).append('\t')
                    .append(created.plusSeconds(i)).append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY organization (id, name, name_normalized, name_grams, legal_form, jurisdiction_code, category,
                                       status, service_fields, maturity, created_at, updated_at) FROM STDIN""",
                    new StringReader(rows.toString()));
        }
        jdbc.sql("ANALYZE organization").update();
    }

    @Test
    void aFrequentTermSpreadOverTheNameOrderHasAnEstimatedTotalWithinFivePerCent() {
        assertEstimated("服务");
    }

    @Test
    void aFrequentTermWhoseMatchesAllSortTogetherHasAnEstimatedTotalWithinFivePerCent() {
        assertEstimated("衡阳");
    }

    @Test
    void aTermAboveTheExactLimitButBelowTheThresholdIsCountedExactly() {
        long truth = truth("书法", "43%");
        assertThat(truth).isBetween((long) OrganizationRepository.EXACT_TOTAL_LIMIT + 1,
                OrganizationRepository.ESTIMATE_THRESHOLD);

        OrganizationRepository.Page page = organizations.search(ADMIN, OrganizationSearch.byName("书法"));

        assertThat(page.totalEstimated()).isFalse();
        assertThat(page.total()).isEqualTo(truth);
        assertThat(ids(page)).isEqualTo(firstPage("书法", "43%", 0));
    }

    @Test
    void aFrequentTermInANarrowScopeIsCountedExactly() {
        OrganizationRepository.Page page = organizations.search(XINGSHA_HUB, OrganizationSearch.byName("服务"));

        assertThat(page.totalEstimated()).isFalse();
        assertThat(page.total()).isEqualTo(truth("服务", "430121001%")).isPositive();
        assertThat(ids(page)).isEqualTo(firstPage("服务", "430121001%", 0));
    }

    private void assertEstimated(String term) {
        long truth = truth(term, "43%");
        assertThat(truth).isGreaterThan(OrganizationRepository.ESTIMATE_THRESHOLD * 105 / 100);

        OrganizationRepository.Page first = organizations.search(ADMIN, OrganizationSearch.byName(term));
        OrganizationRepository.Page second = organizations.search(ADMIN,
                new OrganizationSearch(term, null, null, null, null, null, null, 1, 20, OrganizationSearch.Sort.NAME));

        assertThat(first.totalEstimated()).isTrue();
        assertThat((double) first.total()).isCloseTo(truth, within(truth * 0.05));
        assertThat(ids(first)).isEqualTo(firstPage(term, "43%", 0));
        assertThat(ids(second)).isEqualTo(firstPage(term, "43%", 20));
    }

    /** The true number of organizations whose name contains the term, in the jurisdictions matching the pattern. */
    private long truth(String term, String jurisdictions) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE name LIKE :term AND jurisdiction_code LIKE :j")
                .param("term", "%" + term + "%").param("j", jurisdictions).query(Long.class).single();
    }

    private List<UUID> firstPage(String term, String jurisdictions, int offset) {
        return jdbc.sql("""
                        SELECT id FROM organization WHERE name LIKE :term AND jurisdiction_code LIKE :j
                        ORDER BY name_normalized, id LIMIT 20 OFFSET :offset""")
                .param("term", "%" + term + "%").param("j", jurisdictions).param("offset", offset)
                .query(UUID.class).list();
    }

    private static List<UUID> ids(OrganizationRepository.Page page) {
        return page.items().stream().map(Organization::id).toList();
    }

    private static CurrentUser user(Role role, String jurisdiction) {
        return new CurrentUser(role.name(), role.name(), Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                Optional.empty(), Optional.empty());
    }
}
