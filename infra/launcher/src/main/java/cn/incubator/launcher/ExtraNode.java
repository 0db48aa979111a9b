package cn.incubator.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tier node the start command starts beside the default (central) node: {@code ./start.sh --node 430121001000}
 * (named after its place, {@code node-430121001}), {@code --node xingsha=430121001000}, or with the services it runs
 * chosen: {@code --node xingsha=430121001000:registry,incubation,training}. Repeatable and comma-separated. The node
 * runs its own process of each of its services, each with its own database, and is registered in the node directory
 * once, with the endpoints of all of them, so that the gateway routes its subtree to it (issue 14).
 *
 * @param name         the node's name in the directory (lower-case letters, digits, hyphens)
 * @param jurisdiction the 12-digit division code of the subtree it serves
 * @param portShift    how far its service ports lie from the central node's (40 for the first extra node, then 50,
 *                     60, ...: 8121/9121 for the first node's registry, 8122/9122 for its incubation on the default
 *                     ports); each service keeps its place in the block, so no two services of any node share a port
 * @param services     the modules it runs ({@code registry-service}, ...), in the platform's order
 */
public record ExtraNode(String name, String jurisdiction, int portShift, List<String> services) {

    /**
     * What a street hub works with, and so what an extra node runs unless told otherwise: its organizations
     * (registry, the base service every node runs, which also answers "who am I") and its incubation base (incubation:
     * the hubs' own pipeline). The same pair as the Kubernetes overlay {@code xingsha-street}. The others stay with
     * the nearest ancestor running them (README, "Extra tier nodes"): grant rounds and training courses are opened
     * by the county or city for all its streets, so a street's own copy would hide them from the street's people (the
     * gateway routes them by their own place); party-building consumes incubation's admissions and would open a
     * second party case for each beside the central one (a consumer on two nodes takes the street's events in both).
     */
    public static final List<String> DEFAULT_SERVICES = List.of("registry-service", "incubation-service");

    /**
     * Services that may be asked for, but that take the node's events a second time beside the central node
     * (docs/decisions.md, "Events across nodes", limits): the launcher warns when one is asked for.
     */
    static final Set<String> DOUBLE_CONSUMERS = Set.of("party-building-service");

    /** Prefix of the names the launcher gives; entries so named are the launcher's own (see {@link NodeRegistration}). */
    static final String NAME_PREFIX = "node-";

    private static final Pattern CODE = Pattern.compile("\\d{12}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int FIRST_SHIFT = 40;
    private static final int SHIFT_STEP = 10;
    /** The central node's services use 5 ports per kind (8081-8085): shifts of 40..80 stay clear of Keycloak (8180). */
    static final int MAX_NODES = 5;
    private static final String USAGE = "usage: ./start.sh [--node [<name>=]<jurisdiction code>[:<service>,...][,...]]..."
            + " (services: " + String.join(", ", routes()) + ", or all)";

    public ExtraNode {
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("node " + name + " runs no service");
        }
    }

    /** A node running the {@link #DEFAULT_SERVICES}. */
    public ExtraNode(String name, String jurisdiction, int portShift) {
        this(name, jurisdiction, portShift, DEFAULT_SERVICES);
    }

