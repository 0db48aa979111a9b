-- The name search's ordered postings: one row per organization and distinct bigram of its normalized name, kept from
-- organization.name_grams by the triggers below (whoever writes the organization: the service, demo data, imports).
-- The index lists the organizations having a bigram in name order, with the jurisdiction for the scope filter, so the
-- first page of any term is a short index range and a count is an index-only scan; the GIN index on name_grams could
-- only give all matches in no order, each read from the table (OrganizationRepository#search).
CREATE TABLE organization_gram (
    gram              TEXT         NOT NULL,
    name_normalized   VARCHAR(200) NOT NULL,
    id                UUID         NOT NULL,
    jurisdiction_code VARCHAR(12)  NOT NULL
);

INSERT INTO organization_gram (gram, name_normalized, id, jurisdiction_code)
SELECT DISTINCT g.gram, o.name_normalized, o.id, o.jurisdiction_code
FROM organization o CROSS JOIN LATERAL unnest(o.name_grams) AS g(gram);

-- Pages: a bigram's postings in name order, the scope checked on the index entries.
CREATE UNIQUE INDEX organization_gram_order ON organization_gram (gram, name_normalized, id) INCLUDE (jurisdiction_code);
-- Counts: a bigram's postings by jurisdiction, so a scope is a range; deduplicated, an eighth of the size of the one above.
CREATE INDEX organization_gram_count ON organization_gram (gram, jurisdiction_code text_pattern_ops);

CREATE FUNCTION organization_gram_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO organization_gram (gram, name_normalized, id, jurisdiction_code)
    SELECT DISTINCT g.gram, n.name_normalized, n.id, n.jurisdiction_code
    FROM inserted n CROSS JOIN LATERAL unnest(n.name_grams) AS g(gram);
    RETURN NULL;
END
$$;

CREATE FUNCTION organization_gram_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM organization_gram p
    USING deleted d CROSS JOIN LATERAL unnest(d.name_grams) AS g(gram)
    WHERE p.gram = g.gram AND p.name_normalized = d.name_normalized AND p.id = d.id;
    RETURN NULL;
END
$$;

-- Name and jurisdiction never change after creation (OrganizationRepository#update), but if they did the postings
-- would follow.
CREATE FUNCTION organization_gram_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM organization_gram p
    USING unnest(OLD.name_grams) AS g(gram)
    WHERE p.gram = g.gram AND p.name_normalized = OLD.name_normalized AND p.id = OLD.id;
    INSERT INTO organization_gram (gram, name_normalized, id, jurisdiction_code)
    SELECT DISTINCT g.gram, NEW.name_normalized, NEW.id, NEW.jurisdiction_code FROM unnest(NEW.name_grams) AS g(gram);
    RETURN NULL;
END
$$;

CREATE FUNCTION organization_gram_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE organization_gram;
    RETURN NULL;
END
$$;

CREATE TRIGGER organization_gram_inserted AFTER INSERT ON organization
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION organization_gram_inserted();
CREATE TRIGGER organization_gram_deleted AFTER DELETE ON organization
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION organization_gram_deleted();
CREATE TRIGGER organization_gram_updated AFTER UPDATE OF id, name_normalized, name_grams, jurisdiction_code
    ON organization FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.name_normalized IS DISTINCT FROM NEW.name_normalized
          OR OLD.name_grams IS DISTINCT FROM NEW.name_grams OR OLD.jurisdiction_code IS DISTINCT FROM NEW.jurisdiction_code)
    EXECUTE FUNCTION organization_gram_updated();
CREATE TRIGGER organization_gram_truncated AFTER TRUNCATE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION organization_gram_truncated();

-- Totals of frequent terms are the planner's estimate from the most-common-element statistics of name_grams; the
-- larger sample (300,000 rows: every row of a register up to that size) keeps them within about 2% above 20,000
-- matches in a table of 1,000,000.
ALTER TABLE organization ALTER COLUMN name_grams SET STATISTICS 1000;
ANALYZE organization;
ANALYZE organization_gram;
