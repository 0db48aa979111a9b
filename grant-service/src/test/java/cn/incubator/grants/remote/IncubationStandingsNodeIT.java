package cn.incubator.grants.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.support.FakeServices;
import cn.incubator.grants.support.GrantIT;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.rollup.CentralNodeDirectory;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.StandInDirectory;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

/**
 * 出壳 standings where the cases are: once the Xingsha street node (节点) runs incubation, a Xingsha organization's
 * graduation is asked of it (its cases moved there with the handover) and a Changsha-county one of the central
 * incubation, over real gRPC with the generated stubs: {@link GrantIT#SERVICES} plays the central incubation, a second
 * stand-in server the Xingsha node's. A node that is down fails the call as the central incubation being down does: a
 * 503 problem (retry later), naming the node, while the county's organizations are still answered.
 */
@Import(StandInDirectory.Central.class)
class IncubationStandingsNodeIT extends GrantIT {

    private static final FakeServices XINGSHA_INCUBATION = new FakeServices();
    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final Jurisdiction LANGLI = Jurisdiction.of("430121004000");

    @Autowired
    Standings standings;
    @Autowired
    CentralNodeDirectory directory;

    private final UUID xingshaGraduate = UUID.randomUUID();
    private final UUID xingshaInShell = UUID.randomUUID();
    private final UUID langliGraduate = UUID.randomUUID();
    private final Map<UUID, Jurisdiction> applicants = new LinkedHashMap<>();

    @BeforeEach
    void standings() {
        // a ranking runs as the county officer, whose token goes with every call
        Callers.on(Callers.COUNTY_OFFICER);
        // the central incubation still answers for the Xingsha organization as before the handover (stale)
        SERVICES.graduated.put(xingshaGraduate.toString(), false);
        SERVICES.graduated.put(langliGraduate.toString(), true);
        XINGSHA_INCUBATION.graduated.put(xingshaGraduate.toString(), true);
        XINGSHA_INCUBATION.graduated.put(xingshaInShell.toString(), false);
        applicants.put(xingshaGraduate, XINGSHA);
        applicants.put(langliGraduate, LANGLI);
        // a community (社区) of Xingsha street: inside the node's subtree too
        applicants.put(xingshaInShell, Jurisdiction.of("430121001002"));
        SERVICES.standingsAsked.clear();
        XINGSHA_INCUBATION.standingsAsked.clear();
    }

    @AfterEach
    void noNodes() {
        StandInDirectory.Central.register(directory);
    }

    private void xingshaRunsIncubationAt(String endpoint) {
        StandInDirectory.Central.register(directory, new StandInDirectory.Central.Entry("xingsha", XINGSHA.code(),
                Map.of(), Map.of("incubation", endpoint)));
    }

    @Test
    void withoutNodesTheCentralIncubationAnswersForEveryone() {
        assertThat(standings.graduated(applicants)).containsExactly(langliGraduate);
        assertThat(SERVICES.standingsAsked).hasSize(1);
        assertThat(XINGSHA_INCUBATION.standingsAsked).isEmpty();
    }

    @Test
    void aXingshaOrganizationIsAskedOfTheXingshaNodeAndACountyOneOfTheCentralIncubation() {
        xingshaRunsIncubationAt(XINGSHA_INCUBATION.endpoint());

        assertThat(standings.graduated(applicants)).containsExactlyInAnyOrder(xingshaGraduate, langliGraduate);
        assertThat(XINGSHA_INCUBATION.standingsAsked).containsExactly(
                List.of(xingshaGraduate.toString(), xingshaInShell.toString()));
        assertThat(SERVICES.standingsAsked).containsExactly(List.of(langliGraduate.toString()));

        // one channel per endpoint, kept for the next ranking
        standings.graduated(Map.of(xingshaGraduate, XINGSHA));
        assertThat(XINGSHA_INCUBATION.standingsAsked).hasSize(2);
        assertThat(standings.incubationNodes().targets()).contains("static://" + XINGSHA_INCUBATION.endpoint());
    }

    @Test
    void aNodeThatIsDownFailsTheCallAsTheCentralIncubationDoesNamingTheNode() throws Exception {
        String dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = "localhost:" + socket.getLocalPort();
        }
        xingshaRunsIncubationAt(dead);

        assertThatThrownBy(() -> standings.graduated(applicants))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.slug()).isEqualTo("dependency-unavailable");
                    assertThat(e.args()).containsExactly("incubation@xingsha");
                    assertThat(e.properties()).containsEntry("retryable", true);
                });
        // the county's organizations are still answered by the central incubation, its breaker untouched
        assertThat(standings.graduated(Map.of(langliGraduate, LANGLI))).containsExactly(langliGraduate);
    }
}
