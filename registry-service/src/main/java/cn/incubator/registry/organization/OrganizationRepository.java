package cn.incubator.registry.organization;

import cn.incubator.registry.field.ServiceField;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations in this service's database. Every read takes the caller's {@link DataScope}. */
@Repository
class OrganizationRepository {

    /** Totals up to this are always exact. */
    static final int EXACT_TOTAL_LIMIT = 10_000;
    /**
     * Above this many estimated matches (and, on the postings, more than {@link #EXACT_TOTAL_LIMIT} counted) a total is
     * the estimate, flagged as one. The estimate of a name term comes from the most-common-element statistics of
     * {@code name_grams} (statistics target 1000, V7__organization_gram.sql): within a few per cent at this size.
     */
    static final long ESTIMATE_THRESHOLD = 20_000;
    /** The postings serve searches whose scope (and jurisdiction filter) keeps at least this share of the table. */
    private static final double POSTINGS_MIN_SHARE = 0.25;
    private static final long WALK_SAFETY = 10;
    private static final long STATISTICS_TTL_MILLIS = 60_000;

    private static final String COLUMNS = """
            id, name, legal_form, credit_code, jurisdiction_code, category, status, service_fields, maturity,
            supervising_department, address, legal_representative_name, legal_representative_phone, contact_name,
            contact_phone, founded_on, registered_on, cancelled_on, created_at, registered_by_code""";

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    private final JdbcClient jdbc;
    private final Map<String, Share> shares = new ConcurrentHashMap<>();
    private volatile GramStatistics gramStatistics;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organization organization) {
        jdbc.sql("""
                INSERT INTO organization (id, name, name_normalized, name_grams, legal_form, credit_code,
                                          jurisdiction_code, category, status, service_fields, maturity,
                                          supervising_department, address, legal_representative_name,
                                          legal_representative_phone, contact_name, contact_phone, founded_on,
                                          registered_on, cancelled_on, created_at, updated_at, registered_by_code)
                VALUES (:id, :name, :normalized, :grams, :legalForm, :creditCode, :jurisdiction, :category, :status,
                        :serviceFields, :maturity, :supervisingDepartment, :address, :legalRepresentativeName,
                        :legalRepresentativePhone, :contactName, :contactPhone, :foundedOn, :registeredOn,
                        :cancelledOn, :createdAt, :createdAt, :registeredBy)
                """)
                .params(state(organization))
                .param("name", organization.name())
                .param("normalized", NameGrams.normalize(organization.name()))
                .param("grams", NameGrams.of(organization.name()))
                .param("legalForm", organization.legalForm().name())
                .param("jurisdiction", organization.jurisdiction().code())
                .param("createdAt", Timestamp.from(organization.createdAt()))
                .update();
    }

    /**
     * Whether any organization has the id, whatever the caller's scope: only to refuse an id somebody else took
     * (ids chosen by callers), never to show anything of it.
     */
    boolean exists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /**
     * Whether anything refers to the organization: rows with a foreign key (board renewals, inspections,
     * listings, guidance, consultations) as well as those without one (weekly activities, needs, resource linkages,
     * talent affiliations).
     */
    boolean referredTo(UUID id) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM board_renewal WHERE organization_id = :id)
                    OR EXISTS (SELECT 1 FROM annual_inspection WHERE organization_id = :id)
                    OR EXISTS (SELECT 1 FROM abnormal_listing WHERE organization_id = :id)
                    OR EXISTS (SELECT 1 FROM registration_progress WHERE organization_id = :id)
                    OR EXISTS (SELECT 1 FROM consultation WHERE organization_id = :id)
                    OR EXISTS (SELECT 1 FROM weekly_activity WHERE organization_id = :id)
                    OR EXISTS (SELECT 1 FROM need WHERE organization_id = :id)
                    OR EXISTS (SELECT 1 FROM resource_linkage WHERE organization_id = :id)
                    OR EXISTS (SELECT 1 FROM talent WHERE :id = ANY (organization_ids))
                """).param("id", id).query(Boolean.class).single();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM organization WHERE id = :id").param("id", id).update();
    }

    /**
     * Per street or town under {@code within}, in the scope: filed community organizations and registered
     * organizations. Codes are street-tier when digits 7–9 are set; the street is those nine digits.
     */
    List<StreetTotals> countByStreet(Jurisdiction within, DataScope scope) {
        return Query.of("""
                SELECT substr(jurisdiction_code, 1, 9) || '000' AS street,
                       count(*) FILTER (WHERE legal_form = 'COMMUNITY_ORGANIZATION' AND status = 'FILED') AS filed,
                       count(*) FILTER (WHERE status = 'REGISTERED') AS registered
                FROM organization""")
                .where(Where.of(scope.filter("jurisdiction_code", "id"))
                        .andWithin("jurisdiction_code", "within", within)
                        .and("substr(jurisdiction_code, 7, 3) <> '000'"))
                .groupBy("1")
                .then("""
                        HAVING count(*) FILTER (WHERE (legal_form = 'COMMUNITY_ORGANIZATION' AND status = 'FILED')
                                                      OR status = 'REGISTERED') > 0""")
                .orderBy("1")
                .on(jdbc)
                .query((rs, n) -> new StreetTotals(rs.getString("street"), rs.getLong("filed"),
                        rs.getLong("registered")))
                .list();
    }

    /** Writes everything that may change after creation; identity, form and jurisdiction never do. */
    void update(Organization organization, java.time.Instant at) {
        jdbc.sql("""
                UPDATE organization SET credit_code = :creditCode, category = :category, status = :status,
                       service_fields = :serviceFields, maturity = :maturity,
                       supervising_department = :supervisingDepartment, address = :address,
                       legal_representative_name = :legalRepresentativeName,
                       legal_representative_phone = :legalRepresentativePhone, contact_name = :contactName,
                       contact_phone = :contactPhone, founded_on = :foundedOn, registered_on = :registeredOn,
                       cancelled_on = :cancelledOn, registered_by_code = :registeredBy, updated_at = :updatedAt
                WHERE id = :id
                """)
                .params(state(organization))
                .param("updatedAt", Timestamp.from(at))
                .update();
    }

    private static Map<String, Object> state(Organization o) {
        Profile p = o.profile();
        Map<String, Object> params = new HashMap<>();
        params.put("id", o.id());
        params.put("creditCode", o.creditCode());
        params.put("category", o.category().name());
        params.put("status", o.status().name());
        params.put("serviceFields", p.serviceFields().stream().sorted().map(Enum::name).toArray(String[]::new));
        params.put("maturity", p.maturity().name());
        params.put("supervisingDepartment", p.supervisingDepartment());
        params.put("address", p.address());
        params.put("legalRepresentativeName", p.legalRepresentative() == null ? null : p.legalRepresentative().name());
        params.put("legalRepresentativePhone", p.legalRepresentative() == null ? null : p.legalRepresentative().phone());
        params.put("contactName", p.contact() == null ? null : p.contact().name());
        params.put("contactPhone", p.contact() == null ? null : p.contact().phone());
        params.put("foundedOn", date(p.foundedOn()));
        params.put("registeredOn", date(o.registeredOn()));
        params.put("cancelledOn", date(o.cancelledOn()));
        params.put("registeredBy", o.registeredBy() == null ? null : o.registeredBy().code());
        return params;
    }

    boolean creditCodeTaken(String creditCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE credit_code = :code)")
                .param("code", creditCode)
                .query(Boolean.class)
                .single();
    }

    Optional<Organization> find(UUID id, DataScope scope) {
        return find(id, scope, false);
    }

    /** Locks the row for a read-modify-write, so two concurrent transitions cannot both pass their guard. */
    Optional<Organization> findForUpdate(UUID id, DataScope scope) {
        return find(id, scope, true);
    }

    private Optional<Organization> find(UUID id, DataScope scope, boolean lock) {
        Query query = Query.of("SELECT " + COLUMNS + " FROM organization")
                .where(Where.of(scope.filter("jurisdiction_code", "id")).and("id = :id", "id", id));
        return (lock ? query.then("FOR UPDATE") : query).on(jdbc).query(OrganizationRepository::map).optional();
    }

    /**
     * A page of the organizations matching the search, with the total. A name search in name order with no other
     * filter, in a scope keeping at least a quarter of the table, goes through the postings ({@link #byPostings});
     * any other search through the gram index of the table: every match collected, counted and sorted in one pass
     * ({@link #sorted}), or, above {@link #ESTIMATE_THRESHOLD} estimated matches, a walk of the sort index
     * ({@link #walk}) with the estimate as the total.
     */
    Page search(OrganizationSearch search, DataScope scope) {
        String needle = search.name() == null || search.name().isBlank() ? null : NameGrams.normalize(search.name());
        String[] grams = needle == null ? new String[0] : NameGrams.of(needle);
        if (grams.length > 0 && search.sort() == OrganizationSearch.Sort.NAME && search.legalForm() == null
                && search.category() == null && search.status() == null && search.maturity() == null
                && search.serviceField() == null) {
            double share = share(scope, search.within());
            if (share >= POSTINGS_MIN_SHARE) {
                return byPostings(needle, grams, search, scope, share);
            }
        }
        Where where = Where.of(scope.filter("jurisdiction_code", "id"));
        if (needle != null) {
            where.andIf(grams.length > 0, "name_grams @> CAST(:grams AS text[])", Map.of("grams", grams));
            // A one- or two-character needle is exactly its gram; longer ones need the recheck for adjacency.
            where.andIf(grams.length != 1, "name_normalized LIKE :needle ESCAPE '\\'", Map.of("needle", like(needle)));
        }
        where.andIfPresent("legal_form = :legalForm", "legalForm", search.legalForm())
                .andIfPresent("category = :category", "category", search.category())
                .andIfPresent("status = :status", "status", search.status())
                .andIfPresent("maturity = :maturity", "maturity", search.maturity())
                .andIfPresent("service_fields @> CAST(:serviceFields AS text[])", "serviceFields",
                        search.serviceField() == null ? null : new String[] {search.serviceField().name()})
                .andWithin("jurisdiction_code", "within", search.within());
        long offset = (long) search.page() * search.size();
        long estimate = estimate(where);
        if (estimate > ESTIMATE_THRESHOLD) {
            List<Organization> walked = walk(where, search, offset, estimate);
            return new Page(walked != null ? walked : sorted(where, search, offset).items(), estimate, true);
        }
        Page page = sorted(where, search, offset);
        if (page.items().isEmpty() && offset > 0) {
            // Past the last page: the window count had no row to ride on.
            long total = Query.of("SELECT count(*) FROM organization").where(where).on(jdbc).query(Long.class)
                    .single();
            return new Page(page.items(), total, false);
        }
        return page;
    }

    private static String like(String needle) {
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The share of the table the caller's scope and the jurisdiction filter keep, by the planner. The postings serve
     * wide scopes: walking a bigram's postings in name order finds a page quickly when most of them are in scope; a
     * narrower scope (a street, a district) is better served by intersecting the gram index with the jurisdiction
     * index. Kept for {@link #STATISTICS_TTL_MILLIS} per scope, as it changes only with the table's statistics.
     */
    private double share(DataScope scope, Jurisdiction within) {
        Where where = Where.of(scope.filter("jurisdiction_code", "id")).andWithin("jurisdiction_code", "within", within);
        String key = where.sql() + where.params();
        long now = System.currentTimeMillis();
        Share share = shares.get(key);
        if (share == null || share.expires() < now) {
            long rows = tableRows();
            share = new Share(rows == 0 ? 1 : Math.min(1, (double) estimate(where) / rows), now + STATISTICS_TTL_MILLIS);
            if (shares.size() >= 1_000) {
                shares.clear();
            }
            shares.put(key, share);
        }
        return share.value();
    }

    private record Share(double value, long expires) {
    }

    /**
     * A name search in name order through the postings ({@code organization_gram}): the organizations having the
     * needle's rarest bigram, in name order, with a {@code LIKE} on the postings' own copy of the name for needles of
     * more than one bigram. The page is a range of the postings' index and the total a count of it, both index only,
     * in one statement; the page's organizations are then read by id. A two-character needle estimated at more than
     * {@link #ESTIMATE_THRESHOLD} matches gets the estimate as its total, flagged as one, once the postings show more
     * than {@link #EXACT_TOTAL_LIMIT} (counted up to that); every other total is counted to the end.
     */
    private Page byPostings(String needle, String[] grams, OrganizationSearch search, DataScope scope, double share) {
        Where postings = Where.of(scope.filter("jurisdiction_code", "id"))
                .and("gram = :gram", "gram", grams.length == 1 ? grams[0] : gramStatistics().rarest(grams))
                .andIf(grams.length > 1, "name_normalized LIKE :needle ESCAPE '\\'", Map.of("needle", like(needle)))
                .andWithin("jurisdiction_code", "within", search.within());
        long estimate = grams.length == 1 ? gramStatistics().estimate(grams[0], share) : 0;
        boolean capped = estimate > ESTIMATE_THRESHOLD;
        List<Long> totals = new ArrayList<>(1);
        Query query = Query.of("WITH counted AS (SELECT count(*) AS total FROM (SELECT 1 FROM organization_gram WHERE "
                        + postings.sql() + (capped ? " LIMIT :cap" : "") + ") AS matches),"
                        + " page AS (SELECT id FROM organization_gram")
                .where(postings)
                .orderBy("name_normalized, id")
                .then("LIMIT :limit OFFSET :offset)", Map.of("limit", search.size(),
                        "offset", (long) search.page() * search.size()))
                .then("SELECT " + COLUMNS + ", counted.total FROM counted"
                        + " LEFT JOIN (page JOIN organization USING (id)) ON TRUE")
                .orderBy("name_normalized, id");
        postings.params().forEach(query::param);
        if (capped) {
            query.param("cap", EXACT_TOTAL_LIMIT + 1);
        }
        List<Organization> items = query.on(jdbc)
                .query((rs, n) -> {
                    if (n == 0) {
                        totals.add(rs.getLong("total"));
                    }
                    return rs.getObject("id") == null ? null : map(rs, n);
                })
                .list().stream().filter(Objects::nonNull).toList();
        long counted = totals.get(0);
        return capped && counted > EXACT_TOTAL_LIMIT ? new Page(items, estimate, true) : new Page(items, counted, false);
    }

    /**
     * The most-common-element statistics of {@code name_grams} (ANALYZE's sample, as the planner reads them from
     * {@code pg_stats}), kept for {@link #STATISTICS_TTL_MILLIS}: a bigram's estimate is then a look-up, not a round
     * trip to the planner. Before the first ANALYZE there are none, and every total is counted.
     */
    private GramStatistics gramStatistics() {
        GramStatistics current = gramStatistics;
        long now = System.currentTimeMillis();
        if (current == null || current.expires() < now) {
            current = jdbc.sql("""
                            SELECT s.most_common_elems::text::text[] AS elements,
                                   s.most_common_elem_freqs AS frequencies,
                                   (SELECT GREATEST(reltuples, 0)::bigint FROM pg_class
                                    WHERE oid = 'organization'::regclass) AS row_count
                            FROM pg_stats s
                            WHERE s.schemaname = current_schema() AND s.tablename = 'organization'
                              AND s.attname = 'name_grams'""")
                    .query((rs, n) -> GramStatistics.of(rs.getArray("elements"), rs.getArray("frequencies"),
                            rs.getLong("row_count"), now + STATISTICS_TTL_MILLIS))
                    .optional()
                    .orElseGet(() -> new GramStatistics(Map.of(), 0, 0, now + STATISTICS_TTL_MILLIS));
            gramStatistics = current;
        }
        return current;
    }

    /**
     * Bigram frequencies (share of organizations having each) and the frequency assumed for a bigram not among them,
     * as the planner assumes it for {@code name_grams @> ARRAY[gram]}: half the smallest listed, at most 0.5%.
     */
    private record GramStatistics(Map<String, Float> frequencies, float unlisted, long rows, long expires) {

        static GramStatistics of(Array elementArray, Array frequencyArray, long rows, long expires)
                throws SQLException {
            String[] elements = elementArray == null ? new String[0] : (String[]) elementArray.getArray();
            Float[] frequencies = frequencyArray == null ? new Float[0] : (Float[]) frequencyArray.getArray();
            Map<String, Float> map = new HashMap<>(elements.length * 2);
            float minimum = 1;
            for (int i = 0; i < elements.length; i++) {
                map.put(elements[i], frequencies[i]);
                minimum = Math.min(minimum, frequencies[i]);
            }
            return new GramStatistics(map, elements.length == 0 ? 0 : Math.min(0.005f, minimum / 2), rows, expires);
        }

        /** Organizations having the bigram within a scope keeping {@code share} of the table (independence). */
        long estimate(String gram, double share) {
            return Math.round(frequencies.getOrDefault(gram, unlisted) * rows * share);
        }

        /** The {@code count} bigrams of the fewest organizations, fewest first. */
        String[] rarest(String[] grams, int count) {
            return Arrays.stream(grams)
                    .sorted(Comparator.comparingDouble(gram -> frequencies.getOrDefault(gram, unlisted)))
                    .limit(count)
                    .toArray(String[]::new);
        }

        /** The bigram of the fewest organizations: the shortest postings to walk. */
        String rarest(String[] grams) {
            return rarest(grams, 1)[0];
        }
    }

    /**
     * Every match collected through the gram index, counted and sorted in one pass: the window count is taken over
     * all matches before the sort keeps the page. The {@code OFFSET 0} subquery keeps the planner from walking the
     * sort index instead (see {@link #walk}), and carries only the sort keys, so the matches stay in memory; the page's
     * rows are read afterwards.
     */
    private Page sorted(Where where, OrganizationSearch search, long offset) {
        List<Long> totals = new ArrayList<>(1);
        List<Organization> items = Query.of("""
                        WITH page AS (SELECT id, count(*) OVER () AS total
                                      FROM (SELECT id, name_normalized, created_at FROM organization""")
                .where(where)
                .then("OFFSET 0) AS matches")
                .orderBy(search.sort().orderBy)
                .then("LIMIT :limit OFFSET :offset)", Map.of("limit", search.size(), "offset", offset))
                .then("SELECT " + COLUMNS + ", page.total FROM page JOIN organization USING (id)")
                .orderBy(search.sort().orderBy)
                .on(jdbc)
                .query((rs, n) -> {
                    if (n == 0) {
                        totals.add(rs.getLong("total"));
                    }
                    return map(rs, n);
                })
                .list();
        return new Page(items, totals.isEmpty() ? 0 : totals.get(0), false);
    }

    /**
     * A page of a frequent term, found by walking the sort index through a bounded window. PostgreSQL cannot see how
     * the matches of a name term are spread: the names containing 衡阳 all sort together, so walking the name index
     * for "the first 20" may read half the table before finding one. The window holds the first rows in sort order,
     * ten times as many as an even spread would need; being a prefix of the sort order, a full page found in it is
     * the right page.
     *
     * @return the page, or {@code null} when the window held too few matches
     */
    private List<Organization> walk(Where where, OrganizationSearch search, long offset, long matches) {
        long rows = Math.max(matches, tableRows());
        long window = (offset + search.size()) * Math.max(1, rows / matches) * WALK_SAFETY;
        List<Organization> walked = Query.of("SELECT " + COLUMNS + " FROM (SELECT * FROM organization ORDER BY "
                        + search.sort().orderBy + " LIMIT :window) AS sorted")
                .param("window", window)
                .where(where)
                .orderBy(search.sort().orderBy)
                .then("LIMIT :limit OFFSET :offset", Map.of("limit", search.size(), "offset", offset))
                .on(jdbc)
                .query(OrganizationRepository::map)
                .list();
        return walked.size() == search.size() ? walked : null;
    }

    /** The planner's estimate of matching rows: from the statistics, in a fraction of a millisecond. */
    private long estimate(Where where) {
        String plan = Query.of("EXPLAIN (FORMAT JSON) SELECT 1 FROM organization").where(where).on(jdbc)
                .query(String.class).single();
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    private long tableRows() {
        return jdbc.sql("SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = 'organization'::regclass")
                .query(Long.class).single();
    }

    /**
     * A page of organizations with the total number of matches.
     *
     * @param totalEstimated whether {@code total} is the planner's estimate (only for totals above
     *                       {@link #EXACT_TOTAL_LIMIT})
     */
    record Page(List<Organization> items, long total, boolean totalEstimated) {
    }

    /**
     * The candidates of a name check: live organizations in a district that {@code key} admits
     * ({@link NameSimilarity#key}). A name sharing at least k of n bigrams has one of any n − k + 1 of them, so the
     * GIN index is asked for the names having one of the n − k + 1 rarest (by the statistics) or every bigram of the
     * core, and the count is checked on those rows only. Asking for any shared bigram read every name ending in
     * 协会 or 服务中心 in the district. Both sides' bigrams are distinct ({@link NameGrams#of}), so counting a name's
     * bigrams that are among the proposed ones is the size of the intersection, and cheaper than building it.
     */
    List<ExistingName> namesThatCanMatch(Jurisdiction district, NameSimilarity.Key key) {
        String[] rare = gramStatistics().rarest(key.grams(), key.grams().length - key.minShared() + 1);
        String shared = """
                (name_grams && CAST(:rare AS text[])
                 AND (SELECT count(*) FROM unnest(name_grams) AS g WHERE g = ANY (CAST(:grams AS text[])))
                     >= :minShared)""";
        return jdbc.sql("SELECT name, jurisdiction_code, status FROM organization"
                        + " WHERE jurisdiction_code LIKE :district AND status <> 'CANCELLED' AND ("
                        + shared + (key.core().length > 0 ? " OR name_grams @> CAST(:core AS text[])" : "") + ")")
                .param("district", district.significantPrefix() + "%")
                .param("rare", rare)
                .param("grams", key.grams())
                .param("minShared", key.minShared())
                .params(key.core().length > 0 ? Map.<String, Object>of("core", key.core()) : Map.of())
                .query((rs, n) -> new ExistingName(rs.getString("name"), Jurisdiction.of(rs.getString("jurisdiction_code")),
                        OrganizationStatus.valueOf(rs.getString("status"))))
                .list();
    }

    record ExistingName(String name, Jurisdiction jurisdiction, OrganizationStatus status) {
    }

    void insertBoardRenewal(BoardRenewal renewal) {
        jdbc.sql("""
                INSERT INTO board_renewal (id, organization_id, renewed_on, term_number, term_years,
                                           legal_representative_name, legal_representative_phone, recorded_by,
                                           recorded_at)
                VALUES (:id, :organizationId, :renewedOn, :termNumber, :termYears, :name, :phone, :recordedBy,
                        :recordedAt)
                """)
                .param("id", renewal.id())
                .param("organizationId", renewal.organizationId())
                .param("renewedOn", Date.valueOf(renewal.renewedOn()))
                .param("termNumber", renewal.termNumber())
                .param("termYears", renewal.termYears())
                .param("name", renewal.legalRepresentative() == null ? null : renewal.legalRepresentative().name())
                .param("phone", renewal.legalRepresentative() == null ? null : renewal.legalRepresentative().phone())
                .param("recordedBy", renewal.recordedBy())
                .param("recordedAt", Timestamp.from(renewal.recordedAt()))
                .update();
    }

    boolean termRecorded(UUID organizationId, int termNumber) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM board_renewal WHERE organization_id = :id AND term_number = :t)")
                .param("id", organizationId).param("t", termNumber).query(Boolean.class).single();
    }

    /** Callers check the organization is in scope first. */
    List<BoardRenewal> boardRenewals(UUID organizationId) {
        return jdbc.sql("""
                SELECT id, organization_id, renewed_on, term_number, term_years, legal_representative_name,
                       legal_representative_phone, recorded_by, recorded_at
                FROM board_renewal WHERE organization_id = :id ORDER BY renewed_on, term_number
                """)
                .param("id", organizationId)
                .query((rs, n) -> new BoardRenewal(rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getDate("renewed_on").toLocalDate(),
                        rs.getInt("term_number"), rs.getInt("term_years"),
                        person(rs, "legal_representative_name", "legal_representative_phone"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        Profile profile = new Profile(serviceFields(rs.getArray("service_fields")),
                Maturity.valueOf(rs.getString("maturity")), rs.getString("supervising_department"),
                rs.getString("address"), person(rs, "legal_representative_name", "legal_representative_phone"),
                person(rs, "contact_name", "contact_phone"), localDate(rs.getDate("founded_on")));
        return new Organization(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                LegalForm.valueOf(rs.getString("legal_form")),
                rs.getString("credit_code"),
                Jurisdiction.of(rs.getString("jurisdiction_code")),
                rs.getString("registered_by_code") == null ? null : Jurisdiction.of(rs.getString("registered_by_code")),
                Category.valueOf(rs.getString("category")),
                OrganizationStatus.valueOf(rs.getString("status")),
                profile,
                localDate(rs.getDate("registered_on")),
                localDate(rs.getDate("cancelled_on")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Set<ServiceField> serviceFields(Array array) throws SQLException {
        Set<ServiceField> fields = EnumSet.noneOf(ServiceField.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(ServiceField::valueOf).forEach(fields::add);
        }
        return fields;
    }

    private static Person person(ResultSet rs, String nameColumn, String phoneColumn) throws SQLException {
        String name = rs.getString(nameColumn);
        String phone = rs.getString(phoneColumn);
        return name == null && phone == null ? null : new Person(name, phone);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
