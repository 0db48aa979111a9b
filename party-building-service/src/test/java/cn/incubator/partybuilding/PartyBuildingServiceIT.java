package cn.incubator.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.partybuilding.coverage.CoverageReport;
import cn.incubator.partybuilding.coverage.CoverageService;
import cn.incubator.partybuilding.member.MaskedMember;
import cn.incubator.partybuilding.member.Membership;
import cn.incubator.partybuilding.member.PartyMemberService;
import cn.incubator.partybuilding.member.PartyRelation;
import cn.incubator.partybuilding.partycase.CaseRecord;
import cn.incubator.partybuilding.partycase.CaseSearch;
import cn.incubator.partybuilding.partycase.Formation;
import cn.incubator.partybuilding.partycase.FormationProposal;
import cn.incubator.partybuilding.partycase.PartyCaseService;
import cn.incubator.partybuilding.partycase.Shortfall;
import cn.incubator.partybuilding.partycase.Stage;
import cn.incubator.partybuilding.partycase.StageAction;
import cn.incubator.partybuilding.rating.StarRating;
import cn.incubator.partybuilding.rating.StarRatingService;
import cn.incubator.partybuilding.structure.CoverageForm;
import cn.incubator.partybuilding.structure.PartyUnit;
import cn.incubator.partybuilding.structure.PartyUnitService;
import cn.incubator.partybuilding.structure.UnitKind;
import cn.incubator.contracts.incubation.events.v1.OrganizationAdmitted;
import cn.incubator.contracts.partybuilding.events.v1.BranchFormationCure;
import cn.incubator.contracts.partybuilding.events.v1.BranchFormationCured;
import cn.incubator.contracts.partybuilding.events.v1.BranchFormationOverdue;
import cn.incubator.contracts.partybuilding.events.v1.OverdueBranchReason;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.events.EventInbox;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.test.RealPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Dual incubation against a real PostgreSQL: admission events open one case per organization, member counts drive
 * the formation rules, instructors see only their organizations, overdue branches are reported and cured, stars
 * are rated, coverage is counted.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0"})
@Import(PartyBuildingServiceIT.Published.class)
class PartyBuildingServiceIT {

    private static final String XINGSHA = "430121001000";
    private static final String OVERDUE = EventPayloads.typeOf(BranchFormationOverdue.getDefaultInstance());
    private static final String CURED = EventPayloads.typeOf(BranchFormationCured.getDefaultInstance());
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();
    private static final CurrentUser COUNTY_OFFICER = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    private static final CurrentUser INSTRUCTOR = user("instructor-demo", Role.PARTY_INSTRUCTOR, "430121000000");
    private static final CurrentUser LANGLI_HUB = user("langli-hub", Role.HUB_OPERATOR, "430121004000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "party_building_it");
    }

    @Autowired
    EventInbox inbox;
    @Autowired
    PartyCaseService cases;
    @Autowired
    PartyMemberService members;
    @Autowired
    PartyUnitService units;
    @Autowired
    StarRatingService ratings;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Published published;
    @Autowired
    cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc.StarRatingsImplBase starRatingsGrpc;

    private PartyUnit committee;
    private PartyUnit xingshaJointBranch;

    @TestConfiguration
    static class Published {
        final List<EventEnvelope> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(EventEnvelope event) {
            events.add(event);
        }
    }

    @BeforeEach
    void structure() {
        committee = units.create(COUNTY_OFFICER, new PartyUnitService.NewUnit(UnitKind.JOINT_COMMITTEE,
                "长沙县社会组织联合党委", null, "430121000000", CoverageForm.AREA, null, "长沙县社会组织孵化基地", null));
        xingshaJointBranch = units.create(COUNTY_OFFICER, new PartyUnitService.NewUnit(UnitKind.JOINT_BRANCH,
                "星沙街道社会组织联合党支部", committee.id(), XINGSHA, CoverageForm.AREA, null, "星沙街道孵化中心", null));
    }

