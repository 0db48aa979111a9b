-- One answer to "how much of a programme's pool is spoken for", used by the ledger, the programme view and the
-- allocation of a round alike:
--   awarded  = the awards made (a terminated award keeps only what was paid of it; the rest returns to the pool);
--   reserved = the allocations of rounds still on their way to a decision (ranked, on public notice): money the
--              committee has recommended but not yet awarded. A final round's allocation has become its awards; a
--              cancelled round's is released.
CREATE VIEW programme_commitment AS
SELECT p.id AS programme_id,
       (SELECT COALESCE(SUM(CASE WHEN a.status <> 'TERMINATED' THEN a.amount
                                 ELSE (SELECT COALESCE(SUM(pay.amount), 0) FROM payment pay
                                       WHERE pay.award_id = a.id) END), 0)
        FROM award a WHERE a.programme_id = p.id) AS awarded,
       (SELECT COALESCE(SUM(ra.amount), 0)
        FROM round_allocation ra JOIN grant_round r ON r.id = ra.round_id
        WHERE r.programme_id = p.id AND r.status NOT IN ('FINAL', 'CANCELLED')) AS reserved
FROM programme p;
