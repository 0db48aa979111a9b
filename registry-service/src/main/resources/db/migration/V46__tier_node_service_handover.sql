-- A joining node runs several services, each handed its subtree's records by the same service on the parent (issue
-- 14, docs/decisions.md "Handover"): each service's switch is recorded here, and the node becomes active only when
-- every service its endpoints list has switched.
CREATE TABLE tier_node_handover (
    node_id     UUID         NOT NULL REFERENCES tier_node (id) ON DELETE CASCADE,
    service     VARCHAR(40)  NOT NULL,
    switched_by VARCHAR(255) NOT NULL,
    switched_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (node_id, service)
);