    @Test
    void sameAdmissionDeliveredTwiceOrUnderTwoIdsOpensOneCase() {
        UUID organization = UUID.randomUUID();
        EventEnvelope admitted = admission(organization, "星沙街道银龄互助会");

        assertThat(inbox.receive(admitted)).isEqualTo(EventInbox.Outcome.PROCESSED);
        assertThat(inbox.receive(admitted)).isEqualTo(EventInbox.Outcome.DUPLICATE);
        EventEnvelope sameAdmissionOtherId = new EventEnvelope(UUID.randomUUID(), admitted.type(),
                admitted.occurredAt(), admitted.source(), admitted.jurisdiction(), admitted.subjectId(),
                admitted.payload());
        assertThat(inbox.receive(sameAdmissionOtherId)).isEqualTo(EventInbox.Outcome.PROCESSED);

        assertThat(casesOf(organization)).isEqualTo(1);
        CaseRecord opened = cases.search(COUNTY_OFFICER, new CaseSearch(null, null, null, organization), PageRequest.first(10))
                .items().get(0);
        assertThat(opened.stage()).isEqualTo(Stage.ADMISSION_SURVEY);
        assertThat(opened.organizationName()).isEqualTo("星沙街道银龄互助会");
        assertThat(opened.jurisdictionCode()).isEqualTo(XINGSHA);
        assertThat(opened.track()).isEqualTo("INCUBATION_ZONE");
        assertThat(cases.timeline(COUNTY_OFFICER, opened.id(), cn.incubator.platform.paging.PageRequest.first(200)).items())
                .extracting(e -> e.action())
                .containsExactly("party-case.opened");
        assertThat(cases.timeline(COUNTY_OFFICER, opened.id(), cn.incubator.platform.paging.PageRequest.first(200)).items().get(0).actor()).isEqualTo("incubation-service");
    }

