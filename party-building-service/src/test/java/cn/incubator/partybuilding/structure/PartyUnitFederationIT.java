package cn.incubator.partybuilding.structure;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.partybuilding.support.FederationIT;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.StandInNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 跨节点党组织架构: the county officer's party structure, whose county holds a Xingsha street node (a stand-in
 * answering as party-building would), is one tree. The county's joint committee is on both nodes (copied above the
 * street in the handover): it is one root with the branches of both and the organizations counted on both; a root
 * only the node holds comes among this node's roots in the list's order; a dead node is named and left out.
 */
class PartyUnitFederationIT extends FederationIT {

    private static final String UNITS = "/api/party-building/v1/units";

    @Autowired
    PartyUnitController controller;
    @Autowired
    PartyUnitService units;

    private final List<UUID> created = new ArrayList<>();
    private PartyUnit committee;
    private PartyUnit langliBranch;
    private PartyUnitService.TreeNode xingshaBranch;
    private PartyUnitService.TreeNode committeeOnTheNode;
    private PartyUnitService.TreeNode xingshaCommittee;
    private StandInNode xingsha;

    @BeforeEach
    void structure() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        committee = create(new PartyUnitService.NewUnit(UnitKind.JOINT_COMMITTEE, "跨节点测试联合党委" + suffix, null,
                "430121000000", CoverageForm.AREA, null, "长沙县社会组织孵化基地", null));
        langliBranch = create(new PartyUnitService.NewUnit(UnitKind.JOINT_BRANCH, "㮾梨街道联合党支部" + suffix,
                committee.id(), "430121004000", CoverageForm.AREA, null, "㮾梨街道孵化中心", null));
        Instant at = Instant.parse("2026-10-01T02:00:00Z");
        xingshaBranch = new PartyUnitService.TreeNode(new PartyUnit(UUID.randomUUID(), UnitKind.JOINT_BRANCH,
                "星沙街道联合党支部" + suffix, committee.id(), "430121001000", CoverageForm.AREA, null, "星沙街道孵化中心",
                null, LocalDate.of(2026, 9, 1), at), 3, List.of());
        // the node's copy of the committee, with the branch that moved there
        committeeOnTheNode = new PartyUnitService.TreeNode(committee, 0, List.of(xingshaBranch));
        // a root only the node holds: its name, in digits, before every Chinese name of its kind and place
        xingshaCommittee = new PartyUnitService.TreeNode(new PartyUnit(UUID.randomUUID(), UnitKind.JOINT_COMMITTEE,
                "0001 星沙街道联合党委", null, "430121001000", CoverageForm.INDUSTRY, "养老服务", "星沙街道", null, null, at), 0,
                List.of());
        List<PartyUnitService.TreeNode> held = new ArrayList<>(List.of(committeeOnTheNode, xingshaCommittee));
        xingsha = StandInNode.start("xingsha", "430121001000", json).holds(UNITS, held);
    }

    private PartyUnit create(PartyUnitService.NewUnit unit) {
        PartyUnit created = units.create(COUNTY_OFFICER, unit);
        this.created.add(0, created.id());
        return created;
    }

    @AfterEach
    void stopTheNode() {
        xingsha.close();
        created.forEach(id -> jdbc.sql("DELETE FROM party_unit WHERE id = :id").param("id", id).update());
    }

    private Page<PartyUnitService.TreeNode> tree(PageRequest page, MockHttpServletResponse response) {
        return controller.tree(COUNTY_OFFICER, null, page, StandInNode.request(UNITS, page), response);
    }

    @Test
    void theCountysTreeIsOneTreeOfBothNodes() {
        NODES.serve("party-building", xingsha.endpoint());
        List<PartyUnitService.TreeNode> own = units.tree(COUNTY_OFFICER, null);
        assertThat(own).extracting(node -> node.unit().id()).contains(committee.id());

        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<PartyUnitService.TreeNode> answer = tree(new PageRequest(0, PageRequest.MAX_SIZE), response);
        assertThat(response.getHeader("Incubator-Partial")).isNull();
        assertThat(answer.total()).as("the committee on both nodes is one root").isEqualTo(own.size() + 1);

        // the roots: this node's in their order, the node's own root after those of a kind and place before it
        List<UUID> expected = StandInNode.merged(own, List.of(xingshaCommittee), (local, node) -> {
            int kind = local.unit().kind().name().compareTo(node.unit().kind().name());
            return kind < 0 || kind == 0 && local.unit().jurisdictionCode().compareTo(node.unit().jurisdictionCode()) < 0;
        }).stream().map(node -> node.unit().id()).toList();
        assertThat(answer.items()).extracting(node -> node.unit().id()).containsExactlyElementsOf(expected);
        assertThat(answer.items()).filteredOn(node -> node.unit().id().equals(xingshaCommittee.unit().id()))
                .containsExactly(xingshaCommittee);

        // the committee: this node's unit, the branches of both in the tree's order (Xingsha before Langli)
        PartyUnitService.TreeNode merged = answer.items().stream()
                .filter(node -> node.unit().id().equals(committee.id())).findFirst().orElseThrow();
        assertThat(merged.unit()).isEqualTo(own.stream().filter(node -> node.unit().id().equals(committee.id()))
                .findFirst().orElseThrow().unit());
        assertThat(merged.children()).extracting(node -> node.unit().id())
                .containsExactly(xingshaBranch.unit().id(), langliBranch.id());
        assertThat(merged.children().get(0)).isEqualTo(xingshaBranch);
        assertThat(merged.children().get(0).organizations()).isEqualTo(3);
    }

    @Test
    void aUnitOnTwoNodesCountsTheOrganizationsOfBoth() {
        PartyUnitService.TreeNode central = new PartyUnitService.TreeNode(langliBranch, 2, List.of());
        PartyUnitService.TreeNode copy = new PartyUnitService.TreeNode(langliBranch, 3, List.of());
        assertThat(PartyUnitService.combined(central, copy).organizations()).isEqualTo(5);
        PartyUnit own = new PartyUnit(UUID.randomUUID(), UnitKind.BRANCH, "某协会党支部", committee.id(),
                "430121001000", null, null, null, UUID.randomUUID(), null, null);
        assertThat(PartyUnitService.combined(new PartyUnitService.TreeNode(own, 1, List.of()),
                new PartyUnitService.TreeNode(own, 1, List.of())).organizations()).as("an own branch is one")
                .isEqualTo(1);
    }

    @Test
    void aDeadNodeIsNamedAndLeftOutAndTheRestIsAnswered() {
        NODES.serve("party-building", StandInNode.dead("xingsha", "430121001000"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<PartyUnitService.TreeNode> answer = tree(new PageRequest(0, 20), response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        assertThat(answer).isEqualTo(Page.slice(units.tree(COUNTY_OFFICER, null), new PageRequest(0, 20)));
    }
}
