-- 节点目录: the central team's directory of tier nodes (issue 14). A node serves one jurisdiction subtree and runs some
-- or all services, each at its own endpoints. The gateway reads it to route by jurisdiction.
CREATE TABLE tier_node (
    id                UUID PRIMARY KEY,
    name              VARCHAR(40)  NOT NULL UNIQUE,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    -- {"registry": {"http": "http://10.0.3.7:8081", "grpc": "10.0.3.7:9081"}, ...}
    endpoints         JSONB        NOT NULL,
    version           BIGINT       NOT NULL,
    registered_by     VARCHAR(255) NOT NULL,
    registered_at     TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
-- No two active nodes serve the same subtree (the service checks first and answers field by field; this is the last
-- line of defence).
CREATE UNIQUE INDEX tier_node_active_subtree ON tier_node (jurisdiction_code) WHERE state = 'ACTIVE';

-- The directory's version: raised by every change, so a reader (the gateway) sees whether its copy is current. Its one
-- row is also the lock that serializes changes to the directory.
CREATE TABLE tier_node_directory (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version   BIGINT  NOT NULL
);
INSERT INTO tier_node_directory (singleton, version) VALUES (TRUE, 0);