    @Test
    void closedCaseLetsALaterAdmissionOpenANewOne() {
        UUID organization = UUID.randomUUID();
        inbox.receive(admission(organization, "星沙街道读书会"));
        CaseRecord first = caseOf(organization);
        cases.transition(COUNTY_OFFICER, first.id(), StageAction.CLOSE);

        inbox.receive(admission(organization, "星沙街道读书会"));

        assertThat(casesOf(organization)).isEqualTo(2);
        assertThatThrownBy(() -> cases.transition(COUNTY_OFFICER, first.id(), StageAction.CLOSE))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void memberCountsZeroTwoAndThreeLeadToInstructorJointBranchAndOwnBranch() {
        CaseRecord c = admitted("星沙街道阳光志愿者协会");

        // 0 members: an instructor and a development plan, or formation cannot complete.
        walkTo(c.id(), Stage.FORMATION);
        assertThatThrownBy(() -> cases.transition(COUNTY_OFFICER, c.id(), StageAction.COMPLETE_FORMATION))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("formation-incomplete"));
        cases.assignInstructor(COUNTY_OFFICER, c.id(), "instructor-demo", true);
        CaseRecord planned = cases.keepDevelopmentPlan(INSTRUCTOR, c.id(), "2026年培养入党积极分子2名");
        assertThat(planned.coverage().shortfalls()).isEmpty();
        assertThat(planned.instructor().incubationSpecialist()).isTrue();

        // 1 and 2 members: the rules propose a joint branch once, and joining is refused before a member exists.
        assertThatThrownBy(() -> cases.joinJointBranch(INSTRUCTOR, c.id(), xingshaJointBranch.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.slug()).isEqualTo("formation-rule"));
        addMember(c.id(), "张建国", null);
        addMember(c.id(), "李秀英", null);
        List<FormationProposal> proposals = cases.proposals(COUNTY_OFFICER, c.id());
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.to()).isEqualTo(Formation.JOINT_BRANCH);
            assertThat(p.status()).isEqualTo(FormationProposal.Status.PENDING);
        });
        cases.decide(INSTRUCTOR, c.id(), proposals.get(0).id(),
                new PartyCaseService.Decision(true, null, xingshaJointBranch.id(), null, null));
        CaseRecord inJoint = cases.get(COUNTY_OFFICER, c.id());
        assertThat(inJoint.jointBranchId()).isEqualTo(xingshaJointBranch.id());
        assertThat(units.get(COUNTY_OFFICER, xingshaJointBranch.id()).covered())
                .extracting(o -> o.caseId()).containsExactly(c.id());

        // 3 members: own branch proposed; a rejection needs a reason; forming it leaves the joint branch.
        addMember(c.id(), "王芳", null);
        FormationProposal ownBranch = cases.proposals(COUNTY_OFFICER, c.id()).get(1);
        assertThat(ownBranch.from()).isEqualTo(Formation.JOINT_BRANCH);
        assertThat(ownBranch.to()).isEqualTo(Formation.OWN_BRANCH);
        assertThatThrownBy(() -> cases.decide(INSTRUCTOR, c.id(), ownBranch.id(),
                new PartyCaseService.Decision(false, " ", null, null, null)))
                .isInstanceOf(FieldProblemException.class);
        assertThatThrownBy(() -> cases.joinJointBranch(INSTRUCTOR, c.id(), xingshaJointBranch.id()))
                .isInstanceOf(ConflictException.class);
        cases.decide(INSTRUCTOR, c.id(), ownBranch.id(),
                new PartyCaseService.Decision(true, null, null, "星沙街道阳光志愿者协会党支部", null));

        CaseRecord formed = cases.get(COUNTY_OFFICER, c.id());
        assertThat(formed.ownBranchId()).isNotNull();
        assertThat(formed.jointBranchId()).isNull();
        assertThat(formed.ownBranchRequiredSince()).isNull();
        assertThat(units.get(COUNTY_OFFICER, xingshaJointBranch.id()).covered()).isEmpty();
        PartyUnit branch = units.get(COUNTY_OFFICER, formed.ownBranchId()).unit();
        assertThat(branch.kind()).isEqualTo(UnitKind.BRANCH);
        assertThat(branch.parentId()).isEqualTo(committee.id());
        assertThat(cases.proposals(COUNTY_OFFICER, c.id())).extracting(FormationProposal::status)
                .containsExactly(FormationProposal.Status.ACCEPTED, FormationProposal.Status.ACCEPTED);
        assertThatThrownBy(() -> cases.decide(INSTRUCTOR, c.id(), ownBranch.id(),
                new PartyCaseService.Decision(false, "重复决定", null, null, null)))
                .isInstanceOf(IllegalTransitionException.class);

        cases.transition(INSTRUCTOR, c.id(), StageAction.COMPLETE_FORMATION);
        assertThat(cases.get(COUNTY_OFFICER, c.id()).stage()).isEqualTo(Stage.FOLLOW_UP);
        assertThat(units.timeline(COUNTY_OFFICER, xingshaJointBranch.id(), cn.incubator.platform.paging.PageRequest.first(200)).items())
                .extracting(e -> e.action())
                .containsExactly("party-unit.created", "party-unit.organization-joined",
                        "party-unit.organization-left");
        assertThat(cases.verifyTimeline(COUNTY_OFFICER, c.id()).intact()).isTrue();
    }

    @Test
    void membersAreMaskedAndIdNumbersKeptOnlyAsKeyedHash() {
        CaseRecord c = admitted("星沙街道红色文艺队");

        MaskedMember member = members.add(COUNTY_OFFICER, c.id(), new PartyMemberService.NewMember("欧阳红梅",
                "13812345678", "430121198507150029", Membership.FULL, null));

        assertThat(member.name()).isEqualTo("欧***");
        assertThat(member.phone()).isEqualTo("138****5678");
        assertThat(member.idNumber()).doesNotContain("19850715").hasSize(18);
        assertThat(member.relation()).isEqualTo(PartyRelation.PENDING);
        String stored = jdbc.sql("SELECT id_number_hash FROM party_member WHERE id = :id").param("id", member.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain("430121198507150029");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE after_state::text LIKE '%13812345678%'"
                + " OR after_state::text LIKE '%欧阳红梅%'").query(Long.class).single()).isZero();

        CaseRecord other = admitted("星沙街道志愿服务站");
        assertThatThrownBy(() -> members.add(COUNTY_OFFICER, other.id(), new PartyMemberService.NewMember("欧阳红梅",
                null, "430121198507150029", Membership.FULL, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("member-already-recorded"));
        assertThatThrownBy(() -> members.add(COUNTY_OFFICER, other.id(), new PartyMemberService.NewMember("赵六",
                null, "430121198507150028", Membership.FULL, null))).isInstanceOf(FieldProblemException.class);

        assertThat(members.transfer(COUNTY_OFFICER, c.id(), member.id()).relation())
                .isEqualTo(PartyRelation.TRANSFERRED);
        assertThatThrownBy(() -> members.transfer(COUNTY_OFFICER, c.id(), member.id()))
                .isInstanceOf(IllegalTransitionException.class);
        members.leave(COUNTY_OFFICER, c.id(), member.id());
        assertThat(cases.get(COUNTY_OFFICER, c.id()).memberCount()).isZero();
        assertThat(members.list(COUNTY_OFFICER, c.id(), false)).isEmpty();
        assertThat(members.list(COUNTY_OFFICER, c.id(), true)).hasSize(1);
    }

    @Test
    void instructorSeesOnlyAssignedOrganizations() {
        CaseRecord assigned = admitted("星沙街道四点半课堂");
        CaseRecord notAssigned = admitted("星沙街道广场舞协会");
        cases.assignInstructor(COUNTY_OFFICER, assigned.id(), "instructor-demo", false);

        List<UUID> visible = cases.search(INSTRUCTOR, new CaseSearch(null, null, null, null), PageRequest.first(200)).items().stream()
                .map(CaseRecord::id).toList();
        assertThat(visible).contains(assigned.id()).doesNotContain(notAssigned.id());
        assertThatThrownBy(() -> cases.get(INSTRUCTOR, notAssigned.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.list(INSTRUCTOR, notAssigned.id(), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.get(LANGLI_HUB, assigned.id())).isInstanceOf(NotFoundException.class);

        cases.assignInstructor(COUNTY_OFFICER, assigned.id(), "another-instructor", false);
        assertThatThrownBy(() -> cases.get(INSTRUCTOR, assigned.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void writesOutsideTheCallersStreetAreRefused() {
        CaseRecord c = admitted("星沙街道越界测试组织");
        CurrentUser langliOfficer = user("langli-officer", Role.CIVIL_AFFAIRS, "430121004000");

        assertThatThrownBy(() -> cases.openByHand(langliOfficer, new PartyCaseService.Admission(UUID.randomUUID(),
                "越界组织", XINGSHA, null, null, null, null, null))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> cases.transition(langliOfficer, c.id(), StageAction.COMPLETE_SURVEY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.openByHand(COUNTY_OFFICER, new PartyCaseService.Admission(c.organizationId(),
                c.organizationName(), XINGSHA, null, null, null, null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("case-already-open"));
    }

    @Test
    void ownBranchOverdueIsReportedOnceAndCuredWhenFormed() {
        CaseRecord c = admitted("星沙街道退役军人服务队");
        addMember(c.id(), "陈一", null);
        addMember(c.id(), "陈二", null);
        addMember(c.id(), "陈三", null);
        Instant since = cases.get(COUNTY_OFFICER, c.id()).ownBranchRequiredSince();
        assertThat(since).isNotNull();
        published.events.clear();

        cases.reportOverdueBranches(since.plus(Duration.ofDays(89)));
        assertThat(overdueEventsFor(c.organizationId())).isEmpty();
        cases.reportOverdueBranches(since.plus(Duration.ofDays(91)));
        cases.reportOverdueBranches(since.plus(Duration.ofDays(92)));

        assertThat(overdueEventsFor(c.organizationId())).singleElement().satisfies(event -> {
            assertThat(event.jurisdiction()).isEqualTo(XINGSHA);
            BranchFormationOverdue overdue = EventPayloads.read(event, BranchFormationOverdue.getDefaultInstance());
            assertThat(overdue.getOrganizationId()).isEqualTo(c.organizationId().toString());
            assertThat(overdue.getOrganizationName()).isEqualTo("星沙街道退役军人服务队");
            assertThat(overdue.getReason()).isEqualTo(OverdueBranchReason.PARTY_BRANCH_NOT_FORMED);
            assertThat(EventPayloads.instant(overdue.getSince())).isEqualTo(since);
            assertThat(overdue.getMemberCount()).isEqualTo(3);
        });
        assertThat(cases.get(COUNTY_OFFICER, c.id()).overdueReportedAt()).isNotNull();

        cases.formOwnBranch(INSTRUCTOR_WITH(c), c.id(), "星沙街道退役军人服务队党支部", committee.id());

        assertThat(published.events).filteredOn(e -> e.type().equals(CURED))
                .singleElement().satisfies(event -> {
                    BranchFormationCured cured = EventPayloads.read(event, BranchFormationCured.getDefaultInstance());
                    assertThat(cured.getOrganizationId()).isEqualTo(c.organizationId().toString());
                    assertThat(cured.getReason()).isEqualTo(OverdueBranchReason.PARTY_BRANCH_NOT_FORMED);
                    assertThat(cured.getCure()).isEqualTo(BranchFormationCure.BRANCH_FORMED);
                });
        assertThat(cases.get(COUNTY_OFFICER, c.id()).overdueReportedAt()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_event WHERE event_type = :type AND subject_id = :org")
                .param("type", OVERDUE).param("org", c.organizationId().toString()).query(Long.class).single())
                .as("the overdue report is in the outbox feed, with the organization as subject").isEqualTo(1);
    }

    @Test
    void starsAreRatedInFollowUpOnceAYearAndReadableByOrganization() {
        CaseRecord c = admitted("星沙街道党建示范协会");
        for (String name : List.of("周一", "周二", "周三")) {
            addMember(c.id(), name, null);
        }
        cases.formOwnBranch(COUNTY_OFFICER, c.id(), "星沙街道党建示范协会党支部", null);
        int year = Year.now().getValue();
        Map<String, Integer> sheet = Map.of("ORGANIZATION_SETUP", 20, "ORGANIZATIONAL_LIFE", 18,
                "WORK_PROCEDURES", 18, "POSITION_BUILDING", 17, "ROLE_MAXIMIZED", 19);
        assertThatThrownBy(() -> ratings.rate(COUNTY_OFFICER, c.id(), year, sheet))
                .isInstanceOf(IllegalTransitionException.class);
        walkTo(c.id(), Stage.FOLLOW_UP);

        assertThatThrownBy(() -> ratings.rate(COUNTY_OFFICER, c.id(), year, Map.of("ORGANIZATION_SETUP", 25)))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::field)
                        .contains("points.ORGANIZATION_SETUP", "points.ROLE_MAXIMIZED"));
        StarRating rating = ratings.rate(COUNTY_OFFICER, c.id(), year, sheet);

        assertThat(rating.score()).isEqualTo(92);
        assertThat(rating.stars()).isEqualTo(5);
        assertThat(ratings.ratingOf(COUNTY_OFFICER, c.organizationId(), null).stars()).isEqualTo(5);
        assertThat(ratings.ratingOf(COUNTY_OFFICER, c.organizationId(), year).score()).isEqualTo(92);
        assertThatThrownBy(() -> ratings.ratingOf(COUNTY_OFFICER, c.organizationId(), year - 1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ratings.ratingOf(LANGLI_HUB, c.organizationId(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ratings.rate(COUNTY_OFFICER, c.id(), year, sheet))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.slug()).isEqualTo("already-rated"));
        assertThat(ratings.select(COUNTY_OFFICER, c.id(), year, "示范党支部", "长沙县社会组织联合党委").title())
                .isEqualTo("示范党支部");
    }

    @Test
    void coverageCountsDiscoveryMembersBranchesAndStars() {
        String street = "430121105000";
        CurrentUser huanghua = user("huanghua-officer", Role.CIVIL_AFFAIRS, street);
        CaseRecord none = admittedIn("黄花镇乡贤理事会", street);
        CaseRecord two = admittedIn("黄花镇志愿者协会", street);
        PartyUnit huanghuaBranch = units.create(COUNTY_OFFICER, new PartyUnitService.NewUnit(UnitKind.JOINT_BRANCH,
                "黄花镇社会组织联合党支部", committee.id(), street, CoverageForm.AREA, null, null, null));
        cases.assignInstructor(COUNTY_OFFICER, none.id(), "instructor-demo", false);
        cases.transition(huanghua, none.id(), StageAction.COMPLETE_SURVEY);
        cases.transition(huanghua, none.id(), StageAction.COMPLETE_DISCOVERY);
        addMember(two.id(), "刘一", null);
        addMember(two.id(), "刘二", null);
        cases.joinJointBranch(huanghua, two.id(), huanghuaBranch.id());

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        CoverageReport report = coverage.report(huanghua, null, today.minusDays(1), today, today.getYear());

        assertThat(report.admitted()).isEqualTo(2);
        assertThat(report.memberDiscoveryDone()).isEqualTo(1);
        assertThat(report.averageDaysToDiscovery()).isNotNull();
        assertThat(report.withMembers()).isEqualTo(1);
        assertThat(report.inJointBranch()).isEqualTo(1);
        assertThat(report.withOwnBranch()).isZero();
        assertThat(report.instructorOnly()).isEqualTo(1);
        assertThat(report.units().jointBranches()).isEqualTo(1);
        assertThat(report.starDistribution()).containsOnlyKeys("1", "2", "3", "4", "5");
        assertThat(coverage.report(huanghua, null, today.minusDays(30), today.minusDays(2), today.getYear())
                .admitted()).isZero();
    }

    @Test
    void structureIsATreeAndJointBranchesCoverTheirArea() {
        assertThatThrownBy(() -> units.create(COUNTY_OFFICER, new PartyUnitService.NewUnit(UnitKind.JOINT_BRANCH,
                "无上级的联合党支部", null, XINGSHA, CoverageForm.AREA, null, null, null)))
                .isInstanceOf(FieldProblemException.class);
        assertThatThrownBy(() -> units.create(COUNTY_OFFICER, new PartyUnitService.NewUnit(UnitKind.JOINT_BRANCH,
                "行业无名称", committee.id(), "430121000000", CoverageForm.INDUSTRY, null, null, null)))
                .isInstanceOf(FieldProblemException.class);
        CaseRecord langli = admittedIn("㮾梨街道龙舟爱好者协会", "430121004000");
        addMember(langli.id(), "黄一", null);
        assertThatThrownBy(() -> cases.joinJointBranch(COUNTY_OFFICER, langli.id(), xingshaJointBranch.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("joint-branch-elsewhere"));
        assertThatThrownBy(() -> cases.joinJointBranch(COUNTY_OFFICER, langli.id(), committee.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("not-a-joint-branch"));

        List<PartyUnitService.TreeNode> tree = units.tree(COUNTY_OFFICER, Jurisdiction.of("430121000000"));
        assertThat(tree).extracting(n -> n.unit().kind()).doesNotContain(UnitKind.JOINT_BRANCH);
        assertThat(tree.stream().filter(n -> n.unit().id().equals(committee.id())).findFirst().orElseThrow()
                .children()).extracting(n -> n.unit().id()).contains(xingshaJointBranch.id());
    }

    private CurrentUser INSTRUCTOR_WITH(CaseRecord c) {
        cases.assignInstructor(COUNTY_OFFICER, c.id(), "instructor-demo", false);
        return INSTRUCTOR;
    }

    private List<EventEnvelope> overdueEventsFor(UUID organization) {
        return published.events.stream().filter(e -> e.type().equals(OVERDUE))
                .filter(e -> e.subjectId().equals(organization.toString())).toList();
    }

    @Test
    void latestStarRatingsOverGrpcAnswerOnlyRatedOrganizationsInTheCallersScope() {
        CaseRecord rated = admitted("星沙街道红色志愿服务队");
        for (String name : List.of("赵一", "赵二", "赵三")) {
            addMember(rated.id(), name, null);
        }
        cases.formOwnBranch(COUNTY_OFFICER, rated.id(), "星沙街道红色志愿服务队党支部", null);
        walkTo(rated.id(), Stage.FOLLOW_UP);
        int year = Year.now().getValue();
        ratings.rate(COUNTY_OFFICER, rated.id(), year, Map.of("ORGANIZATION_SETUP", 16, "ORGANIZATIONAL_LIFE", 16,
                "WORK_PROCEDURES", 16, "POSITION_BUILDING", 16, "ROLE_MAXIMIZED", 16));
        CaseRecord unrated = admitted("星沙街道邻里读书会");
        List<String> asked = List.of(rated.organizationId().toString(), unrated.organizationId().toString(),
                UUID.randomUUID().toString(), "not-an-id");

        List<cn.incubator.contracts.partybuilding.v1.StarRating> seenByCounty = latestOverGrpc(
                "county-officer", "civil-affairs", "430121000000", asked);
        List<cn.incubator.contracts.partybuilding.v1.StarRating> seenByLangli = latestOverGrpc(
                "langli-hub", "hub-operator", "430121004000", asked);

        assertThat(seenByCounty).singleElement().satisfies(r -> {
            assertThat(r.getOrganizationId()).isEqualTo(rated.organizationId().toString());
            assertThat(r.getYear()).isEqualTo(year);
            assertThat(r.getChecklistScore()).isEqualTo(80);
            assertThat(r.getJurisdictionCode()).isEqualTo(XINGSHA);
        });
        assertThat(seenByLangli).isEmpty();
    }

    private List<cn.incubator.contracts.partybuilding.v1.StarRating> latestOverGrpc(String username, String role,
            String jurisdiction, List<String> organizationIds) {
        org.springframework.security.oauth2.jwt.Jwt jwt = new org.springframework.security.oauth2.jwt.Jwt(
                "token-of-" + username, Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "none"),
                Map.of("sub", username, "preferred_username", username, "jurisdiction", jurisdiction,
                        "realm_access", Map.of("roles", List.of(role))));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken(jwt));
        try {
            List<cn.incubator.contracts.partybuilding.v1.StarRatingList> answers = new CopyOnWriteArrayList<>();
            starRatingsGrpc.getLatestStarRatings(cn.incubator.contracts.partybuilding.v1.GetLatestStarRatingsRequest
                    .newBuilder().addAllOrganizationIds(organizationIds).build(), new io.grpc.stub.StreamObserver<>() {
                        @Override
                        public void onNext(cn.incubator.contracts.partybuilding.v1.StarRatingList value) {
                            answers.add(value);
                        }

                        @Override
                        public void onError(Throwable t) {
                            throw new AssertionError(t);
                        }

                        @Override
                        public void onCompleted() {
                        }
                    });
            return answers.get(0).getRatingsList();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private void walkTo(UUID caseId, Stage target) {
        List<StageAction> path = List.of(StageAction.COMPLETE_SURVEY, StageAction.COMPLETE_DISCOVERY,
                StageAction.START_FORMATION, StageAction.COMPLETE_FORMATION);
        for (StageAction action : path) {
            if (cases.get(COUNTY_OFFICER, caseId).stage() == target) {
                return;
            }
            cases.transition(COUNTY_OFFICER, caseId, action);
        }
    }

    private void addMember(UUID caseId, String name, String idNumber) {
        members.add(COUNTY_OFFICER, caseId, new PartyMemberService.NewMember(name, null, idNumber, Membership.FULL,
                PartyRelation.PENDING));
    }

    private CaseRecord admitted(String name) {
        return admittedIn(name, XINGSHA);
    }

    private CaseRecord admittedIn(String name, String jurisdiction) {
        UUID organization = UUID.randomUUID();
        assertThat(inbox.receive(admission(organization, name, jurisdiction)))
                .isEqualTo(EventInbox.Outcome.PROCESSED);
        return caseOf(organization);
    }

    private CaseRecord caseOf(UUID organization) {
        return cases.search(COUNTY_OFFICER, new CaseSearch(null, null, null, organization), PageRequest.first(10)).items().stream()
                .filter(c -> c.stage() != Stage.CLOSED).findFirst().orElseThrow();
    }

    private long casesOf(UUID organization) {
        return jdbc.sql("SELECT count(*) FROM party_case WHERE organization_id = :org").param("org", organization)
                .query(Long.class).single();
    }

    private static EventEnvelope admission(UUID organization, String name) {
        return admission(organization, name, XINGSHA);
    }

    /** Incubation's {@code OrganizationAdmitted}, as its feed serves it. */
    private static EventEnvelope admission(UUID organization, String name, String jurisdiction) {
        OrganizationAdmitted admitted = OrganizationAdmitted.newBuilder()
                .setOrganizationId(organization.toString())
                .setOrganizationName(name)
                .setCaseId(UUID.randomUUID().toString())
                .setBaseId(UUID.randomUUID().toString())
                .setTrack("INCUBATION_ZONE")
                .setAdmittedAt(EventPayloads.timestamp(Instant.now()))
                .build();
        return new EventEnvelope(UUID.randomUUID(), EventPayloads.typeOf(admitted), Instant.now(),
                "incubation-service", jurisdiction, organization.toString(), EventPayloads.toJson(admitted, JSON));
    }

    private static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }
}
