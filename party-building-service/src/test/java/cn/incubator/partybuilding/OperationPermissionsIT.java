package cn.incubator.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.incubator.partybuilding.partycase.CaseRecord;
import cn.incubator.partybuilding.partycase.PartyCaseService;
import cn.incubator.partybuilding.structure.CoverageForm;
import cn.incubator.partybuilding.structure.PartyUnit;
import cn.incubator.partybuilding.structure.PartyUnitService;
import cn.incubator.partybuilding.structure.UnitKind;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.TestTokens;
import jakarta.servlet.Filter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who reaches which party-building operation, through the HTTP layer as a caller does (token, permission, data
 * scope): an instructor works on the organizations assigned to them and nothing else, an organization reads its own
 * case, and trainers and partners get nothing.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0"})
@Import(TestTokens.Decoder.class)
class OperationPermissionsIT {

    private static final String API = "/api/party-building/v1";
    private static final String XINGSHA = "430121001000";
    private static final String PERMISSION_DENIED = "urn:incubator:problem:permission-denied";
    private static final CurrentUser COUNTY_OFFICER = new CurrentUser("county-officer", "county-officer",
            Set.of(Role.CIVIL_AFFAIRS), List.of(Jurisdiction.of("430121000000")), Optional.empty(), Optional.empty());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "party_building_it");
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    PartyCaseService cases;
    @Autowired
    PartyUnitService units;

    private MockMvc http;
    private String officer;
    private String instructor;
    private CaseRecord own;
    private CaseRecord other;
    private PartyUnit ownJointBranch;
    private PartyUnit otherJointBranch;

    @BeforeEach
    void anInstructorAssignedToOneOfTwoOrganizations() throws Exception {
        http = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        officer = TestTokens.person("county-officer", "civil-affairs", "430121000000");
        String username = "instructor-" + UUID.randomUUID().toString().substring(0, 8);
        instructor = TestTokens.person(username, "party-instructor", "430121000000");
        own = opened("星沙街道指导员联系点协会");
        other = opened("星沙街道广场舞协会");
        PartyUnit committee = units.create(COUNTY_OFFICER, new PartyUnitService.NewUnit(UnitKind.JOINT_COMMITTEE,
                "长沙县社会组织联合党委", null, "430121000000", CoverageForm.AREA, null, null, null));
        ownJointBranch = jointBranch(committee, "星沙街道第一社会组织联合党支部");
        otherJointBranch = jointBranch(committee, "星沙街道第二社会组织联合党支部");

        MockHttpServletResponse assigned = call(put(API + "/cases/" + own.id() + "/instructor"), officer,
                "{\"username\":\"" + username + "\"}");
        assertThat(assigned.getStatus()).as(assigned.getContentAsString()).isEqualTo(200);
    }

    @Test
    void anInstructorReadsAndWorksOnItsOwnCaseAndAnotherIsNotFound() throws Exception {
        assertThat(call(get(API + "/cases/" + own.id()), instructor).getStatus()).isEqualTo(200);
        MockHttpServletResponse list = call(get(API + "/cases?size=200"), instructor);
        assertThat(list.getContentAsString()).contains(own.id().toString()).doesNotContain(other.id().toString());

        MockHttpServletResponse hidden = call(get(API + "/cases/" + other.id()), instructor);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(hidden.getContentType()).startsWith("application/problem+json");
        assertThat(call(get(API + "/cases/" + other.id() + "/members"), instructor).getStatus()).isEqualTo(404);
        assertThat(call(get(API + "/cases/" + other.id() + "/timeline"), instructor).getStatus()).isEqualTo(404);
        assertThat(call(put(API + "/cases/" + other.id() + "/development-plan"), instructor,
                "{\"plan\":\"越界\"}").getStatus()).isEqualTo(404);
        assertThat(call(post(API + "/cases/" + other.id() + "/members"), instructor,
                "{\"name\":\"越界党员\"}").getStatus()).isEqualTo(404);

        MockHttpServletResponse member = call(post(API + "/cases/" + own.id() + "/members"), instructor,
                "{\"name\":\"欧阳红梅\",\"phone\":\"13912345678\"}");
        assertThat(member.getStatus()).as(member.getContentAsString()).isEqualTo(201);
        assertThat(member.getContentAsString()).contains("139****5678").doesNotContain("13912345678");
        MockHttpServletResponse joined = call(put(API + "/cases/" + own.id() + "/joint-branch"), instructor,
                "{\"jointBranchId\":\"" + ownJointBranch.id() + "\"}");
        assertThat(joined.getStatus()).as(joined.getContentAsString()).isEqualTo(200);
        String meeting = "{\"heldOn\":\"2026-03-01\",\"topic\":\"联席会议\",\"attendeeCount\":12}";
        assertThat(call(post(API + "/units/" + ownJointBranch.id() + "/meetings"), instructor, meeting).getStatus())
                .isEqualTo(201);
        assertThat(call(post(API + "/units/" + otherJointBranch.id() + "/meetings"), instructor, meeting)
                .getStatus()).as("a unit none of the instructor's organizations belongs to").isEqualTo(403);

        MockHttpServletResponse coverage = call(get(API + "/coverage"), instructor);
        assertThat(coverage.getStatus()).as(coverage.getContentAsString()).isEqualTo(200);
        assertThat(coverage.getContentAsString()).as("only the instructor's organization").contains("\"admitted\":1,");
    }

    @Test
    void anInstructorDoesNotTakeTheCommitteesDecisions() throws Exception {
        for (var refused : List.of(
                call(put(API + "/cases/" + own.id() + "/instructor"), instructor, "{\"username\":\"someone\"}"),
                call(put(API + "/cases/" + own.id() + "/pairing"), instructor,
                        "{\"supervisingUnit\":\"县民政局\",\"partyOrganization\":\"县民政局机关党委\"}"),
                call(post(API + "/cases/" + own.id() + "/star-ratings"), instructor, "{}"),
                call(post(API + "/units"), instructor, "{}"),
                call(post(API + "/cases"), instructor, "{}"))) {
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentAsString()).contains(PERMISSION_DENIED);
        }
    }

    @Test
    void anOrganizationReadsItsOwnCaseOnlyAndNeverItsMembers() throws Exception {
        String orgAdmin = TestTokens.orgAdmin("org-" + own.organizationId(), own.organizationId(), XINGSHA);

        assertThat(call(get(API + "/cases/" + own.id()), orgAdmin).getStatus()).isEqualTo(200);
        assertThat(call(get(API + "/cases/" + other.id()), orgAdmin).getStatus()).isEqualTo(404);
        MockHttpServletResponse members = call(get(API + "/cases/" + own.id() + "/members"), orgAdmin);
        assertThat(members.getStatus()).isEqualTo(403);
        assertThat(members.getContentAsString()).contains(PERMISSION_DENIED, "party:member:read");
    }

    @Test
    void trainersExpertsAndPartnersGetNothingOfPartyBuilding() throws Exception {
        for (String token : List.of(TestTokens.person("trainer-demo", "trainer", "430121000000"),
                TestTokens.person("expert-demo", "expert", "430100000000"),
                TestTokens.partner("demo-foundation", "430100000000", "partner.programmes.read"))) {
            for (String path : List.of("/cases", "/cases/" + own.id(), "/units", "/coverage", "/checklist")) {
                MockHttpServletResponse refused = call(get(API + path), token);
                assertThat(refused.getStatus()).as(path).isEqualTo(403);
                assertThat(refused.getContentAsString()).as(path).contains(PERMISSION_DENIED);
            }
        }
    }

    @Test
    void theOperationLogIsTheOfficersUnderThePartyPermission() throws Exception {
        MockHttpServletResponse log = call(get(API + "/operation-log?recordId=" + own.id()), officer);
        assertThat(log.getStatus()).as(log.getContentAsString()).isEqualTo(200);
        assertThat(log.getContentAsString()).contains("\"total\":2", "party-case.instructor-assigned",
                "party-case.opened", "\"service\":\"party-building\"");

        MockHttpServletResponse refused = call(get(API + "/operation-log"), instructor);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains(PERMISSION_DENIED, "party:audit:read");
    }

    @Test
    void anInstructorExportsItsBoardAsAWorkbook() throws Exception {
        MockHttpServletResponse export = call(get(API + "/cases/export"), instructor);

        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).isEqualTo(cn.incubator.platform.export.Downloads.XLSX);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("the instructor's one case").isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(own.organizationName());
        }
    }

    private CaseRecord opened(String name) {
        return cases.openByHand(COUNTY_OFFICER, new PartyCaseService.Admission(UUID.randomUUID(),
                name + UUID.randomUUID().toString().substring(0, 4), XINGSHA, null, null, null, null, null));
    }

    private PartyUnit jointBranch(PartyUnit committee, String name) {
        return units.create(COUNTY_OFFICER, new PartyUnitService.NewUnit(UnitKind.JOINT_BRANCH,
                name + UUID.randomUUID().toString().substring(0, 4), committee.id(), XINGSHA, CoverageForm.AREA, null,
                null, null));
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return http.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String json)
            throws Exception {
        return call(request.contentType(MediaType.APPLICATION_JSON).content(json), token);
    }
}
