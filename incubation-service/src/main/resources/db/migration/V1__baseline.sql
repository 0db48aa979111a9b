-- Baseline of the incubation-service database: the platform tables (audit timeline, outbox) come from db/platform;
-- this service's own tables arrive with its domain.
SELECT 1;
