package cn.incubator.registry.node;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.handover.HandoverDirectory;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.sql.ReadOnly;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 节点目录: the central team registers, drains and removes tier nodes. Every change raises the directory version and
 * is written to the audit timeline in the same transaction.
 */
@Service
public class NodeDirectoryService {

    /** The services a node may run, by the names the gateway routes ({@code /api/<service>/**}). */
    public static final Set<String> SERVICES = Set.of("registry", "incubation", "grants", "training",
            "party-building");

    static final String SUBJECT = "tier-node";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern GRPC = Pattern.compile("[A-Za-z0-9.-]+:\\d{1,5}");

    private final NodeRepository nodes;
    private final AuditTrail audit;
    private final Clock clock;
    private final DirectoryCopy copy;

    /** @param check how long federated reads use their copy of the directory before asking its version again */
    NodeDirectoryService(NodeRepository nodes, AuditTrail audit, Clock clock,
            @Value("${incubator.registry.directory-check:1s}") Duration check) {
        this.nodes = nodes;
        this.audit = audit;
        this.clock = clock;
        this.copy = new DirectoryCopy(nodes::version, nodes::all, check, System::nanoTime);
    }

    @ReadOnly
    public NodeDirectorySnapshot directory() {
        return new NodeDirectorySnapshot(nodes.version(), nodes.all());
    }

    /**
     * Every registered node, as federated reads see the directory: this registry's copy ({@link DirectoryCopy}), up to
     * date with every change committed here and checked against the stored version at most every
     * {@code incubator.registry.directory-check}.
     */
    public List<TierNode> federatedNodes() {
        return copy.nodes();
    }

    /** Raises the directory's version in the running transaction; the copy federated reads use is dropped on commit. */
    private long nextVersion() {
        copy.changed();
        return nodes.nextVersion();
    }

    @Transactional
    public TierNode register(CurrentUser user, NewNode request) {
        long version = nextVersion();
        Jurisdiction place = validate(user, request);
        Instant now = Instant.now(clock);
        NodeState state = Boolean.TRUE.equals(request.joining()) ? NodeState.JOINING : NodeState.ACTIVE;
        TierNode node = new TierNode(UUID.randomUUID(), request.name(), place, state,
                new TreeMap<>(request.endpoints()), version, user.username(), now, now);
        nodes.insert(node);
        audit.record(user, "node.registered", SUBJECT, node.id(), place.code(), null, node);
        return node;
    }

    /**
     * One service's handover of the node's subtree switched its ownership (recorded once per service, audited
     * {@code node.service-handed-over}): when every service the node's endpoints list has switched, a joining node
     * becomes active (version up, audited {@code node.handed-over}) and the gateway routes the subtree to it from its
     * next read of the directory. Until then the parents keep refusing the subtree's writes (503) and keep their copies.
     * Switching again, or switching an already active node, changes nothing.
     */
    @Transactional
    public HandoverDirectory.NodeHandovers handedOver(String actor, String name, String service, Jurisdiction subtree) {
        // Two services switching at once: one after the other, so that the last one activates the node.
        nodes.lock();
        TierNode before = nodes.findByName(name).orElseThrow(() -> new NotFoundException("node", name));
        if (!before.jurisdiction().equals(subtree) || !before.endpoints().containsKey(service)) {
            // A handover the directory does not know of: its job stops at SWITCH, the subtree still fenced.
            throw new ProblemException(HttpStatus.CONFLICT, "node-handover-mismatch", name, service, subtree.code(),
                    before.jurisdiction().code(), String.join(", ", new java.util.TreeSet<>(before.endpoints()
                            .keySet())));
        }
        Instant now = Instant.now(clock);
        if (nodes.switched(before.id(), service, actor, now)) {
            audit.record(actor, "node.service-handed-over", SUBJECT, before.id(), subtree.code(), null,
                    Map.of("service", service));
        }
        Set<String> switched = nodes.switchedServices(before.id());
        TierNode after = before;
        if (before.state() == NodeState.JOINING && before.awaitingHandover(switched).isEmpty()) {
            after = before.activated(nextVersion(), now);
            nodes.updateState(after);
            audit.record(actor, "node.handed-over", SUBJECT, after.id(), subtree.code(), before, after);
        }
        return handovers(after, switched);
    }

