package cn.incubator.incubation.cases;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.XINGSHA_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.base.ZoneKind;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.transition.IllegalTransitionException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;

/** Applications, stage changes and workstations against a real PostgreSQL and a registry on the real contract. */
class CaseServiceIT extends IncubationIT {

    @Autowired
    CaseService cases;

    @Autowired
    BaseService bases;

    @Autowired
    ApplicationEvents events;

    @Autowired
    CaseExportController export;

    private Base base;

    @BeforeEach
    void countyBaseWithZones() {
        on(COUNTY_OFFICER);
        base = bases.create(COUNTY_OFFICER, "长沙县社会组织孵化基地" + UUID.randomUUID().toString().substring(0, 4),
                "430121000000", "湖南乐创公益慈善发展中心");
        bases.addZone(COUNTY_OFFICER, base.id(), ZoneKind.INCUBATION, "孵化区", 3, "F");
        bases.addZone(COUNTY_OFFICER, base.id(), ZoneKind.RESIDENT, "入驻区", 2, "R");
        bases.addZone(COUNTY_OFFICER, base.id(), ZoneKind.EXHIBITION, "展示区", 0, "E");
        REGISTRY.delayMillis = 0;
    }

    @Test
    void registeredOrganizationAppliesWithTheCallersTokenAndTheApplicationIsPublished() {
        UUID org = registered("星沙街道阳光养老服务中心", "430121001000");

        IncubationCase applied = cases.apply(on(XINGSHA_HUB), incubation(org));

        assertThat(applied.stage()).isEqualTo(Stage.APPLIED);
        assertThat(applied.organizationName()).isEqualTo("星沙街道阳光养老服务中心");
        assertThat(REGISTRY.tokens).last().isEqualTo("Bearer token-of-xingsha-hub");
        assertThat(cases.timeline(COUNTY_OFFICER, applied.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .containsExactly("case.applied");
        assertThat(events.stream(EventEnvelope.class).filter(e -> e.subjectId().equals(org.toString())))
                .extracting(EventEnvelope::type)
                .containsExactly("cn.incubator.incubation.events.v1.ApplicationSubmitted");
    }

    @Test
    void registrySlowerThanTheDeadlineGivesARetryable503AndNothingIsStored() {
        UUID org = registered("星沙街道书法协会", "430121001000");
        long before = count();
        REGISTRY.delayMillis = 4_000;

        assertThatThrownBy(() -> cases.apply(on(XINGSHA_HUB), incubation(org)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.slug()).isEqualTo("dependency-unavailable");
                    assertThat(e.properties()).containsEntry("retryable", true);
                });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void cancelledOrganizationIsNotEligibleAndOneInPreparationOnlyForTheIncubationZone() {
        UUID cancelled = UUID.randomUUID();
        REGISTRY.organization(cancelled, "已注销的协会", "430121001000", "CANCELLED", "CANCELLED");
        assertThatThrownBy(() -> cases.apply(on(XINGSHA_HUB), incubation(cancelled)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("not-eligible"));

        UUID preparing = UUID.randomUUID();
        REGISTRY.organization(preparing, "星沙街道筹建中的志愿队", "430121001000", "IN_PREPARATION", "NOT_REGISTERED");
        assertThatThrownBy(() -> cases.apply(on(XINGSHA_HUB), resident(preparing)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("not-eligible"));
        assertThat(cases.apply(on(XINGSHA_HUB), incubation(preparing)).stage()).isEqualTo(Stage.APPLIED);
    }

    @Test
    void teamInPreparationGetsARegistryRecordFirst() {
        IncubationCase applied = cases.apply(on(XINGSHA_HUB), new CaseService.NewApplication(Track.INCUBATION,
                base.id(), null, new CaseService.NewTeam("星沙街道银龄互助队", "COMMUNITY_ORGANIZATION", "430121001000",
                        "COMMUNITY_SERVICE"), "社区推荐"));

        assertThat(applied.organizationName()).isEqualTo("星沙街道银龄互助队");
        assertThat(REGISTRY.createdOrganizations).last().asString().contains("星沙街道银龄互助队");
        assertThat(REGISTRY.organizations).containsKey(applied.organizationId().toString());
        assertThat(REGISTRY.tokens).last().isEqualTo("Bearer token-of-xingsha-hub");
    }

    @Test
    void aTeamWhoseCaseCannotBeStoredLeavesNoRecordInTheRegistry() {
        // The database refuses this team's case, as it would on any failure after the registry call.
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION refuse_test_case() RETURNS trigger AS $$
                BEGIN
                    IF NEW.organization_name = '星沙街道存不下的互助队' THEN
                        RAISE EXCEPTION 'case store failed';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER refuse_test_case BEFORE INSERT ON incubation_case FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_test_case()").update();
        long before = count();
        int recordedBefore = REGISTRY.createdOrganizations.size();
        try {
            assertThatThrownBy(() -> cases.apply(on(XINGSHA_HUB), new CaseService.NewApplication(Track.INCUBATION,
                    base.id(), null, new CaseService.NewTeam("星沙街道存不下的互助队", "COMMUNITY_ORGANIZATION",
                            "430121001000", "COMMUNITY_SERVICE"), null)))
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);
        } finally {
            jdbc.sql("DROP TRIGGER refuse_test_case ON incubation_case").update();
        }

        assertThat(REGISTRY.createdOrganizations).hasSize(recordedBefore + 1);
        String recordedId = REGISTRY.deletedOrganizations.get(REGISTRY.deletedOrganizations.size() - 1);
        assertThat(REGISTRY.organizations).doesNotContainKey(recordedId);
        assertThat(REGISTRY.organizations.values()).noneMatch(body -> body.contains("星沙街道存不下的互助队"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anotherStreetCannotSeeOrMoveTheCase() {
        IncubationCase applied = cases.apply(on(XINGSHA_HUB),
                incubation(registered("星沙街道邻里互助队", "430121001000")));

        assertThatThrownBy(() -> cases.get(LANGLI_HUB, applied.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.perform(LANGLI_HUB, applied.id(), CaseAction.START_INSPECTION, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.apply(on(LANGLI_HUB), incubation(registered("星沙另一协会", "430121001000"))))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void anApplicantWithdrawsItsOwnCaseButMovesNothingElse() {
        UUID org = registered("星沙街道亲子阅读会", "430121001000");
        CurrentUser applicant = Callers.orgAdmin("reading-admin", org, "430121001000");
        IncubationCase own = cases.apply(on(applicant), incubation(org));
        IncubationCase other = cases.apply(on(XINGSHA_HUB), incubation(registered("星沙街道棋艺社", "430121001000")));

        assertThatThrownBy(() -> cases.perform(applicant, own.id(), CaseAction.START_INSPECTION, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.slug()).isEqualTo("permission-denied");
                });
        assertThatThrownBy(() -> cases.perform(applicant, other.id(), CaseAction.WITHDRAW, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(cases.perform(applicant, own.id(), CaseAction.WITHDRAW, "团队解散").stage())
                .isEqualTo(Stage.WITHDRAWN);
    }

    @Test
    void anOrganizationAccountAppliesForItsOwnOrganizationOnlyAndIsToldSo() {
        UUID org = registered("星沙街道编织社", "430121001000");
        CurrentUser applicant = Callers.orgAdmin("knit-admin", org, "430121001000");
        int recordedBefore = REGISTRY.createdOrganizations.size();

        assertThatThrownBy(() -> cases.apply(on(applicant), new CaseService.NewApplication(Track.INCUBATION,
                base.id(), null, new CaseService.NewTeam("星沙街道新编织队", "COMMUNITY_ORGANIZATION", "430121001000",
                        "COMMUNITY_SERVICE"), null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.slug()).isEqualTo("team-applied-by-staff");
                });
        assertThat(REGISTRY.createdOrganizations).as("nothing recorded in the registry").hasSize(recordedBefore);
        UUID neighbour = registered("星沙街道剪纸社", "430121001000");
        assertThatThrownBy(() -> cases.apply(on(applicant), incubation(neighbour)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.slug()).isEqualTo("own-organization-only");
                });
        assertThat(cases.apply(on(applicant), incubation(org)).stage()).isEqualTo(Stage.APPLIED);
    }

    @Test
    void allowedActionsAreWhatThisCallerMayDoNowAndNeverAPanelDecision() {
        UUID org = registered("星沙街道竹编社", "430121001000");
        CurrentUser applicant = Callers.orgAdmin("bamboo-admin", org, "430121001000");
        IncubationCase applied = cases.apply(on(XINGSHA_HUB), incubation(org));

        assertThat(cases.actionsFor(XINGSHA_HUB, applied, false)).containsExactly(CaseAction.START_INSPECTION,
                CaseAction.REJECT, CaseAction.WITHDRAW);
        assertThat(cases.actionsFor(applicant, applied, false)).containsExactly(CaseAction.WITHDRAW);
        assertThat(cases.actionsFor(Callers.EXPERT, applied, false)).isEmpty();
        assertThat(cases.actionsFor(LANGLI_HUB, applied, false)).as("out of scope").isEmpty();

        cases.perform(XINGSHA_HUB, applied.id(), CaseAction.START_INSPECTION, null);
        IncubationCase evaluating = cases.perform(XINGSHA_HUB, applied.id(),
                CaseAction.REQUEST_ADMISSION_EVALUATION, null);
        assertThat(evaluating.allowedActions()).as("the table").contains(CaseAction.ADMIT);
        assertThat(cases.actionsFor(COUNTY_OFFICER, evaluating, false)).as("admission is the panel's")
                .containsExactly(CaseAction.REJECT, CaseAction.WITHDRAW);
        assertThat(cases.actionsFor(COUNTY_OFFICER, evaluating, true)).isEmpty();
    }

    @Test
    void illegalTransitionIsRefusedWithTheCurrentStageAndNothingChanges() {
        IncubationCase applied = cases.apply(on(XINGSHA_HUB), incubation(registered("星沙街道舞蹈队", "430121001000")));

        assertThatThrownBy(() -> cases.perform(XINGSHA_HUB, applied.id(), CaseAction.START_FOLLOW_UP, null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(Stage.APPLIED);
                    assertThat(e.allowedActions()).containsExactly(CaseAction.START_INSPECTION, CaseAction.REJECT,
                            CaseAction.WITHDRAW);
                });
        assertThatThrownBy(() -> cases.perform(XINGSHA_HUB, applied.id(), CaseAction.ADMIT, null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("decided-by-panel"));
        assertThat(cases.get(XINGSHA_HUB, applied.id()).stage()).isEqualTo(Stage.APPLIED);
        assertThat(cases.timeline(XINGSHA_HUB, applied.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).hasSize(1);
    }

    @Test
    void residentGetsAWorkstationNeverDoubleAllocatedAndReleasedOnExit() {
        IncubationCase first = admitResident(registered("长沙县星沙街道社区社会组织联合会", "430121001000"));
        IncubationCase second = admitResident(registered("长沙县㮾梨街道龙舟协会", "430121004000"));
        IncubationCase inspecting = cases.perform(XINGSHA_HUB, cases.apply(on(XINGSHA_HUB),
                incubation(registered("星沙街道合唱团", "430121001000"))).id(), CaseAction.START_INSPECTION, null);

        Allocation held = cases.allocate(COUNTY_OFFICER, first.id(), null);
        assertThat(held.workstationCode()).isEqualTo("R-001");
        assertThatThrownBy(() -> cases.allocate(COUNTY_OFFICER, second.id(), held.workstationId()))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("workstation-taken"));
        assertThatThrownBy(() -> cases.allocate(COUNTY_OFFICER, inspecting.id(), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("not-admitted"));
        assertThatThrownBy(() -> cases.allocate(XINGSHA_HUB, first.id(), null))
                .as("a street hub does not run the county base").isInstanceOf(OutOfScopeException.class);
        assertThat(cases.allocate(COUNTY_OFFICER, second.id(), null).workstationCode()).isEqualTo("R-002");
        assertThat(occupied(ZoneKind.RESIDENT)).isEqualTo(2);

        IncubationCase exited = cases.perform(COUNTY_OFFICER, first.id(), CaseAction.EXIT, "迁往新址");

        assertThat(exited.stage()).isEqualTo(Stage.EXITED);
        assertThat(occupied(ZoneKind.RESIDENT)).isEqualTo(1);
        java.util.UUID residentZone = bases.occupancy(COUNTY_OFFICER, base.id()).stream()
                .filter(z -> z.kind() == ZoneKind.RESIDENT).findFirst().orElseThrow().zoneId();
        assertThat(cases.zonePlan(COUNTY_OFFICER, residentZone))
                .as("the zone plan shows the freed workstation and the held one with its holder")
                .extracting(PlannedWorkstation::code, PlannedWorkstation::occupied,
                        w -> w.holder() == null ? null : w.holder().organizationName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R-001", false, null),
                        org.assertj.core.groups.Tuple.tuple("R-002", true, "长沙县㮾梨街道龙舟协会"));
        assertThat(cases.timeline(COUNTY_OFFICER, first.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action).containsExactly(
                "case.applied", "case.admit-resident", "workstation.allocated", "workstation.released", "case.exit");
        assertThat(events.stream(EventEnvelope.class).filter(e -> e.subjectId().equals(first.organizationId().toString())))
                .extracting(EventEnvelope::type).containsExactly(
                        "cn.incubator.incubation.events.v1.ApplicationSubmitted",
                        "cn.incubator.incubation.events.v1.OrganizationAdmitted",
                        "cn.incubator.incubation.events.v1.OrganizationExited");
    }

    @Test
    void theDatabaseRefusesASecondOpenAllocationOfAWorkstation() {
        IncubationCase first = admitResident(registered("星沙街道书画院", "430121001000"));
        IncubationCase second = admitResident(registered("星沙街道篮球协会", "430121001000"));
        Allocation held = cases.allocate(COUNTY_OFFICER, first.id(), null);

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO workstation_allocation (id, workstation_id, case_id, allocated_at)
                VALUES (:id, :w, :c, now())""").param("id", UUID.randomUUID()).param("w", held.workstationId())
                .param("c", second.id()).update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void theTimelineVerifiesUntilAnEntryIsAlteredBehindTheServicesBack() {
        IncubationCase c = admitResident(registered("星沙街道诗词学会", "430121001000"));
        cases.allocate(COUNTY_OFFICER, c.id(), null);

        assertThat(cases.verifyTimeline(COUNTY_OFFICER, c.id()).intact()).isTrue();
        assertThat(cases.verifyTimeline(COUNTY_OFFICER, c.id()).entries()).isEqualTo(3);

        UUID admission = cases.timeline(COUNTY_OFFICER, c.id(), cn.incubator.platform.paging.PageRequest.first(200)).items().get(1).id();
        jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = :id").param("id", admission).update();

        assertThat(cases.verifyTimeline(COUNTY_OFFICER, c.id()).intact()).isFalse();
        assertThat(cases.verifyTimeline(COUNTY_OFFICER, c.id()).firstBroken()).isEqualTo(admission);
        assertThatThrownBy(() -> cases.verifyTimeline(LANGLI_HUB, c.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void teamsCannotTakeTheResidentTrack() {
        assertThatThrownBy(() -> cases.apply(on(XINGSHA_HUB), new CaseService.NewApplication(Track.RESIDENT,
                base.id(), null, new CaseService.NewTeam("星沙街道新团队", "SOCIAL_GROUP", "430121001000",
                        "COMMUNITY_SERVICE"), null))).isInstanceOf(FieldProblemException.class);
    }

    private IncubationCase admitResident(UUID org) {
        IncubationCase applied = cases.apply(on(COUNTY_OFFICER), resident(org));
        return cases.perform(COUNTY_OFFICER, applied.id(), CaseAction.ADMIT_RESIDENT, "入驻评审通过");
    }

    private int occupied(ZoneKind kind) {
        return bases.occupancy(COUNTY_OFFICER, base.id()).stream().filter(z -> z.kind() == kind)
                .mapToInt(z -> z.occupied()).sum();
    }

    @Test
    void theBoardsExportHoldsTheCallersCasesOnly() throws java.io.IOException {
        IncubationCase xingsha = cases.apply(on(XINGSHA_HUB), incubation(registered("星沙街道导出测试社", "430121001000")));
        IncubationCase langli = cases.apply(on(LANGLI_HUB), incubation(registered("榔梨街道导出测试社", "430121004000")));

        var answer = export.export(on(LANGLI_HUB), null, Track.INCUBATION, base.id(),
                new org.springframework.mock.web.MockHttpServletRequest(),
                new org.springframework.mock.web.MockHttpServletResponse());

        assertThat(answer.getHeaders().getContentType()).hasToString(cn.incubator.platform.export.Downloads.XLSX);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(answer.getBody()))) {
            var sheet = workbook.getSheetAt(0);
            java.util.List<String> ids = new java.util.ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                ids.add(sheet.getRow(row).getCell(9).getStringCellValue());
                assertThat(sheet.getRow(row).getCell(2).getStringCellValue()).isEqualTo("项目申请");
            }
            assertThat(ids).contains(langli.id().toString()).doesNotContain(xingsha.id().toString());
        }
    }

    private UUID registered(String name, String jurisdiction) {
        UUID id = UUID.randomUUID();
        REGISTRY.organization(id, name, jurisdiction, "REGISTERED");
        return id;
    }

    private CaseService.NewApplication incubation(UUID org) {
        return new CaseService.NewApplication(Track.INCUBATION, base.id(), org, null, null);
    }

    private CaseService.NewApplication resident(UUID org) {
        return new CaseService.NewApplication(Track.RESIDENT, base.id(), org, null, null);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM incubation_case").query(Long.class).single();
    }
}
