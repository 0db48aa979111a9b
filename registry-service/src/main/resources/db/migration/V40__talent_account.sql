-- The platform account (Keycloak username) of a person in the talent pool, when they have one: experts log in to
-- score what they are assigned, and services match them by it.
ALTER TABLE talent ADD COLUMN account_username VARCHAR(100);
CREATE UNIQUE INDEX talent_account_username ON talent (account_username) WHERE account_username IS NOT NULL;