    /**
     * The extra nodes asked for on the command line: every {@code --node <code>}, {@code --node=<code>},
     * {@code --node <name>=<code>}, each optionally followed by {@code :<service>,<service>...} (route or module names,
     * or {@code all}), each value possibly a comma-separated list of nodes: a comma-separated item that is a service
     * name continues the service list of the node before it, anything else starts the next node. Other arguments are
     * refused.
     *
     * @throws IllegalArgumentException for an unknown argument, a malformed code, name or service, a place asked twice
     */
    public static List<ExtraNode> parse(List<String> arguments) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--node")) {
                if (i + 1 >= arguments.size()) {
                    throw new IllegalArgumentException("--node needs a jurisdiction code, e.g. --node 430121001000");
                }
                values.add(arguments.get(++i));
            } else if (argument.startsWith("--node=")) {
                values.add(argument.substring("--node=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument: " + argument + " (" + USAGE + ")");
            }
        }
        List<Request> requests = new ArrayList<>();
        for (String value : values) {
            Request current = null;
            for (String item : value.split(",")) {
                String text = item.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (module(text) != null || text.equals("all")) {
                    if (current == null || current.services == null) {
                        throw new IllegalArgumentException("--node " + value + ": " + text + " is a service; a node's"
                                + " services follow its code after a colon, e.g. 430121001000:registry,incubation");
                    }
                    current.add(text);
                    continue;
                }
                current = request(text);
                requests.add(current);
            }
        }
        Map<String, ExtraNode> nodes = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (Request request : requests) {
            if (nodes.containsKey(request.code) || !names.add(request.name)) {
                throw new IllegalArgumentException("--node " + request.text + ": asked twice");
            }
            if (nodes.size() == MAX_NODES) {
                throw new IllegalArgumentException("at most " + MAX_NODES + " extra nodes on one machine");
            }
            nodes.put(request.code, new ExtraNode(request.name, request.code,
                    FIRST_SHIFT + SHIFT_STEP * nodes.size(), request.modules()));
        }
        return List.copyOf(nodes.values());
    }

    /** One {@code [<name>=]<code>[:<service>,...]} as written, its service list still growing while parsing. */
    private static final class Request {
        final String text;
        final String name;
        final String code;
        /** Null: none asked for (the defaults). */
        Set<String> services;

        Request(String text, String name, String code, Set<String> services) {
            this.text = text;
            this.name = name;
            this.code = code;
            this.services = services;
        }

        void add(String service) {
            if (service.equals("all")) {
                PlatformConfig.SERVICES.forEach(known -> services.add(known.name()));
            } else if (!services.add(module(service))) {
                throw new IllegalArgumentException("--node " + text + ": " + service + " asked twice");
            }
        }

        List<String> modules() {
            if (services == null) {
                return DEFAULT_SERVICES;
            }
            // In the platform's order, whatever the order asked in.
            return PlatformConfig.SERVICES.stream().map(PlatformConfig.Service::name).filter(services::contains)
                    .toList();
        }
    }

    private static Request request(String text) {
        int colon = text.indexOf(':');
        String place = colon < 0 ? text : text.substring(0, colon).strip();
        int equals = place.indexOf('=');
        String code = equals < 0 ? place : place.substring(equals + 1).strip();
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("--node " + text + ": not a 12-digit jurisdiction code (" + USAGE + ")");
        }
        String name = equals < 0 ? NAME_PREFIX + significant(code) : place.substring(0, equals).strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("--node " + text
                    + ": a node name is lower-case letters, digits and hyphens, starting with a letter");
        }
        Request request = new Request(text, name, code, colon < 0 ? null : new LinkedHashSet<>());
        if (colon >= 0) {
            String first = text.substring(colon + 1).strip();
            if (first.isEmpty()) {
                throw new IllegalArgumentException("--node " + text + ": no service after the colon (" + USAGE + ")");
            }
            if (module(first) == null && !first.equals("all")) {
                throw new IllegalArgumentException("--node " + text + ": unknown service " + first + " (" + USAGE
                        + ")");
            }
            request.add(first);
        }
        return request;
    }

    /** The module of a service asked for by its route ({@code registry}) or module name; null if there is none. */
    static String module(String service) {
        return PlatformConfig.SERVICES.stream()
                .filter(known -> known.route().equals(service) || known.name().equals(service))
                .map(PlatformConfig.Service::name).findFirst().orElse(null);
    }

    private static List<String> routes() {
        return PlatformConfig.SERVICES.stream().map(PlatformConfig.Service::route).toList();
    }

    /** Whether this node's subtree lies inside {@code other}'s (and is not the same). */
    boolean below(ExtraNode other) {
        String mine = significant(jurisdiction);
        String theirs = significant(other.jurisdiction);
        return mine.length() > theirs.length() && mine.startsWith(theirs);
    }

    /** The code without its trailing zero tiers (430121001 for 430121001000), as a readable node name part. */
    static String significant(String code) {
        String trimmed = code;
        for (int tier : new int[] {3, 3, 2, 2}) {
            if (trimmed.length() > 2 && trimmed.endsWith("0".repeat(tier))) {
                trimmed = trimmed.substring(0, trimmed.length() - tier);
            } else {
                break;
            }
        }
        return trimmed;
    }
}
