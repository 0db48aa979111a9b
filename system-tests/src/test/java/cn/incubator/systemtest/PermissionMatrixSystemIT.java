package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.permission.PermissionTable;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The permission and data-scope matrix, generated from every service's OpenAPI document: every operation is called
 * as every demo role through the gateway with a real token.
 *
 * <ul>
 * <li>A role the {@link PermissionTable} does not grant the operation's {@code x-permission} gets 403
 * (problem+json); a role it grants is never refused for want of the permission.</li>
 * <li>Every list a role may read holds nothing outside the caller's jurisdiction, organization (org-admin) or
 * assignments (expert).</li>
 * <li>Every record the platform admin can see but the caller may not answers 404 to the caller, on every operation
 * that reads one record by its id.</li>
 * </ul>
 */
@ExtendWith(RunningPlatform.class)
class PermissionMatrixSystemIT {

    private static final List<String> USERS = List.of("admin", "changsha-officer", "county-officer", "city-operator",
            "xingsha-hub", "langli-hub", "org-admin-demo", "expert-demo", "instructor-demo", "trainer-demo");
    /** A partner client of the matrix's own, so that its calls do not share the demo partner's rate limit. */
    private static final String PARTNER = "matrix-partner";
    /** How many out-of-scope records each caller tries per read operation. */
    private static final int PROBES_PER_OPERATION = 3;
    private static final Set<String> PUBLISHED_DOWNWARDS = Set.of("/api/incubation/v1/bases", "/api/grants/v1/rounds",
            "/api/training/v1/courses", "/api/training/v1/sessions", "/api/training/v1/programmes",
            "/api/training/v1/questionnaires", "/api/training/v1/surveys", "/api/registry/v1/notifications");

    private static List<OpenApi.Operation> operations;
    private static Map<String, Caller> callers;

    /** A demo caller as its token describes it. */
    record Caller(String name, String token, Set<String> roles, List<String> jurisdictions, Optional<String> orgId) {

        boolean holds(String permission) {
            return PermissionTable.allows(roles, permission);
        }

        boolean isPartner() {
            return roles.contains(PermissionTable.PARTNER);
        }

        boolean covers(String jurisdiction) {
            return jurisdictions.stream().anyMatch(granted -> jurisdiction.startsWith(significant(granted)));
        }

        /** Whether the place lies above (or at) one of the caller's jurisdictions. */
        boolean isBelow(String jurisdiction) {
            return jurisdictions.stream().anyMatch(granted -> granted.startsWith(significant(jurisdiction)));
        }
    }

    @BeforeAll
    static void readTheDocumentsAndLogIn() {
        // Public reads (GET /public/**, e.g. certificate verification) are anonymous by design, outside the permission
        // model; TrainingSystemIT covers the one there is.
        operations = OpenApi.operations().stream().filter(op -> !op.path().startsWith("/public/")).toList();
        callers = new LinkedHashMap<>();
        for (String user : USERS) {
            callers.put(user, caller(user, Api.token(user)));
        }
        Api.Response partner = Api.post("/api/grants/v1/partners", Api.token("admin"), Map.of("partnerId",
                "matrix-" + UUID.randomUUID().toString().substring(0, 8), "name", "权限矩阵测试基金会",
                "jurisdiction", "430100000000"));
        assertThat(partner.status()).as(partner.body()).isEqualTo(201);
        callers.put(PARTNER, caller(PARTNER, Api.tokenFrom(Map.of("grant_type", "client_credentials",
                "client_id", partner.json().get("clientId").asString(),
                "client_secret", partner.json().get("clientSecret").asString()), "incubator")));
    }

    @Test
    void everyOperationDeclaresAKnownPermission() {
        List<String> undeclared = operations.stream()
                .filter(op -> op.permission().isEmpty() || PermissionTable.find(op.permission().get()).isEmpty())
                .map(op -> op.service() + " " + op)
                .toList();
        assertThat(undeclared).as("operations without a known x-permission").isEmpty();
        assertThat(operations).hasSizeGreaterThan(150);
    }

