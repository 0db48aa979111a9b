-- A hub's filed community organizations (备案数) are counted in the registry now (hub coverage asks it over gRPC),
-- no longer recorded here.
ALTER TABLE street_hub DROP COLUMN community_organizations_filed;
ALTER TABLE street_hub DROP COLUMN filed_as_of;
