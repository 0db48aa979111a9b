package cn.incubator.platform.handover;

import cn.incubator.platform.problem.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a service hands over of its tables when a node joins below its node, in dependency order (parents before
 * children; the parent retires them in reverse). Declaring a bean of this type opts a service into the handover: the
 * platform then gives it the public API {@code /api/<service>/v1/handovers} (on the joining node), the internal API
 * the joining node pulls from ({@code /internal/handover/{jurisdiction}/...}, on the parent) and the job that runs it
 * (docs/decisions.md, "Handover").
 *
 * @param tables the tables in dependency order, each named once
 */
public record HandoverTables(List<HandoverTable> tables) {

    public HandoverTables {
        tables = List.copyOf(tables);
        Set<String> names = new HashSet<>();
        for (HandoverTable table : tables) {
            if (!names.add(table.name())) {
                throw new IllegalArgumentException("Table listed twice: " + table.name());
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("A handover has at least one table");
        }
    }

    public static HandoverTables of(HandoverTable... tables) {
        return new HandoverTables(List.of(tables));
    }

    /** The table of that name; an unknown name is a 404 (the internal API's path names it). */
    public HandoverTable table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("handover-table", name));
    }

    /** Children first: the order the parent retires its copies (and the new node clears its own) in. */
    public List<HandoverTable> reversed() {
        List<HandoverTable> reversed = new ArrayList<>(tables);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    public List<String> names() {
        return tables.stream().map(HandoverTable::name).toList();
    }
}
