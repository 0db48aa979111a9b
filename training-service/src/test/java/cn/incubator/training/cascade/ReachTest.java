package cn.incubator.training.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reach tree: central sessions, streets with the versions they ran, and the streets that have not run it. */
class ReachTest {

    private static final UUID COURSE = UUID.randomUUID();
    private static final Jurisdiction COUNTY = Jurisdiction.of("430121000000");
    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final Jurisdiction QUANTANG = Jurisdiction.of("430121002000");
    private static final Jurisdiction LANGLI = Jurisdiction.of("430121004000");
    private static final Jurisdiction XINGSHA_COMMUNITY = Jurisdiction.of("430121001001");
    private static final UUID V1 = UUID.randomUUID();
    private static final UUID V2 = UUID.randomUUID();

    private static Reach.SessionRun run(Jurisdiction where, UUID version, String label, long personTimes) {
        Instant released = version == null ? null : version.equals(V1) ? Instant.parse("2025-03-10T02:00:00Z")
                : Instant.parse("2025-06-01T02:00:00Z");
        return new Reach.SessionRun(UUID.randomUUID(), where, version, label, released, personTimes);
    }

    @Test
    void countsSessionsAndPersonTimesPerStreetAndVersionAndListsTheStreetsNotYetRun() {
        List<Reach.SessionRun> runs = List.of(run(COUNTY, V1, "2025版", 104), run(COUNTY, V1, "2025版", 100),
                run(XINGSHA, V1, "2025版", 40), run(XINGSHA_COMMUNITY, V1, "2025版", 12),
                run(XINGSHA, V2, "2025修订版", 42), run(QUANTANG, V1, "2025版", 35));

        Reach reach = Reach.of(COURSE, "社区社会组织备案与培育", COUNTY, null, true,
                List.of(LANGLI, QUANTANG, XINGSHA), runs);

        assertThat(reach.central().sessions()).isEqualTo(2);
        assertThat(reach.central().personTimes()).isEqualTo(204);
        assertThat(reach.places()).extracting(Reach.Node::jurisdiction).containsExactly(XINGSHA, QUANTANG, LANGLI);
        Reach.Node xingsha = reach.places().get(0);
        assertThat(xingsha.run()).isTrue();
        assertThat(xingsha.sessions()).isEqualTo(3);
        assertThat(xingsha.personTimes()).isEqualTo(94);
        assertThat(xingsha.versions()).containsExactly(new Reach.VersionRun(V1, "2025版", 2, 52),
                new Reach.VersionRun(V2, "2025修订版", 1, 42));
        assertThat(reach.places().get(1).versions()).containsExactly(new Reach.VersionRun(V1, "2025版", 1, 35));
        Reach.Node langli = reach.places().get(2);
        assertThat(langli.run()).isFalse();
        assertThat(langli.sessions()).isZero();
        assertThat(langli.versions()).isEmpty();
        assertThat(reach.notYetRun()).containsExactly(LANGLI);
        assertThat(reach.placesReached()).isEqualTo(2);
        assertThat(reach.sessions()).isEqualTo(6);
        assertThat(reach.personTimes()).isEqualTo(333);
    }

    @Test
    void aHubSeesItsStreetOnlyAndNoCentralNode() {
        Reach reach = Reach.of(COURSE, "社区社会组织备案与培育", COUNTY, V1, false, List.of(XINGSHA),
                List.of(run(XINGSHA, V1, "2025版", 40)));

        assertThat(reach.central()).isNull();
        assertThat(reach.places()).extracting(Reach.Node::jurisdiction).containsExactly(XINGSHA);
        assertThat(reach.notYetRun()).isEmpty();
        assertThat(reach.sessions()).isEqualTo(1);
        assertThat(reach.personTimes()).isEqualTo(40);
        assertThat(reach.versionId()).isEqualTo(V1);
    }

    @Test
    void sessionsWithoutAVersionAreReportedApartAndNothingRunMeansEveryStreetIsStillToGo() {
        Reach unversioned = Reach.of(COURSE, "课程", COUNTY, null, true, List.of(XINGSHA),
                List.of(run(XINGSHA, null, null, 9), run(XINGSHA, V1, "2025版", 3)));
        assertThat(unversioned.places().get(0).versions()).containsExactly(new Reach.VersionRun(V1, "2025版", 1, 3),
                new Reach.VersionRun(null, null, 1, 9));

        Reach nothing = Reach.of(COURSE, "课程", COUNTY, null, true, List.of(XINGSHA, LANGLI), List.of());
        assertThat(nothing.notYetRun()).containsExactly(XINGSHA, LANGLI);
        assertThat(nothing.central().run()).isFalse();
        assertThat(nothing.sessions()).isZero();
        assertThat(nothing.personTimes()).isZero();
    }
}
