-- The registration authority (登记管理机关) of an organization registered at a higher tier than its district-level
-- division (e.g. by 长沙市民政局 for an organization in 长沙县): the explicit, recorded exception to "positions 3-8 of
-- the credit code are the district's division code". NULL: the district-level authority.
ALTER TABLE organization ADD COLUMN registered_by_code VARCHAR(12);
