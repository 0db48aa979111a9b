package cn.incubator.registry.organization;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations in this service's database. Every read takes the caller's {@link DataScope}. */
@Repository
class OrganizationRepository {

    /** Totals up to this are exact; above it the page says the total is the planner's estimate. */
    static final int EXACT_TOTAL_LIMIT = 10_000;

    private static final String COLUMNS = """
            id, name, legal_form, credit_code, jurisdiction_code, category, status, service_fields, maturity,
            supervising_department, address, legal_representative_name, legal_representative_phone, contact_name,
            contact_phone, founded_on, registered_on, cancelled_on, created_at""";

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organization organization) {
        jdbc.sql("""
                INSERT INTO organization (id, name, name_normalized, name_grams, legal_form, credit_code,
                                          jurisdiction_code, category, status, service_fields, maturity,
                                          supervising_department, address, legal_representative_name,
                                          legal_representative_phone, contact_name, contact_phone, founded_on,
                                          registered_on, cancelled_on, created_at, updated_at)
                VALUES (:id, :name, :normalized, :grams, :legalForm, :creditCode, :jurisdiction, :category, :status,
                        :serviceFields, :maturity, :supervisingDepartment, :address, :legalRepresentativeName,
                        :legalRepresentativePhone, :contactName, :contactPhone, :foundedOn, :registeredOn,
                        :cancelledOn, :createdAt, :createdAt)
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

    /** Writes everything that may change after creation; identity, form and jurisdiction never do. */
    void update(Organization organization, java.time.Instant at) {
        jdbc.sql("""
                UPDATE organization SET credit_code = :creditCode, category = :category, status = :status,
                       service_fields = :serviceFields, maturity = :maturity,
                       supervising_department = :supervisingDepartment, address = :address,
                       legal_representative_name = :legalRepresentativeName,
                       legal_representative_phone = :legalRepresentativePhone, contact_name = :contactName,
                       contact_phone = :contactPhone, founded_on = :foundedOn, registered_on = :registeredOn,
                       cancelled_on = :cancelledOn, updated_at = :updatedAt
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
        ScopeFilter filter = scope.filter("jurisdiction_code", "id");
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE id = :id AND " + filter.sql()
                        + (lock ? " FOR UPDATE" : ""))
                .param("id", id)
                .params(filter.params())
                .query(OrganizationRepository::map)
                .optional();
    }

    Page search(OrganizationSearch search, DataScope scope) {
        ScopeFilter filter = scope.filter("jurisdiction_code", "id");
        List<String> where = new ArrayList<>(List.of(filter.sql()));
        Map<String, Object> params = new HashMap<>(filter.params());
        if (search.name() != null && !search.name().isBlank()) {
            String needle = NameGrams.normalize(search.name());
            String[] grams = NameGrams.of(needle);
            if (grams.length > 0) {
                where.add("name_grams @> CAST(:grams AS text[])");
                params.put("grams", grams);
            }
            // A one- or two-character needle is exactly its gram; longer ones need the recheck for adjacency.
            if (grams.length != 1) {
                where.add("name_normalized LIKE :needle ESCAPE '\\'");
                params.put("needle", "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (search.legalForm() != null) {
            where.add("legal_form = :legalForm");
            params.put("legalForm", search.legalForm().name());
        }
        if (search.category() != null) {
            where.add("category = :category");
            params.put("category", search.category().name());
        }
        if (search.status() != null) {
            where.add("status = :status");
            params.put("status", search.status().name());
        }
        if (search.maturity() != null) {
            where.add("maturity = :maturity");
            params.put("maturity", search.maturity().name());
        }
        if (search.serviceField() != null) {
            where.add("service_fields @> CAST(:serviceFields AS text[])");
            params.put("serviceFields", new String[] {search.serviceField().name()});
        }
        if (search.within() != null) {
            where.add("jurisdiction_code LIKE :within");
            params.put("within", search.within().significantPrefix() + "%");
        }
        String condition = String.join(" AND ", where);
        List<Organization> items = jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE " + condition
                        + " ORDER BY " + search.sort().orderBy + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", search.size())
                .param("offset", (long) search.page() * search.size())
                .query(OrganizationRepository::map)
                .list();
        return total(condition, params, items);
    }

    /**
     * Counts exactly up to {@link #EXACT_TOTAL_LIMIT} matches (the capped subquery stops reading there); beyond that,
     * an exact count would read every match, so the planner's estimate is returned and flagged as one.
     */
    private Page total(String condition, Map<String, Object> params, List<Organization> items) {
        long capped = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM organization WHERE " + condition
                        + " LIMIT " + (EXACT_TOTAL_LIMIT + 1) + ") AS capped")
                .params(params).query(Long.class).single();
        if (capped <= EXACT_TOTAL_LIMIT) {
            return new Page(items, capped, false);
        }
        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) SELECT 1 FROM organization WHERE " + condition)
                .params(params).query(String.class).single();
        Matcher rows = PLAN_ROWS.matcher(plan);
        long estimate = rows.find() ? Long.parseLong(rows.group(1)) : capped;
        return new Page(items, Math.max(estimate, capped), true);
    }

    /**
     * A page of organizations with the total number of matches.
     *
     * @param totalEstimated whether {@code total} is an estimate (only ever above {@link #EXACT_TOTAL_LIMIT})
     */
    record Page(List<Organization> items, long total, boolean totalEstimated) {
    }

    /** Names of live organizations in a district whose bigrams overlap those given: the candidates of a name check. */
    List<ExistingName> namesSharingGrams(Jurisdiction district, String[] grams) {
        return jdbc.sql("""
                SELECT name, jurisdiction_code, status FROM organization
                WHERE jurisdiction_code LIKE :district AND status <> 'CANCELLED'
                  AND name_grams && CAST(:grams AS text[])
                """)
                .param("district", district.significantPrefix() + "%")
                .param("grams", grams)
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
