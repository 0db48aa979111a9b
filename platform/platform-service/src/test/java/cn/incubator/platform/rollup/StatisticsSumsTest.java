package cn.incubator.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.contracts.platform.v1.IncubationPipeline;
import cn.incubator.contracts.platform.v1.PartyCoverage;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.contracts.platform.v1.TrainingFigures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsSumsTest {

    @Test
    void casesByStageAreSummedStageByStageAndTheOtherSectionsFieldByField() {
        Statistics central = Statistics.newBuilder()
                .setIncubation(IncubationPipeline.newBuilder().putCasesByStage("IN_SHELL", 12)
                        .putCasesByStage("APPLIED", 3))
                .setParty(PartyCoverage.newBuilder().setOrganizations(40).setWithPartyOrganization(30)
                        .setWithInstructor(35).setMembers(120).setBranches(4).setJointBranches(7)
                        .setJointCommittees(1).setInstructors(6))
                .setTraining(TrainingFigures.newBuilder().setSessions(15).setPersonTimes(1_230))
                .build();
        Statistics street = Statistics.newBuilder()
                .setIncubation(IncubationPipeline.newBuilder().putCasesByStage("IN_SHELL", 2)
                        .putCasesByStage("GRADUATED", 5))
                .setParty(PartyCoverage.newBuilder().setOrganizations(5).setWithPartyOrganization(2)
                        .setWithInstructor(5).setMembers(9).setBranches(1).setJointBranches(1).setInstructors(1))
                .setTraining(TrainingFigures.newBuilder().setSessions(2).setPersonTimes(80))
                .build();

        Statistics sum = StatisticsSums.add(StatisticsSums.add(StatisticsSums.zero(), central), street);

        assertThat(sum.getIncubation().getCasesByStageMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of("IN_SHELL", 14L, "APPLIED", 3L, "GRADUATED", 5L));
        PartyCoverage party = sum.getParty();
        assertThat(new long[] {party.getOrganizations(), party.getWithPartyOrganization(), party.getWithInstructor(),
                party.getMembers(), party.getBranches(), party.getJointBranches(), party.getJointCommittees(),
                party.getInstructors()}).containsExactly(45, 32, 40, 129, 5, 8, 1, 7);
        assertThat(sum.getTraining().getSessions()).isEqualTo(17);
        assertThat(sum.getTraining().getPersonTimes()).isEqualTo(1_310);
        assertThat(StatisticsSums.add(central, street)).as("the order of the nodes does not matter")
                .isEqualTo(StatisticsSums.add(street, central));
    }
}
