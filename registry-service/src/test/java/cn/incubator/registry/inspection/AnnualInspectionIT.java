package cn.incubator.registry.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.contracts.partybuilding.events.v1.BranchFormationCure;
import cn.incubator.contracts.partybuilding.events.v1.BranchFormationCured;
import cn.incubator.contracts.partybuilding.events.v1.BranchFormationOverdue;
import cn.incubator.contracts.partybuilding.events.v1.OverdueBranchReason;
import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventInbox;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.abnormal.AbnormalListService;
import cn.incubator.registry.abnormal.AbnormalReason;
import cn.incubator.registry.abnormal.EligibilityService;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import cn.incubator.platform.transition.IllegalTransitionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Annual inspections, the abnormal-activity list and eligibility against a real PostgreSQL. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class AnnualInspectionIT {

    private static final CurrentUser COUNTY_OFFICER = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000",
            null);
    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_inspection_it");
    }

    @Autowired
    OrganizationService organizations;

    @Autowired
    AnnualInspectionService inspections;

    @Autowired
    AbnormalListService abnormalList;

    @Autowired
    EligibilityService eligibility;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventInbox inbox;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void orgAdminSubmitsForItsOwnOrganizationOnlyAndOnceAYear() {
        Organization own = registered("430121001000");
        Organization other = registered("430121001000");
        CurrentUser orgAdmin = user("org-admin", Role.ORG_ADMIN, "430121001000", own.id());

        AnnualInspection submitted = inspections.submit(orgAdmin, own.id(), LAST_YEAR, "年度工作报告");
        assertThat(submitted.status()).isEqualTo(InspectionStatus.SUBMITTED);
        assertThatThrownBy(() -> inspections.submit(orgAdmin, own.id(), LAST_YEAR, "again"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> inspections.submit(orgAdmin, other.id(), LAST_YEAR, "not mine"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inspections.submit(orgAdmin, own.id(), LAST_YEAR + 1, "this year"))
                .isInstanceOf(FieldProblemException.class);
        assertThat(inspections.search(orgAdmin, null, null, null, PageRequest.first(50)).items()).extracting(AnnualInspection::organizationId)
                .containsOnly(own.id());
    }

    @Test
    void failureNeedsOpinionsAndADueDateThenIllegalStepsAreRefused() {
        Organization org = registered("430121004000");
        AnnualInspection submitted = inspections.submit(COUNTY_OFFICER, org.id(), LAST_YEAR, null);

        assertThatThrownBy(() -> inspections.conclude(COUNTY_OFFICER, submitted.id(), InspectionAction.PASS, null,
                null)).isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState().name()).isEqualTo("SUBMITTED"));
        inspections.review(COUNTY_OFFICER, submitted.id());
        assertThatThrownBy(() -> inspections.conclude(COUNTY_OFFICER, submitted.id(), InspectionAction.FAIL, " ",
                LocalDate.now().minusDays(1))).isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.field())
                                .containsExactly("rectificationOpinion", "rectificationDue"));
        assertThat(inspections.get(COUNTY_OFFICER, submitted.id()).status()).isEqualTo(InspectionStatus.REVIEWED);

        AnnualInspection failed = inspections.conclude(COUNTY_OFFICER, submitted.id(), InspectionAction.FAIL,
                "财务制度不健全，请完善会计核算", LocalDate.now().plusDays(30));
        assertThat(failed.status()).isEqualTo(InspectionStatus.FAILED);
        assertThat(failed.rectificationOpinion()).isEqualTo("财务制度不健全，请完善会计核算");
        assertThatThrownBy(() -> inspections.review(COUNTY_OFFICER, submitted.id()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(organizations.timeline(COUNTY_OFFICER, org.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(e -> e.action())
                .contains("annual-inspection.submitted", "annual-inspection.reviewed", "annual-inspection.concluded");
    }

    @Test
    void sweepListsMissingReportsAndOverdueRectificationsAndCuresTakeThemOff() {
        Organization silent = registered("430121105000");
        Organization late = registered("430121105000");
        AnnualInspection inspection = inspections.submit(COUNTY_OFFICER, late.id(), LAST_YEAR, null);
        inspections.review(COUNTY_OFFICER, inspection.id());
        inspections.conclude(COUNTY_OFFICER, inspection.id(), InspectionAction.BASIC_PASS, "换届逾期，请尽快换届",
                LocalDate.now().plusDays(10));
        // Time passes: the due date is now behind us.
        jdbc.sql("UPDATE annual_inspection SET rectification_due = :due WHERE id = :id")
                .param("due", java.sql.Date.valueOf(LocalDate.now().minusDays(5))).param("id", inspection.id())
                .update();
        assertThat(inspections.overdueRectifications(COUNTY_OFFICER, null, PageRequest.FIRST).items()).extracting(AnnualInspection::id)
                .contains(inspection.id());

        AbnormalListService.SweepResult sweep = abnormalList.sweep(COUNTY_OFFICER, LAST_YEAR);
        assertThat(sweep.noAnnualReport()).extracting(l -> l.organizationId()).contains(silent.id())
                .doesNotContain(late.id());
        assertThat(sweep.overdueRectification()).extracting(l -> l.organizationId()).contains(late.id());
        assertThat(abnormalList.sweep(COUNTY_OFFICER, LAST_YEAR).noAnnualReport()).isEmpty();
        assertThat(eligibility.check(COUNTY_OFFICER, silent.id())).satisfies(e -> {
            assertThat(e.onAbnormalList()).isTrue();
            assertThat(e.eligible()).isFalse();
            assertThat(e.reasons()).extracting(EligibilityService.Reason::reason)
                    .containsExactly(AbnormalReason.NO_ANNUAL_REPORT.name());
            assertThat(e.reasons()).extracting(EligibilityService.Reason::code)
                    .containsExactly("ABNORMAL_NO_ANNUAL_REPORT");
        });

        inspections.completeRectification(COUNTY_OFFICER, inspection.id(), LocalDate.now());
        assertThat(eligibility.check(COUNTY_OFFICER, late.id()).eligible()).isTrue();

        AnnualInspection catchUp = inspections.submit(COUNTY_OFFICER, silent.id(), LAST_YEAR, "补报");
        inspections.review(COUNTY_OFFICER, catchUp.id());
        assertThat(eligibility.check(COUNTY_OFFICER, silent.id()).onAbnormalList()).isTrue();
        inspections.conclude(COUNTY_OFFICER, catchUp.id(), InspectionAction.PASS, null, null);
        assertThat(eligibility.check(COUNTY_OFFICER, silent.id()).onAbnormalList()).isFalse();
        assertThat(abnormalList.ofOrganization(COUNTY_OFFICER, silent.id())).singleElement()
                .satisfies(l -> assertThat(l.removalReason()).isEqualTo("annual-inspection-passed"));
        assertThat(organizations.timeline(COUNTY_OFFICER, silent.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(e -> e.action())
                .contains("abnormal-list.listed", "abnormal-list.removed");
    }

    @Test
    void partyBuildingsOverdueBranchListsTheOrganizationAndItsCureWithdrawsIt() {
        Organization org = registered("430121002000");
        BranchFormationOverdue overdue = BranchFormationOverdue.newBuilder()
                .setOrganizationId(org.id().toString()).setOrganizationName(org.name())
                .setReason(OverdueBranchReason.PARTY_BRANCH_NOT_FORMED).setMemberCount(3)
                .setPartyCaseId(UUID.randomUUID().toString()).build();

        assertThat(inbox.receive(fromPartyBuilding(org, overdue))).isEqualTo(EventInbox.Outcome.PROCESSED);

        assertThat(abnormalList.ofOrganization(COUNTY_OFFICER, org.id())).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(AbnormalReason.REPORTED);
            assertThat(l.reference()).isEqualTo("PARTY_BRANCH_NOT_FORMED");
            assertThat(l.listedBy()).isEqualTo("party-building-service");
            assertThat(l.active()).isTrue();
        });

        BranchFormationCured cured = BranchFormationCured.newBuilder()
                .setOrganizationId(org.id().toString()).setOrganizationName(org.name())
                .setReason(OverdueBranchReason.PARTY_BRANCH_NOT_FORMED).setCure(BranchFormationCure.BRANCH_FORMED)
                .build();
        assertThat(inbox.receive(fromPartyBuilding(org, cured))).isEqualTo(EventInbox.Outcome.PROCESSED);

        assertThat(abnormalList.ofOrganization(COUNTY_OFFICER, org.id())).singleElement()
                .satisfies(l -> assertThat(l.active()).isFalse());
        assertThat(eligibility.check(COUNTY_OFFICER, org.id()).eligible()).isTrue();
    }

    private EventEnvelope fromPartyBuilding(Organization org, com.google.protobuf.Message payload) {
        return new EventEnvelope(UUID.randomUUID(), EventPayloads.typeOf(payload), java.time.Instant.now(),
                "party-building-service", org.jurisdiction().code(), org.id().toString(),
                EventPayloads.toJson(payload, json));
    }

    @Test
    void reportedReasonsComeOffWhenWithdrawnAndEligibilityHonoursScope() {
        Organization org = registered("430121002000");
        abnormalList.report(COUNTY_OFFICER, org.id(), "PARTY_BRANCH_NOT_FORMED", "3 名以上党员未建立党组织");
        assertThat(abnormalList.report(COUNTY_OFFICER, org.id(), "PARTY_BRANCH_NOT_FORMED", "again").reference())
                .isEqualTo("PARTY_BRANCH_NOT_FORMED");
        assertThat(eligibility.check(COUNTY_OFFICER, org.id()).reasons()).hasSize(1);

        abnormalList.withdraw(COUNTY_OFFICER, org.id(), "PARTY_BRANCH_NOT_FORMED");
        assertThat(eligibility.check(COUNTY_OFFICER, org.id()).eligible()).isTrue();
        CurrentUser langliHub = user("langli-hub", Role.HUB_OPERATOR, "430121004000", null);
        assertThatThrownBy(() -> eligibility.check(langliHub, org.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void organizationsInPreparationAreNotInspectedNorEligible() {
        Organization preparing = organizations.create(COUNTY_OFFICER, new OrganizationService.NewOrganization(
                "筹备中的协会" + UUID.randomUUID().toString().substring(0, 4), LegalForm.SOCIAL_GROUP, null,
                "430121001000", Category.PUBLIC_WELFARE, null, null)).organization();
        assertThatThrownBy(() -> inspections.submit(COUNTY_OFFICER, preparing.id(), LAST_YEAR, null))
                .isInstanceOf(ConflictException.class);
        assertThat(eligibility.check(COUNTY_OFFICER, preparing.id())).satisfies(e -> {
            assertThat(e.eligible()).isFalse();
            assertThat(e.reasons()).extracting(EligibilityService.Reason::code).containsExactly("NOT_REGISTERED");
        });
    }

    @Test
    void aCancelledOrganizationIsNotEligibleAndSaysWhy() {
        Organization org = registered("430121001000");
        organizations.cancel(COUNTY_OFFICER, org.id(), LocalDate.now());
        assertThat(eligibility.check(COUNTY_OFFICER, org.id())).satisfies(e -> {
            assertThat(e.eligible()).isFalse();
            assertThat(e.onAbnormalList()).isFalse();
            assertThat(e.reasons()).extracting(EligibilityService.Reason::code).containsExactly("CANCELLED");
        });
    }

    private Organization registered(String jurisdiction) {
        String code = UnifiedSocialCreditCode.withCheckCharacter(
                "51430121MJJ" + String.format("%06d", (int) (Math.random() * 1_000_000)));
        return organizations.create(COUNTY_OFFICER, new OrganizationService.NewOrganization(
                "年检测试协会" + UUID.randomUUID().toString().substring(0, 6), LegalForm.SOCIAL_GROUP, code,
                jurisdiction, Category.PUBLIC_WELFARE, null, LocalDate.of(LAST_YEAR - 1, 5, 1))).organization();
    }

    private static CurrentUser user(String name, Role role, String jurisdiction, UUID orgId) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)),
                Optional.ofNullable(orgId), Optional.empty());
    }
}