    @Test
    void everyRoleIsRefusedExactlyWhatTheTableDoesNotGrant() {
        List<String> failures = new ArrayList<>();
        int denied = 0;
        int allowed = 0;
        int skipped = 0;
        for (OpenApi.Operation op : operations) {
            String permission = op.permission().orElse("none:none:none");
            for (Caller caller : callers.values()) {
                boolean holds = caller.holds(permission);
                if (holds && !op.isRead() && op.pathParameters().isEmpty() && op.bodyType() == null) {
                    skipped++; // an action without input (e.g. a sweep) would really run: refusals are what we test
                    continue;
                }
                Api.Response response = call(op, caller, UUID.randomUUID().toString());
                String type = response.body().contains("urn:incubator:problem:permission-denied") ? "denied" : "";
                if (!holds) {
                    denied++;
                    if (response.status() != 403 || !problemJson(response)) {
                        failures.add(caller.name() + " lacks " + permission + " but " + op + " answered "
                                + response.status());
                    }
                } else {
                    allowed++;
                    if (response.status() >= 500 || type.equals("denied") || response.status() == 401) {
                        failures.add(caller.name() + " holds " + permission + " but " + op + " answered "
                                + response.status() + " " + abbreviate(response.body()));
                    }
                }
            }
        }
        System.out.printf("Permission matrix: %d operations x %d callers: %d refusals checked (403), %d grants checked,"
                + " %d grants of input-less actions not called, %d failures%n",
                operations.size(), callers.size(), denied, allowed, skipped, failures.size());
        assertThat(failures).as("permission matrix").isEmpty();
    }

    @Test
    void noListShowsARecordOutsideTheCallersScope() {
        List<String> leaks = new ArrayList<>();
        int lists = 0;
        int items = 0;
        for (OpenApi.Operation op : operations) {
            if (!op.isRead() || !op.pathParameters().isEmpty() || !op.requiredQuery().isEmpty()) {
                continue;
            }
            for (Caller caller : callers.values()) {
                if (!caller.holds(op.permission().orElse("")) || caller.roles().contains(PermissionTable.ADMIN)) {
                    continue;
                }
                Api.Response response = Api.get(op.path(), caller.token());
                if (response.status() != 200 || !isJson(response)) {
                    continue;
                }
                lists++;
                for (JsonNode item : items(response.json())) {
                    items++;
                    outOfScope(caller, op.path(), item).ifPresent(why -> leaks.add(caller.name() + " sees " + why + " in "
                            + op.path()));
                }
            }
        }
        System.out.printf("Scope of lists: %d lists read by non-admin callers, %d items checked, %d leaks%n",
                lists, items, leaks.size());
        assertThat(leaks).as("records outside the caller's scope").isEmpty();
        assertThat(lists).isGreaterThan(100);
    }

