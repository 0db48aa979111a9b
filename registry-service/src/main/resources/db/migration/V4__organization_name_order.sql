-- Sort indexes for the two list orders. A page of a frequent search term (服务, 协会) is found by walking one of them
-- through a bounded window instead of sorting every match (see OrganizationRepository#page).
CREATE INDEX organization_name_order ON organization (name_normalized, id);
CREATE INDEX organization_newest ON organization (created_at DESC, id);
