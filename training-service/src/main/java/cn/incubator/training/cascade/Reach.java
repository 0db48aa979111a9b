package cn.incubator.training.cascade;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The reach of a course's cascade (研发+重点+推广): the central sessions held where the course is offered (the county
 * base training every hub), then, for each place directly below it (the streets), which courseware versions were run
 * there, in how many sessions and with how many person-times (人次), and which places have not run it yet. Only
 * sessions someone attended count as run; person-times are counted from the attendance rows, never typed in.
 *
 * @param central     the sessions held in the course's own place (null when the caller does not see that place)
 * @param places      every place below the course's own that the caller sees, in code order
 * @param notYetRun   the places of {@code places} with no session run
 * @param sessions    sessions run, central and below
 * @param personTimes person-times, central and below
 */
public record Reach(UUID courseId, String courseTitle, Jurisdiction jurisdiction, UUID versionId, Node central,
        List<Node> places, List<Jurisdiction> notYetRun, int placesReached, long sessions, long personTimes) {

    /** One place of the tree and what ran there (sessions held anywhere inside it). */
    public record Node(Jurisdiction jurisdiction, boolean run, long sessions, long personTimes,
            List<VersionRun> versions) {
    }

    /**
     * One courseware version run in a place, in the order of release; {@code versionId} and {@code label} are null for
     * sessions without one (listed last).
     */
    public record VersionRun(UUID versionId, String label, long sessions, long personTimes) {
    }

    /**
     * One session that was run: where it was held, the version it ran (released at {@code releasedAt}) and the
     * person-times it counted.
     */
    public record SessionRun(UUID sessionId, Jurisdiction jurisdiction, UUID versionId, String label,
            Instant releasedAt, long personTimes) {
    }

    /**
     * Builds the tree.
     *
     * @param root   where the course is offered
     * @param places the places directly below {@code root} the caller sees
     * @param runs   the sessions run, already narrowed to the caller's scope (and a version, if asked)
     */
    public static Reach of(UUID courseId, String courseTitle, Jurisdiction root, UUID versionId, boolean seesRoot,
            List<Jurisdiction> places, List<SessionRun> runs) {
        List<SessionRun> central = runs.stream().filter(r -> r.jurisdiction().equals(root)).toList();
        List<Node> nodes = new ArrayList<>();
        List<Jurisdiction> notYetRun = new ArrayList<>();
        for (Jurisdiction place : places.stream().sorted().toList()) {
            Node node = node(place, runs.stream().filter(r -> place.contains(r.jurisdiction())).toList());
            nodes.add(node);
            if (!node.run()) {
                notYetRun.add(place);
            }
        }
        Node centralNode = seesRoot ? node(root, central) : null;
        long sessions = nodes.stream().mapToLong(Node::sessions).sum() + (centralNode == null ? 0 : centralNode.sessions());
        long personTimes = nodes.stream().mapToLong(Node::personTimes).sum()
                + (centralNode == null ? 0 : centralNode.personTimes());
        return new Reach(courseId, courseTitle, root, versionId, centralNode, List.copyOf(nodes),
                List.copyOf(notYetRun), nodes.size() - notYetRun.size(), sessions, personTimes);
    }

    private static Node node(Jurisdiction place, List<SessionRun> runs) {
        Map<UUID, List<SessionRun>> byVersion = new LinkedHashMap<>();
        runs.stream().sorted(Comparator.comparing(SessionRun::releasedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(r -> byVersion.computeIfAbsent(r.versionId(), v -> new ArrayList<>()).add(r));
        List<VersionRun> versions = new ArrayList<>();
        byVersion.forEach((id, of) -> versions.add(new VersionRun(id, of.get(0).label(),
                of.stream().map(SessionRun::sessionId).filter(Objects::nonNull).distinct().count(),
                of.stream().mapToLong(SessionRun::personTimes).sum())));
        long sessions = runs.stream().map(SessionRun::sessionId).distinct().count();
        return new Node(place, sessions > 0, sessions, runs.stream().mapToLong(SessionRun::personTimes).sum(),
                List.copyOf(versions));
    }
}