    @Test
    void aRecordOutsideTheCallersScopeIsNotFound() {
        Caller admin = callers.get("admin");
        Map<String, List<JsonNode>> adminLists = new TreeMap<>();
        Map<String, String> recordPermissions = new TreeMap<>();
        operations.stream().filter(op -> op.isRead() && op.pathParameters().size() == 1
                        && op.path().endsWith("{" + op.pathParameters().get(0).name() + "}"))
                .forEach(op -> recordPermissions.put(collectionOf(op), op.permission().orElse("")));
        List<String> failures = new ArrayList<>();
        int probes = 0;
        int inScope = 0;
        for (OpenApi.Operation op : operations) {
            List<OpenApi.Parameter> pathParameters = op.pathParameters();
            if (!op.isRead() || pathParameters.size() != 1 || !op.requiredQuery().isEmpty()) {
                continue;
            }
            String collection = collectionOf(op);
            String variable = "{" + pathParameters.get(0).name() + "}";
            boolean record = op.path().endsWith(variable);
            // A part of a record (its timeline, occupancy…) guarded like the record shows only what the record shows;
            // parts guarded otherwise (e.g. one's own awards' totals in a programme) are scoped lists of their own.
            if (!record && !op.permission().orElse("").equals(recordPermissions.get(collection))) {
                continue;
            }
            List<JsonNode> everything = adminLists.computeIfAbsent(collection, path -> {
                Api.Response response = Api.get(path, admin.token());
                return response.status() == 200 && isJson(response) ? items(response.json()) : List.of();
            });
            for (Caller caller : callers.values()) {
                if (caller == admin || !caller.holds(op.permission().orElse(""))) {
                    continue;
                }
                Set<String> visible = visibleKeys(caller, collection, pathParameters.get(0).name());
                int tried = 0;
                for (JsonNode item : everything) {
                    String key = keyOf(item, pathParameters.get(0).name());
                    if (key.isEmpty() || tried >= PROBES_PER_OPERATION) {
                        continue;
                    }
                    Optional<String> why = outOfScope(caller, collection, item)
                            .or(() -> assignedOnly(caller) && !visible.contains(key)
                                    ? Optional.of("a record not assigned to it") : Optional.empty());
                    if (why.isEmpty()) {
                        continue;
                    }
                    tried++;
                    probes++;
                    Api.Response response = Api.get(op.path().replace(variable, key), caller.token());
                    if (response.status() != 404) {
                        failures.add(caller.name() + " got " + response.status() + " for " + why.get() + " at "
                                + op.path().replace(variable, key));
                    }
                }
                // The same operation must still serve a record in scope, or the 404s above would prove nothing.
                Optional<String> own = visible.stream().findFirst();
                if (own.isPresent() && record) {
                    inScope++;
                    Api.Response response = Api.get(op.path().replace(variable, own.get()), caller.token());
                    if (response.status() != 200) {
                        failures.add(caller.name() + " got " + response.status() + " for its own record at "
                                + op.path().replace(variable, own.get()));
                    }
                }
            }
        }
        System.out.printf("Scope of records: %d out-of-scope reads probed (expecting 404), %d in-scope reads (200),"
                + " %d failures%n", probes, inScope, failures.size());
        assertThat(failures).as("out-of-scope records that did not look absent").isEmpty();
        assertThat(probes).isGreaterThan(100);
        assertThat(inScope).isGreaterThan(50);
    }

    @Test
    void aPartnerReachesNoInternalApi() {
        Caller partner = callers.get(PARTNER);
        for (String path : List.of("/api/registry/v1/talent", "/api/registry/v1/organizations",
                "/api/incubation/v1/cases", "/api/grants/v1/rounds")) {
            Api.Response response = Api.get(path, partner.token());
            assertThat(response.status()).as(path).isEqualTo(403);
            // Refused by the gateway itself (the services would answer permission-denied).
            assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:forbidden");
        }
        assertThat(Api.get("/partner/v1/programmes", partner.token()).status()).isEqualTo(200);
    }

