package cn.incubator.incubation.hub;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.XINGSHA_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.incubation.evaluation.Evaluation;
import cn.incubator.incubation.evaluation.EvaluationKind;
import cn.incubator.incubation.evaluation.EvaluationService;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.problem.ProblemException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Street hubs in Changsha County: staffing, filing figures, hub evaluation, coverage of the county's 18 streets. */
class HubServiceIT extends IncubationIT {

    private static final Jurisdiction CHANGSHA_COUNTY = Jurisdiction.of("430121000000");

    @Autowired
    HubService hubs;

    @Autowired
    EvaluationService evaluations;

    @Test
    void hubsAreRegisteredOnePerStreetEvaluatedWithTheHubRubricAndCountedForCoverage() {
        StreetHub xingsha = hubs.register(on(COUNTY_OFFICER), hub("长沙县星沙街道社区社会组织联合会", "430121001000"));
        hubs.register(on(COUNTY_OFFICER), hub("长沙县黄花镇社区社会组织服务中心", "430121105000"));
        REGISTRY.street("430121001000", 96, 4);
        REGISTRY.street("430121004000", 81, 2);

        assertThat(xingsha.baseSpecialist()).isEqualTo("周敏");
        assertThat(json.writeValueAsString(xingsha)).as("the street is written in the platform's jurisdiction shape")
                .contains("\"street\":{\"code\":\"430121001000\",\"name\":\"星沙街道\"");
        assertThat(xingsha.backOfficeResources()).isEqualTo(3);
        assertThatThrownBy(() -> hubs.register(on(COUNTY_OFFICER), hub("星沙第二枢纽", "430121001000")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("hub-exists"));

        HubService.Coverage coverage = hubs.coverage(COUNTY_OFFICER, CHANGSHA_COUNTY);
        assertThat(coverage.streets()).isEqualTo(18);
        assertThat(coverage.streetsWithHub()).isEqualTo(2);
        assertThat(coverage.coveragePercent()).isEqualByComparingTo("11.11");
        assertThat(coverage.communityOrganizationsFiled()).as("counted in the registry").isEqualTo(177);
        assertThat(coverage.registeredOrganizations()).isEqualTo(6);
        assertThat(coverage.byStreet()).hasSize(18).filteredOn(s -> s.street().code().equals("430121001000"))
                .singleElement().satisfies(s -> {
                    assertThat(s.hub()).isEqualTo("长沙县星沙街道社区社会组织联合会");
                    assertThat(s.communityOrganizationsFiled()).isEqualTo(96);
                });
        assertThat(coverage.byStreet()).filteredOn(s -> s.street().code().equals("430121004000")).singleElement()
                .satisfies(s -> assertThat(s.hub()).isNull());
        assertThat(REGISTRY.tokens).last().isEqualTo("Bearer token-of-county-officer");
        assertThat(coverage.streetsWithoutHub()).hasSize(16).contains("㮾梨街道").doesNotContain("星沙街道");

        Evaluation evaluation = hubs.evaluate(COUNTY_OFFICER, xingsha.id());
        assertThat(evaluation.kind()).isEqualTo(EvaluationKind.HUB);
        assertThat(evaluations.view(COUNTY_OFFICER, evaluation.id()).rubric().code()).isEqualTo("hub-organization");

        assertThat(hubs.get(XINGSHA_HUB, xingsha.id()).organizationName()).isEqualTo("长沙县星沙街道社区社会组织联合会");
        assertThatThrownBy(() -> hubs.get(LANGLI_HUB, xingsha.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> hubs.coverage(LANGLI_HUB, CHANGSHA_COUNTY)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHubMustBeInItsStreetAndTheStreetInTheCallersScope() {
        assertThatThrownBy(() -> hubs.register(on(COUNTY_OFFICER), new HubService.NewHub(
                organization("长沙县泉塘街道某协会", "430121002000"), "430121003000", "周敏", "刘洋", 1, null)))
                .isInstanceOf(FieldProblemException.class);
        assertThatThrownBy(() -> hubs.register(on(LANGLI_HUB), hub("星沙越界枢纽", "430121001000")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> hubs.register(on(COUNTY_OFFICER), hub("县级枢纽", "430121000000")))
                .isInstanceOf(FieldProblemException.class);
    }

    private HubService.NewHub hub(String name, String street) {
        return new HubService.NewHub(organization(name, street), street, "周敏", "刘洋", 3, "社工督导、法律顾问、财务代账");
    }

    private static UUID organization(String name, String jurisdiction) {
        UUID id = UUID.randomUUID();
        REGISTRY.organization(id, name, jurisdiction, "REGISTERED");
        return id;
    }
}
