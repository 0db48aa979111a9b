package cn.incubator.registry.node;

import java.util.Map;

/**
 * A node to register.
 *
 * @param name         short name, lower-case letters, digits and hyphens ({@code xingsha})
 * @param jurisdiction the 12-digit division code of the subtree it serves
 * @param endpoints    per service it runs (registry, incubation, grants, training, party-building), its endpoints;
 *                     a service it does not run is served by the nearest ancestor node that does
 * @param joining      {@code true}: the node joins (JOINING) and becomes active when the handover of its subtree's
 *                     records switches the ownership; otherwise it is active at once (a subtree without records yet)
 */
public record NewNode(String name, String jurisdiction, Map<String, ServiceEndpoint> endpoints, Boolean joining) {

    public NewNode(String name, String jurisdiction, Map<String, ServiceEndpoint> endpoints) {
        this(name, jurisdiction, endpoints, null);
    }
}