    /**
     * {@code docs/permissions.md} is generated from the code: the table and the permission each published operation
     * declares. Run with {@code -Dincubator.write-docs=true} to write it after changing either.
     */
    @Test
    void thePermissionDocumentMatchesTheCode() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("incubator.home", ".."), "docs",
                "permissions.md");
        String generated = PermissionDocument.render(operations);
        if (Boolean.getBoolean("incubator.write-docs")) {
            java.nio.file.Files.writeString(file, generated);
        }
        assertThat(java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "")
                .as("docs/permissions.md is stale: run the system tests with -Dincubator.write-docs=true")
                .isEqualTo(generated);
    }

    private static Api.Response call(OpenApi.Operation op, Caller caller, String uuid) {
        String path = op.path();
        for (OpenApi.Parameter parameter : op.pathParameters()) {
            path = path.replace("{" + parameter.name() + "}", Api.encode(OpenApi.sample(parameter, uuid)));
        }
        String query = op.requiredQuery().stream()
                .map(p -> p.name() + "=" + Api.encode(OpenApi.sample(p, uuid)))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.gateway() + path
                        + (query.isEmpty() ? "" : "?" + query)))
                .header("Authorization", "Bearer " + caller.token());
        if (op.bodyType() == null) {
            return Api.send(request.method(op.method(), HttpRequest.BodyPublishers.noBody()));
        }
        // A body that cannot be read: the permission is checked before it, and nothing can be stored.
        String body = op.bodyType().contains("json") ? "{\"" : "";
        String type = op.bodyType().startsWith("multipart") ? "multipart/form-data; boundary=matrix"
                : op.bodyType();
        return Api.send(request.header("Content-Type", type)
                .method(op.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Why an item of a collection is outside the caller's scope, judged from its own jurisdiction and organization. A
     * base serves, a call for proposals is open to, and a course or session (期) is offered to every place below its own
     * (a county's session trains its streets' hubs and organizations): those are published downwards. A sibling's
     * record stays out of scope.
     */
    private static Optional<String> outOfScope(Caller caller, String collection, JsonNode item) {
        Optional<String> jurisdiction = jurisdictionOf(item);
        if (jurisdiction.isPresent() && !caller.covers(jurisdiction.get())
                && !(PUBLISHED_DOWNWARDS.contains(collection) && caller.isBelow(jurisdiction.get()))) {
            return Optional.of("a record in " + jurisdiction.get());
        }
        if (caller.orgId().isPresent() && caller.roles().equals(Set.of(PermissionTable.ORG))) {
            String organization = item.has("organizationId") ? item.get("organizationId").asString("")
                    : collection.equals("/api/registry/v1/organizations") ? item.path("id").asString("") : "";
            if (!organization.isEmpty() && !organization.equals(caller.orgId().get())) {
                return Optional.of("organization " + organization);
            }
        }
        return Optional.empty();
    }

    /** Experts see their assignments: what their own list of the collection does not hold is not theirs. */
    private static boolean assignedOnly(Caller caller) {
        return caller.roles().equals(Set.of(PermissionTable.EXPERT));
    }

    private static Set<String> visibleKeys(Caller caller, String collection, String parameter) {
        Api.Response response = Api.get(collection, caller.token());
        Set<String> keys = new LinkedHashSet<>();
        if (response.status() == 200 && isJson(response)) {
            items(response.json()).forEach(item -> {
                String key = keyOf(item, parameter);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    /** The value an item is addressed by: its member named like the path variable ({@code code}), else its id. */
    private static String keyOf(JsonNode item, String parameter) {
        if (item.hasNonNull(parameter) && item.get(parameter).isString()) {
            return item.get(parameter).asString();
        }
        return item.path("id").asString("");
    }

    /** {@code /api/x/v1/things/{id}/part} → {@code /api/x/v1/things}. */
    private static String collectionOf(OpenApi.Operation op) {
        return op.path().substring(0, op.path().indexOf("/{"));
    }

    private static Optional<String> jurisdictionOf(JsonNode item) {
        JsonNode jurisdiction = item.get("jurisdiction");
        if (jurisdiction != null && jurisdiction.isObject() && jurisdiction.hasNonNull("code")) {
            return Optional.of(jurisdiction.get("code").asString());
        }
        if (jurisdiction != null && jurisdiction.isString()) {
            return Optional.of(jurisdiction.asString());
        }
        if (item.hasNonNull("jurisdictionCode")) {
            return Optional.of(item.get("jurisdictionCode").asString());
        }
        return Optional.empty();
    }

    /** The records of a list answer: a bare array or the page envelope's {@code items}. */
    private static List<JsonNode> items(JsonNode json) {
        JsonNode array = json.isArray() ? json : json.path("items");
        List<JsonNode> items = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    private static Caller caller(String name, String token) {
        JsonNode claims = Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
        Set<String> roles = new LinkedHashSet<>();
        claims.path("realm_access").path("roles").forEach(role -> {
            if (PermissionTable.ROLES.contains(role.asString())) {
                roles.add(role.asString());
            }
        });
        List<String> jurisdictions = new ArrayList<>();
        JsonNode claim = claims.path("jurisdiction");
        if (claim.isArray()) {
            claim.forEach(code -> jurisdictions.add(code.asString()));
        } else if (claim.isString()) {
            jurisdictions.add(claim.asString());
        }
        Optional<String> orgId = claims.hasNonNull("org_id") ? Optional.of(claims.get("org_id").asString())
                : Optional.empty();
        return new Caller(name, token, roles, jurisdictions, orgId);
    }

    /** A division code without its trailing zero levels: what every code inside it starts with. */
    static String significant(String code) {
        for (int length : new int[] {2, 4, 6, 9}) {
            if (code.substring(length).chars().allMatch(c -> c == '0')) {
                return code.substring(0, length);
            }
        }
        return code;
    }

    private static boolean problemJson(Api.Response response) {
        return response.contentType() != null && response.contentType().startsWith("application/problem+json");
    }

    private static boolean isJson(Api.Response response) {
        return response.contentType() != null && response.contentType().contains("json");
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
