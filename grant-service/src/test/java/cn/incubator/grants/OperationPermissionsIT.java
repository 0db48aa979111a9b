package cn.incubator.grants;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.review.ReviewService;
import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundAction;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.support.Fixtures;
import cn.incubator.grants.support.GrantIT;
import cn.incubator.platform.permission.DeclaredPermissions;
import cn.incubator.platform.permission.PermissionTable;
import cn.incubator.platform.test.TestTokens;
import jakarta.servlet.Filter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who reaches which operation, through the HTTP layer as a caller does (token, permission, data scope): a partner
 * client only its own programmes under {@code /partner/v1}, an expert only its assignments and the rounds it sits on.
 */
@Import(TestTokens.Decoder.class)
class OperationPermissionsIT extends GrantIT {

    private static final String API = "/api/grants/v1";
    private static final String PERMISSION_DENIED = "urn:incubator:problem:permission-denied";

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    RoundService rounds;
    @Autowired
    ProposalService proposals;
    @Autowired
    ReviewService reviews;

    private MockMvc http;

    @BeforeEach
    void throughTheSecurityFilters() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    @Test
    void aPartnerReadsItsCoFundedProgrammesAndIsRefusedTheRounds() throws Exception {
        String partnerId = "nandu-" + UUID.randomUUID().toString().substring(0, 8);
        UUID coFunded = GrantTestData.programme(jdbc, "长沙县第一届公益创投", "300000.00", partnerId, "140000.00");
        String partner = TestTokens.partner(partnerId, "430100000000", "partner.programmes.read");

        MockHttpServletResponse own = call(get("/partner/v1/programmes"), partner);
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsString()).contains(coFunded.toString());

        MockHttpServletResponse refused = call(get(API + "/rounds"), partner);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains(PERMISSION_DENIED, "grants:round:read");
    }

    @Test
    void aPartnerWithoutTheReadScopeIsRefusedItsProgrammes() throws Exception {
        String partnerId = "yijijin-" + UUID.randomUUID().toString().substring(0, 8);
        GrantTestData.programme(jdbc, "雅安市能力建设计划", "100000.00", partnerId, "70000.00");

        MockHttpServletResponse refused = call(get("/partner/v1/programmes"), TestTokens.partner(partnerId,
                "430100000000", "profile"));

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("partner-scope-missing");
    }

    @Test
    void everyApiOperationRefusesAPartnerBeforeReadingTheRequest() throws Exception {
        String partner = TestTokens.partner("nandu", "430100000000", "partner.programmes.read");
        List<String> operations = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/") || pattern.contains("/v3/api-docs")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    MockHttpServletResponse answer = call(request(HttpMethod.valueOf(method.name()), path), partner);
                    assertThat(answer.getStatus()).as(method + " " + pattern).isEqualTo(403);
                    assertThat(answer.getContentAsString()).as(method + " " + pattern).contains(PERMISSION_DENIED);
                    operations.add(method + " " + pattern);
                }
            }
        }
        assertThat(operations).as("the operations tried").hasSizeGreaterThan(60);
        assertThat(PermissionTable.permissionsOf(PermissionTable.PARTNER)).allMatch(code -> code.startsWith("partner:"));
        assertThat(DeclaredPermissions.GUARDED).contains("/partner/**");
    }

    @Test
    void anExpertIsRefusedAwardsCustodyTheMarketplaceAndProgrammes() throws Exception {
        String expert = TestTokens.person("expert-" + UUID.randomUUID().toString().substring(0, 8), "expert",
                "430100000000");
        for (String path : List.of("/awards", "/awards/" + UUID.randomUUID(), "/custody-agreements",
                "/community-projects", "/programmes", "/programmes/" + UUID.randomUUID() + "/ledger")) {
            MockHttpServletResponse refused = call(get(API + path), expert);
            assertThat(refused.getStatus()).as(path).isEqualTo(403);
            assertThat(refused.getContentAsString()).as(path).contains(PERMISSION_DENIED);
        }
    }

    @Test
    void anExpertSeesOnlyItsAssignmentsAndTheRoundsItSitsOn() throws Exception {
        String username = "expert-" + UUID.randomUUID().toString().substring(0, 8);
        String expert = TestTokens.person(username, "expert", "430100000000");
        Round seated = roundInExpertReview("第一期（评审专家在组）", username);
        Round elsewhere = roundInExpertReview("第二期（评审专家不在组）", null);
        List<UUID> assigned = proposals.search(COUNTY_OFFICER, seated.id(), null, PageRequest.first(200)).items().stream().map(Proposal::id).toList();
        List<UUID> notAssigned = proposals.search(COUNTY_OFFICER, elsewhere.id(), null, PageRequest.first(200)).items().stream().map(Proposal::id)
                .toList();

        MockHttpServletResponse assignments = call(get(API + "/reviews/assignments"), expert);
        assertThat(assignments.getStatus()).isEqualTo(200);
        assertThat(assignments.getContentAsString()).contains(assigned.stream().map(UUID::toString).toList())
                .doesNotContain(notAssigned.stream().map(UUID::toString).toList());

        MockHttpServletResponse visible = call(get(API + "/rounds"), expert);
        assertThat(visible.getStatus()).isEqualTo(200);
        assertThat(visible.getContentAsString()).contains(seated.id().toString())
                .doesNotContain(elsewhere.id().toString());
        assertThat(call(get(API + "/rounds/" + seated.id()), expert).getStatus()).isEqualTo(200);
        assertThat(call(get(API + "/rounds/" + elsewhere.id()), expert).getStatus()).isEqualTo(404);
        assertThat(call(get(API + "/rounds/" + elsewhere.id() + "/proposals"), expert).getStatus()).isEqualTo(404);
        assertThat(call(get(API + "/proposals/" + notAssigned.get(0)), expert).getStatus()).isEqualTo(404);
        assertThat(call(get(API + "/rounds/" + seated.id() + "/panel"), expert).getStatus()).isEqualTo(403);
    }

    /** A county round with two proposals past initial review, its panel seated, in expert review. */
    private Round roundInExpertReview(String title, String expertUsername) {
        on(COUNTY_OFFICER);
        Programme programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("长沙县公益创投 " + title,
                "40000"));
        Round round = rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round(title, LocalDate.now().plusDays(5), 0, 7));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);
        List<Proposal> submitted = new ArrayList<>();
        for (String name : List.of("星沙街道邻里互助会", "星沙街道青少年成长营")) {
            UUID organization = UUID.randomUUID();
            SERVICES.organization(organization, name, "430121001000", "SOCIAL_SERVICE_ORGANIZATION", "DEVELOPING");
            Proposal draft = proposals.create(COUNTY_OFFICER, round.id(), organization,
                    Fixtures.content(name + "项目", null, "8000"));
            submitted.add(proposals.submit(COUNTY_OFFICER, draft.id()));
        }
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CLOSE, "申报已满，提前截止");
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_INITIAL_REVIEW);
        submitted.forEach(p -> reviews.screen(COUNTY_OFFICER, p.id(), true, null, "资料齐全"));
        String talent = "t-" + round.id().toString().substring(0, 8);
        SERVICES.expert(talent, "王志刚", expertUsername);
        reviews.addExpert(COUNTY_OFFICER, round.id(), talent);
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_EXPERT_REVIEW);
        return round;
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return http.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }
}