    /** Where the handovers of the node's services stand. */
    @ReadOnly
    public HandoverDirectory.NodeHandovers handovers(String name) {
        TierNode node = nodes.findByName(name).orElseThrow(() -> new NotFoundException("node", name));
        return handovers(node, nodes.switchedServices(node.id()));
    }

    private static HandoverDirectory.NodeHandovers handovers(TierNode node, Set<String> switched) {
        return new HandoverDirectory.NodeHandovers(node.name(), node.state().name(),
                switched.stream().sorted().toList(), node.awaitingHandover(switched));
    }

    @Transactional
    public TierNode drain(CurrentUser user, UUID id) {
        long version = nextVersion();
        TierNode before = get(id);
        TierNode after = before.drained(version, Instant.now(clock));
        nodes.updateState(after);
        audit.record(user, "node.drained", SUBJECT, id, before.jurisdiction().code(), before, after);
        return after;
    }

    @Transactional
    public void remove(CurrentUser user, UUID id) {
        nextVersion();
        TierNode before = get(id);
        nodes.delete(id);
        audit.record(user, "node.removed", SUBJECT, id, before.jurisdiction().code(), before, null);
    }

    private TierNode get(UUID id) {
        return nodes.find(id).orElseThrow(() -> new NotFoundException("node", id));
    }

    /** Every problem of the request at once, field by field; the subtree it serves when there are none. */
    private Jurisdiction validate(CurrentUser user, NewNode request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.name() == null || !NAME.matcher(request.name()).matches()) {
            problems.add(new FieldProblem("name", "Node.name.malformed"));
        } else if (nodes.nameTaken(request.name())) {
            problems.add(new FieldProblem("name", "Node.name.taken"));
        }
        Jurisdiction place = null;
        if (!Jurisdiction.isValid(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "Node.jurisdiction.unknown"));
        } else {
            place = Jurisdiction.of(request.jurisdiction());
            Jurisdiction subtree = place;
            if (user.jurisdictions().stream().noneMatch(granted -> granted.contains(subtree))) {
                problems.add(new FieldProblem("jurisdiction", "Node.jurisdiction.outside"));
            } else if (nodes.activeAt(place)) {
                problems.add(new FieldProblem("jurisdiction", "Node.jurisdiction.taken"));
            }
        }
        Map<String, ServiceEndpoint> endpoints = request.endpoints();
        if (endpoints == null || endpoints.isEmpty()) {
            problems.add(new FieldProblem("endpoints", "Node.endpoints.empty"));
        } else {
            endpoints.forEach((service, endpoint) -> {
                String field = "endpoints." + service;
                if (!SERVICES.contains(service)) {
                    problems.add(new FieldProblem(field, "Node.service.unknown", String.join(", ",
                            new java.util.TreeSet<>(SERVICES))));
                } else if (endpoint == null || !httpUrl(endpoint.http())) {
                    problems.add(new FieldProblem(field + ".http", "Node.endpoint.http"));
                } else if (endpoint.grpc() != null && !grpcAddress(endpoint.grpc())) {
                    problems.add(new FieldProblem(field + ".grpc", "Node.endpoint.grpc"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        return place;
    }

    /** An absolute http(s) URL of a host, optional port, and no path, query, fragment or user information. */
    static boolean httpUrl(String text) {
        if (text == null) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null && uri.getQuery() == null && uri.getFragment() == null
                    && (uri.getPath() == null || uri.getPath().isEmpty() || "/".equals(uri.getPath()))
                    && uri.getPort() <= 65535;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean grpcAddress(String text) {
        if (!GRPC.matcher(text).matches()) {
            return false;
        }
        int port = Integer.parseInt(text.substring(text.lastIndexOf(':') + 1));
        return port > 0 && port <= 65535;
    }
}
