package cn.incubator.training.attendance;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 跨节点统计: the person-times (人次) of a place that holds street nodes (节点) count the attendance those nodes hold too
 * (NODES.md, "views do not shrink"): each active training node inside the place (or inside the caller's places, when
 * none is asked) answers the same statistics from its own records ({@link NodeFederation}), and the rows are summed by
 * jurisdiction, course area, audience and month, as are the sessions and the total (a session is held on one node). A
 * node that does not answer is named in {@code Incubator-Partial}; its attendance is left out.
 */
@Component
class PersonTimesFederation {

    static final String PATH = "/api/training/v1/statistics/person-times";

    /** The order one node's rows come in ({@code period, jurisdiction_code, area, audience}). */
    private static final Comparator<PersonTimes.Row> ORDER = Comparator.comparing(PersonTimes.Row::period)
            .thenComparing(row -> row.jurisdiction().code()).thenComparing(row -> row.area().name())
            .thenComparing(row -> row.audience().name());

    private final AttendanceService attendance;
    private final NodeFederation nodes;

    PersonTimesFederation(AttendanceService attendance, NodeFederation nodes) {
        this.attendance = attendance;
        this.nodes = nodes;
    }

    /** The person-times, and the nodes left out of them ({@code name=unavailable}, empty when complete). */
    record Answer(PersonTimes personTimes, String partial) {
    }

    Answer personTimes(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to, String federation,
            String authorization) {
        PersonTimes own = attendance.personTimes(user, within, from, to);
        List<NodeEndpoint> inside = nodes.nodesInside("training",
                within != null ? List.of(within) : user.jurisdictions(), federation);
        if (inside.isEmpty()) {
            return new Answer(own, "");
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (within != null) {
            query.put("within", List.of(within.code()));
        }
        if (from != null) {
            query.put("from", List.of(from.toString()));
        }
        if (to != null) {
            query.put("to", List.of(to.toString()));
        }
        NodeFederation.Gathered<PersonTimes> answers = nodes.ask(inside, PATH, query, authorization, PersonTimes.class);
        return new Answer(merge(own, answers.answers()), answers.partial());
    }

    /**
     * This node's person-times and the nodes' summed: rows of the same jurisdiction, area, audience and month added,
     * in one node's order; with no other answer, this node's as they are.
     */
    static PersonTimes merge(PersonTimes own, List<PersonTimes> others) {
        if (others.isEmpty()) {
            return own;
        }
        List<PersonTimes> all = new ArrayList<>(List.of(own));
        all.addAll(others);
        Map<List<Object>, PersonTimes.Row> byKey = new LinkedHashMap<>();
        all.forEach(answer -> answer.rows().forEach(row -> byKey.merge(List.of(row.jurisdiction().code(),
                row.area(), row.audience(), row.period()), row, (a, b) -> new PersonTimes.Row(a.jurisdiction(),
                a.area(), a.audience(), a.period(), a.sessions() + b.sessions(), a.personTimes() + b.personTimes()))));
        return new PersonTimes(all.stream().mapToLong(PersonTimes::total).sum(),
                all.stream().mapToLong(PersonTimes::sessions).sum(),
                byKey.values().stream().sorted(ORDER).toList());
    }
}
