package cn.incubator.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tier node the start command starts beside the default (central) node: {@code ./start.sh --node 430121001000}
 * (named after its place, {@code node-430121001}) or {@code --node xingsha=430121001000}. Repeatable and
 * comma-separated. The node runs its own registry-service process with its own database, and is registered in the
 * node directory so that the gateway routes its subtree to it (issue 14).
 *
 * @param name         the node's name in the directory (lower-case letters, digits, hyphens)
 * @param jurisdiction the 12-digit division code of the subtree it serves
 * @param portShift    how far its service ports lie from the central node's (40 for the first extra node, then 50,
 *                     60, ...: 8121/9121 for the first node's registry on the default ports)
 */
public record ExtraNode(String name, String jurisdiction, int portShift) {

    /** The services an extra node runs; the others of its subtree stay with the central node (ancestor fallback). */
    public static final List<String> SERVICES = List.of("registry-service");

    /** Prefix of the names the launcher gives; entries so named are the launcher's own (see {@link NodeRegistration}). */
    static final String NAME_PREFIX = "node-";

    private static final Pattern CODE = Pattern.compile("\\d{12}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int FIRST_SHIFT = 40;
    private static final int SHIFT_STEP = 10;
    /** The central node's services use 5 ports per kind (8081-8085): shifts of 40..80 stay clear of Keycloak (8180). */
    static final int MAX_NODES = 5;

    /**
     * The extra nodes asked for on the command line: every {@code --node <code>}, {@code --node=<code>},
     * {@code --node <name>=<code>}, each value possibly a comma-separated list. Other arguments are refused.
     *
     * @throws IllegalArgumentException for an unknown argument, a malformed code or name, a place asked twice
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
                throw new IllegalArgumentException("unknown argument: " + argument
                        + " (usage: ./start.sh [--node [<name>=]<jurisdiction code>[,...]]...)");
            }
        }
        Map<String, ExtraNode> nodes = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                String text = item.strip();
                if (text.isEmpty()) {
                    continue;
                }
                int equals = text.indexOf('=');
                String code = equals < 0 ? text : text.substring(equals + 1).strip();
                if (!CODE.matcher(code).matches()) {
                    throw new IllegalArgumentException("--node " + text + ": not a 12-digit jurisdiction code");
                }
                String name = equals < 0 ? NAME_PREFIX + significant(code) : text.substring(0, equals).strip();
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("--node " + text
                            + ": a node name is lower-case letters, digits and hyphens, starting with a letter");
                }
                if (nodes.containsKey(code) || names.containsKey(name)) {
                    throw new IllegalArgumentException("--node " + text + ": asked twice");
                }
                if (nodes.size() == MAX_NODES) {
                    throw new IllegalArgumentException("at most " + MAX_NODES + " extra nodes on one machine");
                }
                nodes.put(code, new ExtraNode(name, code, FIRST_SHIFT + SHIFT_STEP * nodes.size()));
                names.put(name, code);
            }
        }
        return List.copyOf(nodes.values());
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
